import { describe, expect, it } from 'vitest';
import { Timings } from '../src/timings.js';

describe('Timings', () => {
  it('returns what the timed function returns and records the stage', () => {
    const t = new Timings();
    expect(t.time('parse', () => 42)).toBe(42);
    expect([...t.stages.keys()]).toEqual(['parse']);
    expect(t.stages.get('parse')).toBeGreaterThanOrEqual(0);
  });

  it('tells the listener each stage as it starts, before the work runs', () => {
    const seen: string[] = [];
    const t = new Timings((s) => seen.push(`start ${s}`));
    t.time('read', () => seen.push('work read'));
    t.time('parse', () => seen.push('work parse'));
    expect(seen).toEqual(['start read', 'work read', 'start parse', 'work parse']);
  });

  it('still records a stage whose function throws, and rethrows the error', () => {
    const t = new Timings();
    const boom = new Error('boom');
    expect(() => t.time('align', () => { throw boom; })).toThrow(boom);
    expect(t.stages.has('align')).toBe(true);
  });

  it('times async work, resolving to its value, and records a rejected stage too', async () => {
    const seen: string[] = [];
    const t = new Timings((s) => seen.push(s));
    await expect(t.timeAsync('read', async () => 'text')).resolves.toBe('text');
    await expect(t.timeAsync('render', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(seen).toEqual(['read', 'render']);
    expect([...t.stages.keys()]).toEqual(['read', 'render']);
  });

  it('adds up repeated stages (two documents parsed) and keeps first-seen order', () => {
    const t = new Timings();
    t.add('parse', 1.25);
    t.add('align', 2);
    t.add('parse', 0.5);
    expect([...t.stages]).toEqual([
      ['parse', 1.75],
      ['align', 2],
    ]);
  });

  it('formats milliseconds with one decimal, in order', () => {
    const t = new Timings();
    t.add('parse', 1.25);
    t.add('parse', 0.5);
    t.add('diff', 0.04);
    t.add('render', 1234.56);
    expect(t.format()).toBe('timings: parse 1.8 ms, diff 0.0 ms, render 1234.6 ms');
  });

  it('formats no stages as just the prefix', () => {
    expect(new Timings().format()).toBe('timings: ');
  });

  it('does not call the listener for add()', () => {
    const seen: string[] = [];
    new Timings((s) => seen.push(s)).add('parse', 1);
    expect(seen).toEqual([]);
  });
});
