// The library's `renderers` map: every --format of the one registry (index.ts), loaded at once.
import type { Renderer } from './types.js';
import { FORMATS, loadRawRenderer } from './index.js';

export const renderers: Record<string, Renderer> = Object.fromEntries(await Promise.all(FORMATS.map(async (name) => [name, await loadRawRenderer(name)] as const)));
