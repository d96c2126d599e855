import { describe, expect, it } from 'vitest';
import { allInOrder } from '../../src/ingest/read.js';

const later = <T>(ms: number, fn: () => T): Promise<T> => new Promise((resolve, reject) => setTimeout(() => {
  try {
    resolve(fn());
  } catch (error) {
    reject(error instanceof Error ? error : new Error(String(error)));
  }
}, ms));

describe('allInOrder', () => {
  it('gives the results in the order asked', async () => {
    expect(await allInOrder([later(20, () => 'old'), Promise.resolve('new')])).toEqual(['old', 'new']);
  });

  it('fails with the first read’s error in that order, even when a later read fails sooner', async () => {
    const old = later(30, () => {
      throw new Error('cannot read old.md');
    });
    await expect(allInOrder([old, Promise.reject(new Error('cannot read new.md'))])).rejects.toThrow('cannot read old.md');
  });

  it('fails with a later read’s error when the earlier ones succeed', async () => {
    await expect(allInOrder([later(10, () => 'old'), later(1, () => {
      throw new Error('cannot read new.md');
    })])).rejects.toThrow('cannot read new.md');
  });
});
