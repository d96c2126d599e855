// One error type for everything that is wrong with the input rather than with wtdiff.
// The CLI prints `wtdiff: <message>` and exits with exitCode.

export class InputError extends Error {
  readonly exitCode = 2;
  override readonly name = 'InputError';

  constructor(message: string, options?: { cause?: unknown }) {
    // Always one line: reports and the CLI print it as is.
    super(message.replace(/\s*[\r\n]+\s*/g, ' ').trim(), options);
  }
}

/** `cannot read <source>: <reason>` — the shape of every reader error. */
export function cannotRead(source: string, reason: string, cause?: unknown): InputError {
  return new InputError(`cannot read ${source}: ${reason}`, cause === undefined ? undefined : { cause });
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
