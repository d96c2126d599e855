import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../src/text/bytes.js';

describe('concatBytes', () => {
  it('joins the chunks in order, counting them itself when not told their length', () => {
    const chunks = [Uint8Array.of(1, 2), Uint8Array.of(), Uint8Array.of(3)];
    expect([...concatBytes(chunks)]).toEqual([1, 2, 3]);
    expect([...concatBytes(chunks, 3)]).toEqual([1, 2, 3]);
    expect(concatBytes([]).byteLength).toBe(0);
  });
});
