// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import defaults from '../../data/roles.json' with { type: 'json' };
import { RoleFileError, buildLexicon, defaultRoles, validateRoleFile, type RoleLexicon } from '../../src/classify/lexicon.js';
import { tokenize } from '../../src/classify/tokens.js';

const matches = (lexicon: RoleLexicon, text: string) => lexicon.matcher.findAll(tokenize(text)).map((m) => [m.value, m.from, m.to]);

/** The message of the RoleFileError that validating `data` throws. */
function errorOf(data: unknown, source?: string): string {
  try {
    validateRoleFile(data, source);
  } catch (e) {
    expect(e).toBeInstanceOf(RoleFileError);
    return (e as RoleFileError).message;
  }
  throw new Error('validateRoleFile accepted the file');
}

describe('validateRoleFile', () => {
  it('returns a valid file as given', () => {
    const file = { extend: true, roles: [{ id: 'kinship-carer', label: 'Kinship carer', terms: ['kinship carer', 'kinship carers'] }] };
    expect(validateRoleFile(file)).toBe(file);
  });

  it('accepts terms with apostrophes (straight or curly), dots, hyphens and letters beyond ASCII', () => {
    const file = { roles: [{ id: 'advocate', terms: ["young person's advocate", 'carer’s advocate', 'Dr. advocate', 'née-advocate'] }] };
    expect(validateRoleFile(file)).toBe(file);
  });

  it('accepts the shipped default lexicon', () => {
    expect(validateRoleFile(defaults)).toBe(defaults);
  });

  it('rejects what is not an object at all, naming the top level and the source', () => {
    expect(errorOf(null)).toBe('roles file: top level must be object');
    expect(errorOf([], 'team.json')).toBe('team.json: top level must be object');
  });

  it('rejects a file without roles, or with an empty list of roles', () => {
    expect(errorOf({})).toBe("roles file: top level must have required property 'roles'");
    expect(errorOf({ roles: [] })).toBe('roles file: roles must NOT have fewer than 1 items');
  });

  it('names the entry and its role id when an id breaks the pattern', () => {
    expect(errorOf({ roles: [{ id: 'Kinship Carer', terms: ['kinship carer'] }] }, 'custom.json')).toBe(
      'custom.json: roles[0].id (role "Kinship Carer") must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"',
    );
  });

  it('rejects a term that looks like a pattern: terms are literal phrases', () => {
    expect(errorOf({ roles: [{ id: 'ok', terms: ['x'] }, { id: 'two', terms: ['(a|b)+'] }] })).toBe(
      `roles file: roles[1].terms[0] (role "two") must match pattern "^[\\p{L}\\p{N}][\\p{L}\\p{N} '’.-]*$"`,
    );
  });

  it('rejects a role with no terms, naming it', () => {
    expect(errorOf({ roles: [{ id: 'ok', terms: ['x'] }, { id: 'two', terms: [] }] })).toBe('roles file: roles[1].terms (role "two") must NOT have fewer than 1 items');
    expect(errorOf({ roles: [{ id: 'ok' }] })).toBe("roles file: roles[0] (role \"ok\") must have required property 'terms'");
  });

  it('names the entry by index alone when it has no id', () => {
    expect(errorOf({ roles: [{ terms: ['x'] }] })).toBe("roles file: roles[0] must have required property 'id'");
  });

  it('names an unknown property, in a role or at the top level', () => {
    expect(errorOf({ roles: [{ id: 'ok', terms: ['x'], colour: 'red' }] })).toBe('roles file: roles[0] (role "ok") must NOT have additional properties "colour"');
    expect(errorOf({ roles: [{ id: 'ok', terms: ['x'] }], extra: 1 })).toBe('roles file: top level must NOT have additional properties "extra"');
  });

  it('rejects an "extend" that is not true or false, and an empty label', () => {
    expect(errorOf({ roles: [{ id: 'ok', terms: ['x'] }], extend: 'yes' })).toBe('roles file: extend must be boolean');
    expect(errorOf({ roles: [{ id: 'ok', label: '', terms: ['x'] }] })).toBe('roles file: roles[0].label (role "ok") must NOT have fewer than 1 characters');
  });

  it('rejects an id given twice, naming the second entry', () => {
    expect(errorOf({ roles: [{ id: 'ok', terms: ['x'] }, { id: 'other', terms: ['y'] }, { id: 'ok', terms: ['z'] }] }, 'f.json')).toBe('f.json: roles[2] repeats the id "ok"');
  });
});

describe('buildLexicon', () => {
  it('by default holds the roles of data/roles.json, in order, with their labels', () => {
    const lexicon = buildLexicon();
    expect(lexicon.roles.map((r) => r.id)).toEqual(defaults.roles.map((r) => r.id));
    expect(lexicon.label('iro')).toBe('Independent reviewing officer');
    expect(lexicon.label('social-worker')).toBe('Social worker');
  });

  it('labels an unknown id, or a role without a label, by its id', () => {
    expect(buildLexicon().label('no-such-role')).toBe('no-such-role');
    expect(buildLexicon({ extend: false, roles: [{ id: 'kinship-carer', terms: ['kinship carer'] }] }).label('kinship-carer')).toBe('kinship-carer');
  });

  it('the longest term wins: "local authority social worker" is a social worker, not the local authority', () => {
    expect(matches(buildLexicon(), 'The local authority social worker and the local authority')).toEqual([
      ['social-worker', 1, 5],
      ['local-authority', 7, 9],
    ]);
  });

  it('a file extends the defaults: new roles are added and a role with a default id replaces it whole', () => {
    const lexicon = buildLexicon({
      roles: [
        { id: 'kinship-carer', label: 'Kinship carer', terms: ['kinship carer'] },
        { id: 'iro', label: 'Reviewing officer', terms: ['reviewing officer'] },
      ],
    });
    expect(lexicon.roles.length).toBe(defaults.roles.length + 1);
    expect(lexicon.roles.at(-1)!.id).toBe('kinship-carer');
    expect(lexicon.label('iro')).toBe('Reviewing officer');
    expect(lexicon.label('manager')).toBe('Manager');
    // The replaced role keeps only its new terms: "IRO" no longer names it.
    expect(matches(lexicon, 'The kinship carer, the reviewing officer, the IRO and the manager')).toEqual([
      ['kinship-carer', 1, 3],
      ['iro', 5, 7],
      ['manager', 12, 13],
    ]);
  });

  it('"extend": true is the same as leaving it out', () => {
    const role = { id: 'kinship-carer', terms: ['kinship carer'] };
    expect(buildLexicon({ extend: true, roles: [role] }).roles).toEqual(buildLexicon({ roles: [role] }).roles);
  });

  it('"extend": false replaces the defaults', () => {
    const lexicon = buildLexicon({ extend: false, roles: [{ id: 'kinship-carer', terms: ['kinship carer'] }] });
    expect(lexicon.roles.map((r) => r.id)).toEqual(['kinship-carer']);
    expect(matches(lexicon, 'The kinship carer and the manager')).toEqual([['kinship-carer', 1, 3]]);
    expect(lexicon.label('manager')).toBe('manager');
  });

  it('matches terms case-insensitively and with curly apostrophes unified', () => {
    const lexicon = buildLexicon({ extend: false, roles: [{ id: 'advocate', terms: ['Carer’s Advocate'] }] });
    expect(matches(lexicon, "THE CARER'S ADVOCATE")).toEqual([['advocate', 1, 3]]);
  });
});

describe('defaultRoles', () => {
  it('is built once and shared', () => {
    expect(defaultRoles()).toBe(defaultRoles());
    expect(defaultRoles().roles.map((r) => r.id)).toEqual(defaults.roles.map((r) => r.id));
  });
});
