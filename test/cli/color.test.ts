import { describe, expect, it } from 'vitest';
import { colorLevel, makeChalk } from '../../src/cli/color.js';

describe('colorLevel', () => {
  it('obeys --no-color and --color before anything in the environment', () => {
    expect(colorLevel(false, { FORCE_COLOR: '3' }, true)).toBe(0);
    expect(colorLevel(true, { NO_COLOR: '1', TERM: 'dumb' }, false)).toBe(1);
  });

  it('turns colour off for a non-empty NO_COLOR, even on a terminal and with FORCE_COLOR set', () => {
    expect(colorLevel(undefined, { NO_COLOR: '1' }, true)).toBe(0);
    expect(colorLevel(undefined, { NO_COLOR: 'false', FORCE_COLOR: '2' }, true)).toBe(0);
  });

  it('ignores an empty NO_COLOR (as no-color.org says)', () => {
    expect(colorLevel(undefined, { NO_COLOR: '' }, true)).toBe(1);
  });

  it('reads FORCE_COLOR: 0 and false turn colour off, 2 and 3 pick the level, anything else is level 1', () => {
    const level = (force: string) => colorLevel(undefined, { FORCE_COLOR: force }, false);
    expect(level('0')).toBe(0);
    expect(level('false')).toBe(0);
    expect(level('1')).toBe(1);
    expect(level('2')).toBe(2);
    expect(level('3')).toBe(3);
    expect(level('')).toBe(1);
    expect(level('true')).toBe(1);
    expect(level('4')).toBe(1);
  });

  it('lets FORCE_COLOR=0 turn colour off on a terminal', () => {
    expect(colorLevel(undefined, { FORCE_COLOR: '0' }, true)).toBe(0);
  });

  it('otherwise colours a terminal (level 1) unless TERM is dumb, and never a pipe', () => {
    expect(colorLevel(undefined, {}, true)).toBe(1);
    expect(colorLevel(undefined, { TERM: 'xterm-256color' }, true)).toBe(1);
    expect(colorLevel(undefined, { TERM: 'dumb' }, true)).toBe(0);
    expect(colorLevel(undefined, {}, false)).toBe(0);
    expect(colorLevel(undefined, {}, undefined)).toBe(0);
  });
});

describe('makeChalk', () => {
  it('makes a chalk at exactly the level asked for, whatever the environment', () => {
    for (const level of [0, 1, 2, 3] as const) expect(makeChalk(level).level).toBe(level);
  });

  it('writes plain text at level 0 and ANSI escapes at level 1', () => {
    expect(makeChalk(0).red('x')).toBe('x');
    expect(makeChalk(1).red('x')).toBe('\u001b[31mx\u001b[39m');
  });
});
