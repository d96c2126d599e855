import type { ChalkInstance } from 'chalk';
import type { Change, Comparison } from '../types.js';

export interface RenderOptions {
  /** Show editorial-only and terminology-only changes too. */
  all: boolean;
  /** Colour, decided once by the CLI (level 0 = none). */
  chalk: ChalkInstance;
}

/** A formatter: a pure function from a comparison to text. */
export type Renderer = (comparison: Comparison, options: RenderOptions) => string;

/** Changes a reader sees by default: not editorial-only, not terminology-only. */
export function isShownByDefault(c: Change): boolean {
  return c.tags.some((t) => t !== 'editorial' && t !== 'terminology');
}
