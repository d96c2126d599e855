// Errors a user can act on. The CLI prints their message on one line and exits 2;
// anything else is a bug and says so.
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export class InputFileError extends Error {
  override readonly name = 'InputFileError';
}

/** A role lexicon file that does not match schema/roles.schema.json; the message names the entry. */
export class RoleFileError extends Error {
  override readonly name = 'RoleFileError';
}

/**
 * A document beyond what wtdiff handles in bounded time and memory (nesting
 * thousands of levels deep). exitCode 2 makes the CLI print it on one line.
 */
export class DocumentLimitError extends Error {
  override readonly name = 'DocumentLimitError';
  readonly exitCode = 2;
}
