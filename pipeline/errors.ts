/** Exit codes of the `hesabat` command (README: "Errors and exit codes"). */
export const EXIT = {
  ok: 0,
  /** `hesabat check`: output/ is stale. */
  stale: 1,
  /** Wrong command, option or argument. */
  usage: 2,
  /** An input cannot be used: missing, unreadable, empty, binary, badly encoded. */
  input: 3,
  /** An output cannot be written. */
  output: 4,
  /** A bug in hesabat. */
  internal: 70
} as const

/** A problem the user can fix; printed as one line, never with a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.input
  ) {
    super(message)
    this.name = 'UserError'
  }
}
