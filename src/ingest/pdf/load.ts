// pdf.js for Node: its legacy build, loaded once and without the native canvas package. The
// browser app swaps this module for src/app/shims/pdf-load.ts (scripts/build-app.mjs): the same
// extraction (extract.ts) runs on pdf.js's browser build there.
import type Module from 'node:module';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded once. As its legacy build loads in Node it require()s the optional native package
 * @napi-rs/canvas (Skia, a 32 MB binary) to fill in DOMMatrix, ImageData and Path2D, which only
 * rendering uses: text extraction uses none of them (the build makes one `new DOMMatrix()` as it
 * loads, for rendering). So while it loads, that require is answered with inert stand-ins: the
 * binary is never loaded, and PDFs are read the same where the optional package is not installed
 * (where the build would otherwise fail to load: "DOMMatrix is not defined").
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= withoutCanvas(() => import('pdfjs-dist/legacy/build/pdf.mjs'));
  return pdfjsPromise;
}

const CANVAS = '@napi-rs/canvas';
/** The file that asks for the canvas package: pdf.js's build, by its own URL. */
const PDFJS_BUILD = /\/pdfjs-dist\/legacy\/build\/pdf(?:\.min)?\.mjs$/;
/** Enough for the build to load (one DOMMatrix made, the other two present); never drawn with. */
const CANVAS_STAND_IN = {
  DOMMatrix: class DOMMatrix {},
  ImageData: class ImageData {},
  Path2D: class Path2D {},
};

/**
 * Run `load` with pdf.js's require of the canvas package answered by the stand-ins. pdf.js
 * reaches require through process.getBuiltinModule('module').createRequire(its URL); only a
 * require made for that URL, and only for that package, is answered differently.
 */
async function withoutCanvas<T>(load: () => Promise<T>): Promise<T> {
  const getBuiltinModule = process.getBuiltinModule;
  const moduleWithoutCanvas = (real: typeof Module): typeof Module =>
    Object.create(real, {
      createRequire: {
        value: (from: string | URL): NodeJS.Require => {
          const require = real.createRequire(from);
          if (!PDFJS_BUILD.test(String(from))) return require;
          return Object.assign((id: string): unknown => (id === CANVAS ? CANVAS_STAND_IN : require(id)), require);
        },
      },
    }) as typeof Module;
  process.getBuiltinModule = ((id: string) => {
    const real = getBuiltinModule.call(process, id);
    return id === 'module' || id === 'node:module' ? moduleWithoutCanvas(real as typeof Module) : real;
  }) as typeof process.getBuiltinModule;
  try {
    return await load();
  } finally {
    process.getBuiltinModule = getBuiltinModule;
  }
}
