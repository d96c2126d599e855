// The machine format: the Comparison as it is (schema/comparison.schema.json).
import type { Renderer } from './types.js';
import { wellFormed } from '../text/sanitize.js';

// `options` records how the report was asked for, so a JSON file says what it leaves out.
export const renderJson: Renderer = (comparison, options) =>
  `${JSON.stringify({ ...comparison, options: { only: comparison.filter?.only ?? null, all: options.all } }, (_k, v: unknown) => (typeof v === 'string' ? wellFormed(v) : v), 2)}\n`;
