// The machine format: the Comparison as it is (schema/comparison.schema.json).
import type { Renderer } from './types.js';
import { toJson } from '../text/json.js';

// `options` records how the report was asked for, so a JSON file says what it leaves out.
export const renderJson: Renderer = (comparison, options) =>
  toJson({ ...comparison, options: { only: comparison.filter?.only ?? null, all: options.all } });
