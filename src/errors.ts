// Errors a user can act on all derive from WtdiffError: the CLI prints `wtdiff: <message>` on
// one line and exits with its exitCode (2). Anything else is a bug and says so.

/** Something wrong with what the user gave wtdiff (arguments, files, repository), not with wtdiff. */
export class WtdiffError extends Error {
  override readonly name: string = 'WtdiffError';
  /** The exit code the CLI ends with: 2, trouble. */
  readonly exitCode: number = 2;

  constructor(message: string, options?: { cause?: unknown }) {
    // Always one line: reports and the CLI print it as is.
    super(message.replace(/\s*[\r\n]+\s*/g, ' ').trim(), options);
  }
}

/** Arguments or options that do not make sense together. */
export class UsageError extends WtdiffError {
  override readonly name: string = 'UsageError';
}

/** A file given on the command line that cannot be used. */
export class InputFileError extends WtdiffError {
  override readonly name = 'InputFileError';
}

/** A role lexicon file that does not match schema/roles.schema.json; the message names the entry. */
export class RoleFileError extends WtdiffError {
  override readonly name = 'RoleFileError';
}

/** A document beyond what wtdiff handles in bounded time and memory (nesting thousands of levels deep). */
export class DocumentLimitError extends WtdiffError {
  override readonly name = 'DocumentLimitError';
}

/** A document wtdiff cannot read (every reader's errors): see ingest/errors.ts. */
export class InputError extends WtdiffError {
  override readonly name = 'InputError';
}

/** Trouble with git or the repository (`wtdiff check`). */
export class GitError extends WtdiffError {
  override readonly name = 'GitError';
}
