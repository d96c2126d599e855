// Every reader's errors are InputErrors (src/errors.ts), worded one way.
import { InputError } from '../errors.js';

export { InputError };

/** `cannot read <source>: <reason>` — the shape of every reader error. */
export function cannotRead(source: string, reason: string, cause?: unknown): InputError {
  return new InputError(`cannot read ${source}: ${reason}`, cause === undefined ? undefined : { cause });
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
