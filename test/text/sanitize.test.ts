// Document text in this file is test fixture text, not guidance.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeForTerminal, wellFormed, xmlSafe } from '../../src/text/sanitize.js';

/** Any UTF-16 code units, lone surrogates, controls and bidi overrides well represented. */
const codeUnits = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff', '\ud83d\ude00', '\u001b', '\n', '\r', '\u009b', '\u202e', 'a', ' '),
    fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
  ),
  maxLength: 40,
});
/** The reference: Node's UTF-8 encoder writes U+FFFD for each lone surrogate. */
const viaUtf8 = (s: string) => Buffer.from(s, 'utf8').toString('utf8');

describe('sanitizeForTerminal', () => {
  it('leaves ordinary text, tabs and non-ASCII letters alone', () => {
    expect(sanitizeForTerminal('The social worker\tshould agree — “the plan” é ü 😀')).toBe('The social worker\tshould agree — “the plan” é ü 😀');
  });

  it('shows ESC and BEL as \\u escapes, so a colour or title sequence in a document cannot reach the terminal', () => {
    expect(sanitizeForTerminal('a\u001b[31mred\u0007b')).toBe('a\\u001b[31mred\\u0007b');
  });

  it('makes the other C0 controls, DEL and carriage return visible', () => {
    expect(sanitizeForTerminal('\u0000\u0008\u000b\u000c\r\u001f\u007f')).toBe('\\u0000\\u0008\\u000b\\u000c\\u000d\\u001f\\u007f');
  });

  it('makes C1 controls visible (CSI 0x9b, NEL 0x85, 0x80 and 0x9f at the ends of the range)', () => {
    expect(sanitizeForTerminal('x\u009b2Jy\u0085\u0080\u009f')).toBe('x\\u009b2Jy\\u0085\\u0080\\u009f');
  });

  it('makes bidirectional embeddings, overrides and isolates visible, but not the characters just outside them', () => {
    expect(sanitizeForTerminal('\u202a\u202b\u202c\u202d\u202e')).toBe('\\u202a\\u202b\\u202c\\u202d\\u202e');
    expect(sanitizeForTerminal('\u2066\u2067\u2068\u2069')).toBe('\\u2066\\u2067\\u2068\\u2069');
    // U+00A0 (after the C1 block), U+2029 and U+202F, U+2065 and U+206A stay as they are.
    expect(sanitizeForTerminal('\u00a0\u2029\u202f\u2065\u206a')).toBe('\u00a0\u2029\u202f\u2065\u206a');
  });

  it('turns each newline into a space, so one change stays on one line', () => {
    expect(sanitizeForTerminal('first line\nsecond line\n\nthird')).toBe('first line second line  third');
  });

  it('replaces lone surrogates with U+FFFD and keeps paired ones', () => {
    expect(sanitizeForTerminal('a\ud800b\udc00c\ud83d\ude00')).toBe('a\ufffdb\ufffdc\ud83d\ude00');
  });

  it('returns the empty string for empty input', () => {
    expect(sanitizeForTerminal('')).toBe('');
  });

  it('never lets a control, bidi override, newline or lone surrogate through (any input)', () => {
    fc.assert(
      fc.property(codeUnits, (s) => {
        const out = sanitizeForTerminal(s);
        expect(out).not.toMatch(/[\u0000-\u0008\n\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
        expect(viaUtf8(out)).toBe(out);
      }),
      { numRuns: 300 },
    );
  });
});

describe('wellFormed', () => {
  it('replaces a high surrogate at the end and a low surrogate at the start', () => {
    expect(wellFormed('\udc00text\ud800')).toBe('\ufffdtext\ufffd');
  });

  it('replaces the first of two high surrogates and keeps the pair that follows', () => {
    expect(wellFormed('\ud800\ud800\udc00')).toBe('\ufffd\ud800\udc00');
  });

  it('replaces both halves of a pair given in the wrong order', () => {
    expect(wellFormed('\udc00\ud800')).toBe('\ufffd\ufffd');
  });

  it('leaves control characters and newlines alone (that is sanitizeForTerminal’s job)', () => {
    expect(wellFormed('a\u001b\nb')).toBe('a\u001b\nb');
  });

  it('agrees with a UTF-8 round trip (one U+FFFD per lone surrogate) on any string', () => {
    fc.assert(
      fc.property(codeUnits, (s) => {
        expect(wellFormed(s)).toBe(viaUtf8(s));
      }),
      { numRuns: 500 },
    );
  });
});

describe('xmlSafe', () => {
  it('leaves out what XML 1.0 cannot carry and keeps tab, newline, carriage return and every other character', () => {
    expect(xmlSafe('a\u0000b\u0001\u0008\u000b\u000c\u000e\u001f\ufffe\uffffc')).toBe('abc');
    expect(xmlSafe('\t\n\r é — “x” 😀 \u202e \u0085')).toBe('\t\n\r é — “x” 😀 \u202e \u0085');
  });

  it('leaves out lone surrogates, and two halves with a control between them stay apart', () => {
    expect(xmlSafe('\udc00a\ud800')).toBe('a');
    expect(xmlSafe('\ud800\u0001\udc00')).toBe('');
    expect(xmlSafe('\ud83d\ude00')).toBe('😀');
  });
});
