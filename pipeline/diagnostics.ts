import type {Position} from 'unist'
import type {VFile} from 'vfile'

export type Severity = 'error' | 'warning' | 'info'

export interface Diagnostic {
  rule: string
  severity: Severity
  reason: string
  place: Position
  /** The exact text the message is about. */
  text?: string
  /** What the text probably should be, for a reviewer to accept or reject. */
  suggestion?: string
  /** The same problem's place in the other edition of a pair (the English file), for QA findings. */
  counterpart?: Counterpart
  /** The alignment bead a QA finding is about. */
  bead?: string
}

export interface Counterpart {
  text: string
  place: Position
  file: string
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** See Diagnostic.counterpart. */
    counterpart?: Counterpart
    /** See Diagnostic.bead. */
    bead?: string
  }
}

/**
 * Reports a problem as a VFile message, the unified way: rule id, place, severity; the text concerned
 * and a suggestion travel as the message's `actual` and `expected`.
 */
export function report(file: VFile, diagnostic: Diagnostic): void {
  // A VFileMessage is an Error, and an Error records the JavaScript stack; a diagnostic is about the input,
  // not about hesabat's code, and a noisy file has hundreds: its stack is not recorded.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message
  try {
    message = file.message(diagnostic.reason, {place: diagnostic.place, ruleId: diagnostic.rule, source: 'hesabat'})
  } finally {
    Error.stackTraceLimit = limit
  }
  message.fatal = diagnostic.severity === 'error' ? true : diagnostic.severity === 'warning' ? false : undefined
  if (diagnostic.text !== undefined) message.actual = diagnostic.text
  if (diagnostic.suggestion !== undefined) message.expected = [diagnostic.suggestion]
  if (diagnostic.counterpart !== undefined) message.counterpart = diagnostic.counterpart
  if (diagnostic.bead !== undefined) message.bead = diagnostic.bead
}

export function severityOf(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info'
}
