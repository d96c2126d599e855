// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import type { CheckResult, FileComparison } from '../../src/types.js';
import { compareDocuments } from '../../src/pipeline/compare.js';
import { parseDocument } from '../../src/parse/document.js';
import { TAG_NAMES, TAGS } from '../../src/tags.js';
import { renderSarif, SARIF_SCHEMA_URI, toUri } from '../../src/report/sarif.js';
import { change, file, side } from '../support/results.js';
import { sarifValidator } from '../support/sarif.js';

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
    logicalLocations?: { fullyQualifiedName: string; kind: string }[];
  }[];
  partialFingerprints: Record<string, string>;
  properties: Record<string, unknown>;
  suppressions?: { kind: string; status: string; justification?: string }[];
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version?: string; semanticVersion?: string; rules: SarifRule[] } };
    properties: { base: string; failOn: string[]; passed: boolean };
    results: SarifResult[];
    columnKind: string;
  }[];
}

function result(files: FileComparison[], failOn = ['role-removed'], passed = true): CheckResult {
  const n = files.reduce((k, f) => k + f.comparison.changes.length, 0);
  return { base: 'origin/main', failOn, files, failing: [], summary: { files: files.length, changes: n, failing: 0, accepted: 0 }, passed };
}

const sarif = (r: CheckResult, all = false, toolVersion?: string): SarifLog => JSON.parse(renderSarif(r, toolVersion === undefined ? { all } : { all, toolVersion })) as SarifLog;

describe('toUri', () => {
  it('percent-encodes each path segment and keeps the slashes', () => {
    expect(toUri('docs/my file#1.md')).toBe('docs/my%20file%231.md');
    expect(toUri('a/100%/b?.md')).toBe('a/100%25/b%3F.md');
    expect(toUri('guidance/café.md')).toBe('guidance/caf%C3%A9.md');
  });

  it('leaves a plain relative path as it is', () => {
    expect(toUri('procedures/supervision.md')).toBe('procedures/supervision.md');
  });
});

describe('renderSarif: the log and its rules', () => {
  it('is a SARIF 2.1.0 log with the schema URI, one run and wtdiff as the tool', () => {
    const log = sarif(result([]));
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.tool.driver.name).toBe('wtdiff');
    expect(log.runs[0]!.columnKind).toBe('utf16CodeUnits');
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('names the tool version only when it is given', () => {
    expect(sarif(result([])).runs[0]!.tool.driver).not.toHaveProperty('version');
    const driver = sarif(result([]), false, '1.2.3').runs[0]!.tool.driver;
    expect(driver.version).toBe('1.2.3');
    expect(driver.semanticVersion).toBe('1.2.3');
  });

  it('has one rule per tag, in tag order, named in PascalCase, with the tag’s help text', () => {
    const rules = sarif(result([])).runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(TAG_NAMES);
    const byId = new Map(rules.map((r) => [r.id, r]));
    expect(byId.get('role-removed')!.name).toBe('RoleRemoved');
    expect(byId.get('timescale-changed')!.name).toBe('TimescaleChanged');
    expect(byId.get('wording')!.name).toBe('Wording');
    const r = byId.get('duty-reversed')!;
    expect(r.shortDescription.text).toBe(TAGS['duty-reversed']);
    expect(r.fullDescription.text).toBe(TAGS['duty-reversed']);
    expect(r.help).toEqual({ text: TAGS['duty-reversed'], markdown: `**duty-reversed**: ${TAGS['duty-reversed']}` });
  });

  it('gives each rule the default level of its tag: error for --fail-on, warning for role/duty/timescale, note otherwise', () => {
    const rules = sarif(result([], ['role-removed', 'moved'])).runs[0]!.tool.driver.rules;
    const level = Object.fromEntries(rules.map((r) => [r.id, r.defaultConfiguration.level]));
    expect(level).toEqual({
      'role-removed': 'error',
      'role-added': 'warning',
      'role-substituted': 'warning',
      'duty-weakened': 'warning',
      'duty-strengthened': 'warning',
      'duty-reversed': 'warning',
      'timescale-changed': 'warning',
      terminology: 'note',
      editorial: 'note',
      wording: 'note',
      renumbered: 'note',
      moved: 'error',
      added: 'note',
      removed: 'note',
    });
  });

  it('records the base ref, the --fail-on tags and the verdict on the run', () => {
    expect(sarif(result([], ['role-removed', 'duty-weakened'], false)).runs[0]!.properties).toEqual({ base: 'origin/main', failOn: ['role-removed', 'duty-weakened'], passed: false });
  });
});

describe('renderSarif: results', () => {
  it('files a change under its primary tag, points ruleIndex at that rule and locates it on the new side', () => {
    const c = change({ id: 'wt-0b', tags: ['wording', 'duty-weakened'], duty: { from: 'must', to: 'may', direction: 'weakened' } });
    const log = sarif(result([file('docs/plan one.md', [c])]));
    const [r] = log.runs[0]!.results;
    expect(r!.ruleId).toBe('duty-weakened');
    expect(log.runs[0]!.tool.driver.rules[r!.ruleIndex!]!.id).toBe('duty-weakened');
    expect(r!.level).toBe('warning');
    expect(r!.message.text).toBe('Duty weakened: "must" → "may"\n- Old words.\n+ New words.\nChange id: wt-0b');
    expect(r!.locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: 'docs/plan%20one.md' }, region: { startLine: 4, startColumn: 3 } },
        logicalLocations: [{ fullyQualifiedName: 'Assessment', kind: 'section' }],
      },
    ]);
    expect(r!.partialFingerprints).toEqual({ 'wtdiffChangeId/v1': 'wt-0b' });
    expect(r!.properties).toEqual({ changeId: 'wt-0b', kind: 'changed', tags: ['wording', 'duty-weakened'], side: 'new', fileStatus: 'modified' });
    expect(r).not.toHaveProperty('suppressions');
  });

  it('locates a removed sentence on the old side and says so', () => {
    const c = change({ id: 'wt-0c', kind: 'removed', tags: ['removed'], new: null, old: side('Gone.', 12, 5, ['Part 1', 'Referrals']) });
    const [r] = sarif(result([file('a.md', [c])], ['removed'])).runs[0]!.results;
    expect(r!.level).toBe('error');
    expect(r!.locations[0]!.physicalLocation.region).toEqual({ startLine: 12, startColumn: 5 });
    expect(r!.locations[0]!.logicalLocations).toEqual([{ fullyQualifiedName: 'Part 1 › Referrals', kind: 'section' }]);
    expect(r!.properties['side']).toBe('old');
  });

  it('leaves out the logical location for text before the first heading', () => {
    const c = change({ new: side('New words.', 1, 1, []) });
    const [r] = sarif(result([file('a.md', [c])])).runs[0]!.results;
    expect(r!.locations[0]).not.toHaveProperty('logicalLocations');
  });

  it('never gives a line or column below 1 (SARIF regions are 1-based)', () => {
    const c = change({ new: side('New words.', 0, 0) });
    const [r] = sarif(result([file('a.md', [c])])).runs[0]!.results;
    expect(r!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 });
  });

  it('marks an accepted change with an external, accepted suppression, with the reason as justification when there is one', () => {
    const withReason = change({ id: 'wt-0d', tags: ['role-removed'], accepted: true, acceptedReason: 'Reviewed in March' });
    const without = change({ id: 'wt-0e', tags: ['role-removed'], accepted: true });
    const [a, b] = sarif(result([file('a.md', [withReason, without])])).runs[0]!.results;
    expect(a!.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'Reviewed in March' }]);
    expect(b!.suppressions).toEqual([{ kind: 'external', status: 'accepted' }]);
    // Still filed at its own severity: the suppression, not the level, says it is accepted.
    expect(a!.level).toBe('error');
  });

  it('records the old path of a renamed file, and only when it differs', () => {
    const renamed = file('new/name.md', [change({ id: 'wt-0f' })], { status: 'renamed', oldPath: 'old/name.md' });
    const same = file('same.md', [change({ id: 'wt-10' })], { status: 'renamed', oldPath: 'same.md' });
    const [a, b] = sarif(result([renamed, same])).runs[0]!.results;
    expect(a!.properties['oldPath']).toBe('old/name.md');
    expect(a!.properties['fileStatus']).toBe('renamed');
    expect(b!.properties).not.toHaveProperty('oldPath');
  });

  it('gives no ruleIndex for a tag that has no rule', () => {
    const [r] = sarif(result([file('a.md', [change({ tags: ['custom-tag'] })])])).runs[0]!.results;
    expect(r!.ruleId).toBe('custom-tag');
    expect(r).not.toHaveProperty('ruleIndex');
  });

  it('lists only the shown changes: editorial-only ones need --all', () => {
    const changes = [change({ id: 'wt-11', tags: ['editorial'] }), change({ id: 'wt-12', tags: ['wording'] })];
    expect(sarif(result([file('a.md', changes)])).runs[0]!.results.map((r) => r.partialFingerprints['wtdiffChangeId/v1'])).toEqual(['wt-12']);
    expect(sarif(result([file('a.md', changes)]), true).runs[0]!.results.map((r) => r.partialFingerprints['wtdiffChangeId/v1'])).toEqual(['wt-11', 'wt-12']);
  });

  it('replaces lone surrogates in document text, so the log is valid UTF-8', () => {
    const c = change({ new: side('Broken \ud800 text', 4) });
    const out = renderSarif(result([file('a.md', [c])]), { all: false });
    expect(out).not.toMatch(/[\ud800-\udfff]/);
    const [r] = (JSON.parse(out) as SarifLog).runs[0]!.results;
    expect(r!.message.text).toContain('+ Broken \ufffd text');
  });

  it('ends with a newline', () => {
    expect(renderSarif(result([]), { all: false }).endsWith('}\n')).toBe(true);
  });
});

describe('renderSarif: against the SARIF 2.1.0 schema', () => {
  const validate = sarifValidator();
  const errors = validate.errors;

  it('validates a log made from a real comparison, with one located result per shown change', () => {
    const oldText = '# Assessment\n\n1. The social worker should agree the plan with their manager.\n\n2. The plan must be reviewed within 10 working days.\n\n## Referrals\n\nThe family should be told about the meeting.\n';
    const newText = '# Assessment\n\n1. The social worker should agree the plan.\n\n2. The plan may be reviewed within 20 working days.\n\n3. The police should attend the meeting.\n';
    const cmp = compareDocuments(parseDocument(oldText, 'old.md'), parseDocument(newText, 'new.md'), { oldLabel: 'old.md', newLabel: 'new.md', oldPath: 'old.md', newPath: 'new.md' });
    const accepted = cmp.changes.find((c) => c.tags.includes('duty-weakened'));
    expect(accepted).toBeDefined();
    accepted!.accepted = true;
    accepted!.acceptedReason = 'Checked';
    const r = result([{ path: 'docs/new file.md', status: 'renamed', oldPath: 'docs/old.md', newPath: 'docs/new file.md', similarity: 80, comparison: cmp }], ['role-removed'], false);
    const log = JSON.parse(renderSarif(r, { all: false, toolVersion: '0.1.0' })) as SarifLog;
    const ok = validate(log);
    expect(ok ? null : errors()).toBeNull();
    const results = log.runs[0]!.results;
    expect(results).toHaveLength(cmp.changes.length);
    const removedManager = results.find((x) => x.ruleId === 'role-removed');
    expect(removedManager!.level).toBe('error');
    expect(removedManager!.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'docs/new%20file.md' }, region: { startLine: 3, startColumn: 4 } });
    expect(results.filter((x) => x.suppressions).map((x) => x.partialFingerprints['wtdiffChangeId/v1'])).toEqual([accepted!.id]);
  });
});
