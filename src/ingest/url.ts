// http(s) URLs: Node's fetch with a timeout, at most 5 redirects, and a size limit enforced while
// streaming. The content type (then the URL's extension, then the bytes) picks the reader.

import type { InputFormat } from './types.js';
import { cannotRead, InputError } from './errors.js';
import { largerThan, limit } from '../limits.js';
import { concatBytes } from '../text/bytes.js';

export const DEFAULT_TIMEOUT_MS = 30_000;
export const MAX_REDIRECTS = 5;

export interface Fetched {
  bytes: Uint8Array;
  /** The media type without parameters, lower case ("text/html"); empty when not given. */
  contentType: string;
  /** Where the content finally came from, after redirects. */
  url: string;
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

const CONTENT_TYPES: Record<string, InputFormat> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/plain': 'text',
};

/** The format a content type names, if it names one. */
export function formatFromContentType(contentType: string): InputFormat | undefined {
  return CONTENT_TYPES[contentType];
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const code = cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset';
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return 'connection timed out';
  if (code && code.startsWith('ERR_TLS') || code === 'CERT_HAS_EXPIRED' || code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' || code === 'DEPTH_ZERO_SELF_SIGNED_CERT') {
    return `TLS error (${code})`;
  }
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `could not connect (${(code ? `${code}: ` : '') + (message.split('\n')[0] ?? '')})`.slice(0, 200);
}

export async function fetchUrl(source: string, options: { timeoutMs?: number; maxBytes?: number } = {}): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? limit('inputBytes');
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    throw cannotRead(source, 'not a valid URL');
  }
  const signal = AbortSignal.timeout(timeoutMs);
  const timedOut = (): InputError => cannotRead(source, `timed out after ${formatSeconds(timeoutMs)}`);
  try {
    for (let redirects = 0; ; redirects++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw cannotRead(source, `redirected to an unsupported scheme (${url.protocol})`);
      let response: Response;
      try {
        response = await fetch(url, {
          redirect: 'manual',
          signal,
          headers: { accept: 'text/html, application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, text/markdown, text/plain;q=0.9, */*;q=0.5', 'user-agent': 'wtdiff' },
        });
      } catch (error) {
        if (signal.aborted) throw timedOut();
        throw cannotRead(source, describeNetworkError(error), error);
      }
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (!location) throw cannotRead(source, `HTTP ${response.status} redirect without a Location`);
        if (redirects >= MAX_REDIRECTS) throw cannotRead(source, `too many redirects (more than ${MAX_REDIRECTS})`);
        url = new URL(location, url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw cannotRead(source, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw tooLarge(source, maxBytes);
      }
      const bytes = await readLimited(source, response, maxBytes);
      const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      return { bytes, contentType, url: url.href };
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (signal.aborted) throw timedOut();
    throw cannotRead(source, describeNetworkError(error), error);
  }
}

function tooLarge(source: string, maxBytes: number): InputError {
  return cannotRead(source, largerThan('inputBytes', maxBytes));
}

async function readLimited(source: string, response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(source, maxBytes);
    }
    chunks.push(value);
  }
  return concatBytes(chunks, total);
}


function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
