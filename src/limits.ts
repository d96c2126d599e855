// Every bound wtdiff puts on what it reads, in one place (docs/security.md lists them).
// Each has a default chosen so that a hostile input stays under 1 GB of memory and a
// minute on a 2-core machine, and an environment variable to raise or lower it.
import { UsageError } from './errors.js';

export interface LimitSpec {
  /** Environment variable that overrides the default. */
  env: string;
  default: number;
  /** What is counted, for messages and docs. */
  unit: 'bytes' | 'pages' | 'sections' | 'elements';
  what: string;
}

export const LIMITS = {
  inputBytes: { env: 'WTDIFF_MAX_INPUT_BYTES', default: 50 * 1024 * 1024, unit: 'bytes', what: 'an input file, URL body or base-commit file' },
  configBytes: { env: 'WTDIFF_MAX_CONFIG_BYTES', default: 10 * 1024 * 1024, unit: 'bytes', what: 'a configuration, role lexicon or accepted-changes file' },
  docxUnpackedBytes: { env: 'WTDIFF_MAX_DOCX_UNPACKED_BYTES', default: 10 * 1024 * 1024, unit: 'bytes', what: 'the XML of a DOCX, unpacked (each part and in total)' },
  pdfStreamBytes: { env: 'WTDIFF_MAX_PDF_STREAM_BYTES', default: 64 * 1024 * 1024, unit: 'bytes', what: 'one compressed stream of a PDF, unpacked' },
  pdfPages: { env: 'WTDIFF_MAX_PDF_PAGES', default: 5_000, unit: 'pages', what: 'pages of a PDF' },
  pdfTextBytes: { env: 'WTDIFF_MAX_PDF_TEXT_BYTES', default: 32 * 1024 * 1024, unit: 'bytes', what: 'text extracted from a PDF (all pages)' },
  pdfPageTextBytes: { env: 'WTDIFF_MAX_PDF_PAGE_TEXT_BYTES', default: 1024 * 1024, unit: 'bytes', what: 'text extracted from one PDF page' },
  htmlElements: { env: 'WTDIFF_MAX_HTML_ELEMENTS', default: 100_000, unit: 'elements', what: 'elements of an HTML page (or of the HTML a DOCX becomes)' },
  sections: { env: 'WTDIFF_MAX_SECTIONS', default: 50_000, unit: 'sections', what: 'sections (headings) in a document' },
} as const satisfies Record<string, LimitSpec>;

export type LimitName = keyof typeof LIMITS;

/** The limit in force: the environment's value when it is a positive whole number, else the default. */
export function limit(name: LimitName, env: NodeJS.ProcessEnv = typeof process === 'undefined' ? {} : process.env): number {
  const spec: LimitSpec = LIMITS[name];
  const raw = env[spec.env];
  if (raw === undefined || raw === '') return spec.default;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) <= 0) throw new UsageError(`${spec.env} must be a positive whole number of ${spec.unit}, not "${raw.slice(0, 40)}"`);
  return Number(raw);
}

/** "50 MB", "1.5 KB": for messages. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** "larger than the 50 MB limit", plus the variable that changes it when the limit is the configured one. */
export function largerThan(name: LimitName, value: number): string {
  const spec: LimitSpec = LIMITS[name];
  return `larger than the ${formatBytes(value)} limit${value === limit(name) ? ` (set ${spec.env} to change it)` : ''}`;
}

/** The one-line reason a limit was hit, naming the variable that raises it. */
export function overLimit(name: LimitName, value = limit(name)): string {
  const spec: LimitSpec = LIMITS[name];
  const amount = spec.unit === 'bytes' ? formatBytes(value) : `${value} ${spec.unit}`;
  return `more than the ${amount} limit for ${spec.what} (set ${spec.env} to change it)`;
}
