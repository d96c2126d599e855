// SARIF 2.1.0 for code-scanning tools (GitHub's upload-sarif among them): one
// rule per tag with its help text, one result per shown change, located on the
// new side (the old side for a removed sentence). Accepted changes carry an
// external, accepted suppression. Validated in tests against the SARIF schema.
import type { CheckResult } from '../types.js';
import { TAGS, TAG_NAMES } from '../tags.js';
import { changeMessage, changeSeverity, primaryTag, shownChanges, tagSeverity, type CheckRenderOptions, type Severity } from './check-common.js';
import { toJson } from '../text/json.js';
import { primarySide } from './describe.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export function renderSarif(result: CheckResult, options: CheckRenderOptions): string {
  const rules = TAG_NAMES.map((tag) => ({
    id: tag,
    name: tag.replace(/(^|-)([a-z])/g, (_m, _d: string, ch: string) => ch.toUpperCase()),
    shortDescription: { text: TAGS[tag] },
    fullDescription: { text: TAGS[tag] },
    help: { text: TAGS[tag], markdown: `**${tag}**: ${TAGS[tag]}` },
    defaultConfiguration: { level: LEVEL[tagSeverity(tag, result.failOn)] },
    properties: { tags: ['wtdiff', 'statutory-guidance'] },
  }));
  const ruleIndex = new Map<string, number>(TAG_NAMES.map((t, i) => [t, i]));
  const results: unknown[] = [];
  for (const f of result.files) {
    for (const c of shownChanges(f.comparison.changes, result, options.all)) {
      const side = primarySide(c);
      const tag = primaryTag(c, result.failOn);
      const r: Record<string, unknown> = {
        ruleId: tag,
        level: LEVEL[changeSeverity(c, result.failOn)],
        message: { text: changeMessage(c) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(f.path) },
              region: { startLine: Math.max(1, side.line), startColumn: Math.max(1, side.column) },
            },
            ...(side.section.length ? { logicalLocations: [{ fullyQualifiedName: side.section.join(' › '), kind: 'section' }] } : {}),
          },
        ],
        partialFingerprints: { 'wtdiffChangeId/v1': c.id },
        properties: { changeId: c.id, kind: c.kind, tags: c.tags, side: c.new ? 'new' : 'old', fileStatus: f.status, ...(f.oldPath && f.oldPath !== f.path ? { oldPath: f.oldPath } : {}) },
      };
      const idx = ruleIndex.get(tag);
      if (idx !== undefined) r['ruleIndex'] = idx;
      if (c.accepted) r['suppressions'] = [{ kind: 'external', status: 'accepted', ...(c.acceptedReason ? { justification: c.acceptedReason } : {}) }];
      results.push(r);
    }
  }
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'wtdiff',
            ...(options.toolVersion ? { version: options.toolVersion, semanticVersion: options.toolVersion } : {}),
            rules,
          },
        },
        properties: { base: result.base, failOn: result.failOn, passed: result.passed },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return toJson(log);
}

/** A repo-relative path as a relative URI reference: each segment percent-encoded. */
export function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
