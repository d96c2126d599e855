// Formatters by name: a new format is one file, one test and one line here.
// Each is loaded when asked for, so printing to a terminal never loads the HTML
// tree builder or the markdown serialiser.
import type { Renderer } from './types.js';
import { sanitizeOutput } from '../text/sanitize.js';

const loaders: Record<string, () => Promise<Renderer>> = {
  terminal: async () => (await import('./terminal.js')).renderTerminal,
  json: async () => (await import('./json.js')).renderJson,
  markdown: async () => (await import('./markdown.js')).renderMarkdown,
  html: async () => (await import('./html.js')).renderHtml,
  criticmarkup: async () => (await import('./criticmarkup.js')).renderCriticMarkup,
  stat: async () => (await import('./stat.js')).renderStat,
};

/** The names --format accepts (`stat`, the counts only, is asked for with --stat). */
export const FORMATS = Object.keys(loaders).filter((name) => name !== 'stat');

/** The renderer as written, before the output edge (the library's `renderers` map holds these). */
export async function loadRawRenderer(name: string): Promise<Renderer> {
  const load = loaders[name];
  if (!load) throw new Error(`unknown format "${name}"`);
  return load();
}

/** The renderer, its output passed through sanitizeOutput: the edge every report leaves by. */
export async function loadRenderer(name: string): Promise<Renderer> {
  const render = await loadRawRenderer(name);
  return (comparison, options) => sanitizeOutput(render(comparison, options), options.chalk.level > 0);
}

export type { Renderer, RenderOptions } from './types.js';
