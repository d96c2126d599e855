// Exit codes, as diff(1) uses them.
export const ExitCode = {
  /** No changes beyond editorial ones (or, in `check`, none that fail). */
  Same: 0,
  /** Changes found (in `check`: a change with a --fail-on tag that is not accepted). */
  Different: 1,
  /** Trouble: bad arguments, unreadable input, invalid configuration. */
  Trouble: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
