// Hand-built Comparison and check results for report and check unit tests: one change with
// the fields a test cares about, the rest filled in. (Test fixture text, not guidance.)
import type { Change, Comparison, FileComparison, Side } from '../../src/types.js';
import { summarise } from '../../src/summary.js';

export const side = (text: string, line = 3, column = 1, section = ['Assessment']): Side => ({ text, section, line, column });

/** A changed sentence tagged `wording`, overridden by `over`. */
export function change(over: Partial<Change> = {}): Change {
  return { id: 'wt-0a0a', kind: 'changed', tags: ['wording'], roles: { removed: [], added: [] }, old: side('Old words.', 2), new: side('New words.', 4, 3), ops: [], roleEvents: [], ...over };
}

export function comparison(changes: Change[]): Comparison {
  return {
    schemaVersion: '1.1.0',
    documents: { old: { label: 'old', title: 'T', sections: 1, blocks: 1 }, new: { label: 'new', title: 'T', sections: 1, blocks: 1 } },
    sections: [],
    terminology: [],
    changes,
    summary: summarise(changes),
  };
}

/** A modified file holding `changes`. */
export const file = (path: string, changes: Change[], over: Partial<FileComparison> = {}): FileComparison => ({ path, status: 'modified', oldPath: path, newPath: path, comparison: comparison(changes), ...over });
