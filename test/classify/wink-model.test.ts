import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readCoreModel, type CoreModelJson } from '../../src/classify/wink-model.js';

const require = createRequire(import.meta.url);

describe('readCoreModel', () => {
  it("reads the same model as the package's own loader, key for key", () => {
    const json = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as CoreModelJson;
    const before = JSON.stringify(json);
    const theirs = (require('wink-eng-lite-web-model') as { core(): unknown }).core();
    const ours = readCoreModel(json);
    expect(ours).toStrictEqual(theirs);
    // Key order too: wink walks some of these objects with for…in.
    const keys = (o: unknown): unknown => (o && typeof o === 'object' && !ArrayBuffer.isView(o) && !(o instanceof Set) ? Object.entries(o).map(([k, v]) => [k, keys(v)]) : null);
    expect(keys(ours)).toEqual(keys(theirs));
    // The required JSON is shared by every load: reading it leaves it as it was.
    expect(JSON.stringify(json)).toBe(before);
  });
});
