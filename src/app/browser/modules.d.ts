// Modules the app's bundle imports that have no type declarations of their own.

/** Written by scripts/build-app.mjs while it bundles: the worker's code, inlined into the page. */
declare module 'wtdiff:worker-source' {
  const source: string;
  export default source;
}

/** Written by scripts/build-app.mjs: schema/roles.schema.json compiled by ajv (standalone code). */
declare module 'wtdiff:roles-validator' {
  const validate: unknown;
  export default validate;
}

declare module 'sbd/dist/sbd.js' {
  const sbd: typeof import('sbd');
  export default sbd;
}

declare module 'path-browserify' {
  const path: { extname(p: string): string };
  export default path;
}

declare module 'pdfjs-dist/build/pdf.mjs' {
  export * from 'pdfjs-dist/legacy/build/pdf.mjs';
}

declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
