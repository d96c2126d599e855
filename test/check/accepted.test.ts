// Document text in this file is test fixture text, not guidance.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/types.js';
import { InputFileError, UsageError } from '../../src/errors.js';
import { change as baseChange, file, side } from '../support/results.js';
import {
  acceptedFileText, DEFAULT_ACCEPTED_FILE, loadAccepted, markAccepted, toAcceptedMap, validateAccepted,
} from '../../src/check/accepted.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wtdiff-accepted-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, content);
  return p;
}

// A change that fails on role-removed, with the id a test names.
const change = (id: string, over: Partial<Change> = {}): Change => baseChange({ id, tags: ['role-removed'], roles: { removed: ['manager'], added: [] }, old: side('Old words.'), new: side('New words.'), ...over });

describe('DEFAULT_ACCEPTED_FILE', () => {
  it('is .wtdiff-accepted.json', () => {
    expect(DEFAULT_ACCEPTED_FILE).toBe('.wtdiff-accepted.json');
  });
});

describe('loadAccepted', () => {
  it('reads the entries of a valid file, with and without reasons', async () => {
    const p = await write('ok.json', JSON.stringify({ accepted: [{ id: 'wt-1b1963167a0e', reason: 'Reviewed' }, { id: 'wt-00ff' }] }));
    expect((await loadAccepted(p, false)).entries).toEqual([{ id: 'wt-1b1963167a0e', reason: 'Reviewed' }, { id: 'wt-00ff' }]);
  });

  it('treats a missing optional file as an empty list', async () => {
    expect(await loadAccepted(join(dir, 'absent.json'), true)).toEqual({ entries: [] });
  });

  it('fails on a missing file that was asked for by name', async () => {
    const p = join(dir, 'absent.json');
    const err = await loadAccepted(p, false).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputFileError);
    expect((err as Error).message).toBe(`cannot read accepted-changes file ${p}: no such file`);
  });

  it('fails on a directory, optional or not', async () => {
    const d = join(dir, 'a-directory');
    await mkdir(d);
    for (const optional of [true, false]) {
      const err = await loadAccepted(d, optional).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputFileError);
      expect((err as Error).message).toBe(`cannot read accepted-changes file ${d}: it is a directory`);
    }
  });

  it('reports invalid JSON as a usage error naming the file', async () => {
    const p = await write('bad.json', '{"accepted": [');
    const err = await loadAccepted(p, true).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe(`accepted-changes file ${p}: not valid JSON`);
  });

  it('reads a file with a byte-order mark and CRLF line ends', async () => {
    const p = await write('bom.json', `\uFEFF{\r\n  "accepted": [\r\n    { "id": "wt-abc" }\r\n  ]\r\n}\r\n`);
    expect((await loadAccepted(p, false)).entries).toEqual([{ id: 'wt-abc' }]);
  });

  it('rejects a file that is not UTF-8', async () => {
    const p = await write('latin1.json', Uint8Array.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    await expect(loadAccepted(p, false)).rejects.toThrow(/not valid UTF-8/);
  });

  it('validates what it read', async () => {
    const p = await write('shape.json', JSON.stringify({ accepted: [{ id: 'nope' }] }));
    await expect(loadAccepted(p, false)).rejects.toThrow(`accepted-changes file ${p}: accepted[0].id must be a change id like "wt-1b1963167a0e"`);
  });
});

describe('validateAccepted', () => {
  it('keeps id and reason only, dropping the informational keys --write-accepted adds', () => {
    const data = { accepted: [{ id: 'wt-01', reason: '', file: 'a.md', tags: ['role-removed'], text: 'x' }] };
    expect(validateAccepted(data, 'f')).toEqual([{ id: 'wt-01', reason: '' }]);
  });

  it('accepts an empty list', () => {
    expect(validateAccepted({ accepted: [] }, 'f')).toEqual([]);
  });

  it('rejects anything but an object with an "accepted" array', () => {
    for (const bad of [null, 0, 'x', [], {}, { accepted: {} }, { accepted: 'wt-01' }]) {
      expect(() => validateAccepted(bad, 'src.json')).toThrow(new UsageError('accepted-changes file src.json: expected an object {"accepted": [{"id": "wt-…", "reason": "…"}]}'));
    }
  });

  it('names the entry that is not an object', () => {
    for (const bad of [null, 'wt-01', ['wt-01']]) {
      expect(() => validateAccepted({ accepted: [{ id: 'wt-01' }, bad] }, 'f')).toThrow('accepted-changes file f: accepted[1] must be an object with an "id"');
    }
  });

  it('accepts only lower-case hex change ids starting wt-', () => {
    for (const id of ['wt-', 'WT-01', 'wt-0A', 'wt-01 ', 'x-wt-01', 'wt-0g', 1, undefined]) {
      expect(() => validateAccepted({ accepted: [{ id }] }, 'f')).toThrow('accepted-changes file f: accepted[0].id must be a change id like "wt-1b1963167a0e"');
    }
    expect(validateAccepted({ accepted: [{ id: 'wt-0123456789abcdef' }] }, 'f')).toEqual([{ id: 'wt-0123456789abcdef' }]);
  });

  it('rejects a reason that is not a string', () => {
    for (const reason of [1, null, ['x'], { text: 'x' }]) {
      expect(() => validateAccepted({ accepted: [{ id: 'wt-01', reason }] }, 'f')).toThrow('accepted-changes file f: accepted[0].reason must be a string');
    }
  });

  it('throws UsageError (exit 2), not a plain Error', () => {
    expect(() => validateAccepted({}, 'f')).toThrow(UsageError);
  });
});

describe('toAcceptedMap', () => {
  it('maps ids to reasons, "" when none was given; a repeated id keeps the last reason', () => {
    const m = toAcceptedMap([{ id: 'wt-01', reason: 'first' }, { id: 'wt-02' }, { id: 'wt-01', reason: 'second' }]);
    expect([...m]).toEqual([
      ['wt-01', 'second'],
      ['wt-02', ''],
    ]);
  });
});

describe('markAccepted', () => {
  it('marks the listed changes in every file, sets the reason only when there is one, and counts them', () => {
    const a = change('wt-01');
    const b = change('wt-02');
    const c = change('wt-03');
    const d = change('wt-04');
    const n = markAccepted([file('a.md', [a, b]), file('b.md', [c, d])], toAcceptedMap([{ id: 'wt-01', reason: 'Reviewed' }, { id: 'wt-03' }, { id: 'wt-99' }]));
    expect(n).toBe(2);
    expect(a).toMatchObject({ accepted: true, acceptedReason: 'Reviewed' });
    expect(c.accepted).toBe(true);
    expect(c).not.toHaveProperty('acceptedReason');
    expect(b).not.toHaveProperty('accepted');
    expect(d).not.toHaveProperty('accepted');
  });

  it('counts a change each time it appears (the same id in two files)', () => {
    expect(markAccepted([file('a.md', [change('wt-01')]), file('b.md', [change('wt-01')])], toAcceptedMap([{ id: 'wt-01' }]))).toBe(2);
  });

  it('marks nothing for an empty list', () => {
    const a = change('wt-01');
    expect(markAccepted([file('a.md', [a])], new Map())).toBe(0);
    expect(a).not.toHaveProperty('accepted');
  });
});

describe('acceptedFileText', () => {
  it('keeps existing entries as they were, then adds each failing change with context for the reviewer', () => {
    const failing = [
      { path: 'docs/a.md', change: change('wt-02') },
      { path: 'docs/b.md', change: change('wt-03', { kind: 'removed', tags: ['role-removed', 'removed'], new: null, old: side('Gone words.') }) },
    ];
    const text = acceptedFileText({ entries: [{ id: 'wt-01', reason: 'Earlier review' }] }, failing);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({
      accepted: [
        { id: 'wt-01', reason: 'Earlier review' },
        { id: 'wt-02', reason: '', file: 'docs/a.md', tags: ['role-removed'], text: 'New words.' },
        { id: 'wt-03', reason: '', file: 'docs/b.md', tags: ['role-removed', 'removed'], text: 'Gone words.' },
      ],
    });
  });

  it('lists each id once: an existing entry wins over a failing change, and repeats are dropped', () => {
    const text = acceptedFileText(
      { entries: [{ id: 'wt-01' }, { id: 'wt-01', reason: 'later duplicate' }] },
      [
        { path: 'a.md', change: change('wt-01') },
        { path: 'a.md', change: change('wt-02') },
        { path: 'b.md', change: change('wt-02') },
      ],
    );
    const parsed = JSON.parse(text) as { accepted: { id: string; file?: string }[] };
    expect(parsed.accepted.map((e) => e.id)).toEqual(['wt-01', 'wt-02']);
    expect(parsed.accepted[0]).toEqual({ id: 'wt-01' });
    expect(parsed.accepted[1]!.file).toBe('a.md');
  });

  it('writes a file that loads back to the same ids', async () => {
    const text = acceptedFileText({ entries: [{ id: 'wt-0a', reason: 'ok' }] }, [{ path: 'a.md', change: change('wt-0b') }]);
    const p = await write('round-trip.json', text);
    expect((await loadAccepted(p, false)).entries).toEqual([
      { id: 'wt-0a', reason: 'ok' },
      { id: 'wt-0b', reason: '' },
    ]);
  });

  it('writes an empty list when there is nothing', () => {
    expect(acceptedFileText({ entries: [] }, [])).toBe('{\n  "accepted": []\n}\n');
  });

  it('is a merge: unknown top-level keys and every key of every entry survive a rewrite, in order', async () => {
    const before = {
      $schema: './accepted.schema.json',
      notes: 'Reviewed by the safeguarding partnership',
      accepted: [{ ticket: 'SG-12', id: 'wt-0a', reviewer: 'J. Smith', reason: 'agreed', file: 'old/place.md', tags: ['duty-weakened'], text: 'Quoted then.' }],
      trailer: { kept: true },
    };
    const p = await write('merge.json', JSON.stringify(before, null, 2));
    const text = acceptedFileText(await loadAccepted(p, false), [{ path: 'a.md', change: change('wt-0b') }]);
    const after = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(after)).toEqual(['$schema', 'notes', 'accepted', 'trailer']);
    expect(after['notes']).toBe(before.notes);
    expect(after['trailer']).toEqual({ kept: true });
    const entries = after['accepted'] as Record<string, unknown>[];
    expect(entries[0]).toEqual(before.accepted[0]);
    expect(Object.keys(entries[0]!)).toEqual(['ticket', 'id', 'reviewer', 'reason', 'file', 'tags', 'text']);
    expect(entries[1]).toMatchObject({ id: 'wt-0b', file: 'a.md' });
  });
});
