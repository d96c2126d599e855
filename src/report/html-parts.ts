// Pieces of markup the compare report (html.ts) and the history page (history-html.ts) share.
import { h } from 'hastscript';
import type { Element } from 'hast';
import { TAGS, isKnownTag } from '../tags.js';
import { clean } from './group.js';

/** The stylesheet's class for a tag: roles, duties and time limits stand out from the rest. */
export function tagClass(tag: string): string {
  if (tag.startsWith('role-')) return 'tag-role';
  if (tag.startsWith('duty-')) return 'tag-duty';
  if (tag === 'timescale-changed') return 'tag-time';
  return 'tag';
}

/** A change's tags as a list of chips, each with its meaning as a tooltip. */
export function tagChips(tags: readonly string[]): Element {
  return h('ul.tags', { ariaLabel: 'Tags' }, tags.map((tag) => h('li', { className: [tagClass(tag)], title: isKnownTag(tag) ? TAGS[tag] : undefined }, clean(tag))));
}
