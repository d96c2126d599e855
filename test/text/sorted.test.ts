import { describe, expect, it } from 'vitest';
import { lastAtMost } from '../../src/text/sorted.js';

describe('lastAtMost', () => {
  it('gives the index of the last item at most the value', () => {
    const starts = [0, 10, 20, 20, 35];
    expect(lastAtMost(starts, 0)).toBe(0);
    expect(lastAtMost(starts, 9)).toBe(0);
    expect(lastAtMost(starts, 10)).toBe(1);
    expect(lastAtMost(starts, 20)).toBe(3);
    expect(lastAtMost(starts, 34)).toBe(3);
    expect(lastAtMost(starts, 1000)).toBe(4);
  });
  it('gives 0 below the first item and for an empty list', () => {
    expect(lastAtMost([5, 9], 1)).toBe(0);
    expect(lastAtMost([], 3)).toBe(0);
  });
});
