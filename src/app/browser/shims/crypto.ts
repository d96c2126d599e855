// node:crypto for the browser app: the one call shared code makes, createHash('sha256') with a
// hex or base64 digest (change ids, history ids, the HTML report's CSP hashes). Web Crypto's
// digest is asynchronous, so @noble/hashes computes the same SHA-256 synchronously.
import { sha256 } from '@noble/hashes/sha2.js';

const encoder = new TextEncoder();

class Sha256 {
  private readonly parts: Uint8Array[] = [];

  update(data: string | Uint8Array): this {
    this.parts.push(typeof data === 'string' ? encoder.encode(data) : data);
    return this;
  }

  digest(encoding: 'hex' | 'base64'): string {
    const hash = sha256.create();
    for (const part of this.parts) hash.update(part);
    const bytes = hash.digest();
    if (encoding === 'hex') return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return btoa(String.fromCharCode(...bytes));
  }
}

export function createHash(algorithm: string): Sha256 {
  if (algorithm !== 'sha256') throw new Error(`only sha256 is available in the browser, not ${algorithm}`);
  return new Sha256();
}
