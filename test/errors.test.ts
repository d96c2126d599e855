import { describe, expect, it } from 'vitest';
import { DocumentLimitError, GitError, InputError, InputFileError, RoleFileError, UsageError, WtdiffError } from '../src/errors.js';
import { ConfigError } from '../src/check/config.js';
import { cannotRead } from '../src/ingest/errors.js';
import { runMain } from './support/cli.js';

describe('WtdiffError', () => {
  it('is the one base of every error a user can act on, each exiting 2 with its own name', () => {
    const errors = [new UsageError('u'), new InputFileError('f'), new RoleFileError('r'), new DocumentLimitError('d'), new InputError('i'), new GitError('g'), new ConfigError('c'), cannotRead('x.pdf', 'damaged')];
    for (const e of errors) {
      expect(e).toBeInstanceOf(WtdiffError);
      expect(e.exitCode).toBe(2);
    }
    expect(errors.map((e) => e.name)).toEqual(['UsageError', 'InputFileError', 'RoleFileError', 'DocumentLimitError', 'InputError', 'GitError', 'ConfigError', 'InputError']);
  });

  it('keeps its message on one line', () => {
    expect(new WtdiffError('cannot read a.md:\n  line two\r\n').message).toBe('cannot read a.md: line two');
  });

  it('reaches the user as one line and exit 2', async () => {
    const r = await runMain(['compare', 'no-such-old.md', 'no-such-new.md']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^wtdiff: cannot read no-such-old\.md/);
  });
});
