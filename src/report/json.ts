// The machine format: the Comparison as it is (schema/comparison.schema.json).
import type { Renderer } from './types.js';
import { wellFormed } from './sanitize.js';

export const renderJson: Renderer = (comparison) =>
  `${JSON.stringify(comparison, (_k, v: unknown) => (typeof v === 'string' ? wellFormed(v) : v), 2)}\n`;
