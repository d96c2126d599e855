// Every comparison formatter, loaded at once: the library's `renderers` map.
import type { Renderer } from './types.js';
import { renderJson } from './json.js';
import { renderTerminal } from './terminal.js';
import { renderMarkdown } from './markdown.js';
import { renderHtml } from './html.js';
import { renderCriticMarkup } from './criticmarkup.js';

export const renderers: Record<string, Renderer> = {
  terminal: renderTerminal,
  json: renderJson,
  markdown: renderMarkdown,
  html: renderHtml,
  criticmarkup: renderCriticMarkup,
};
