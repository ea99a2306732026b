import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {type Message, render} from './i18n/index.js'

export type Severity = 'error' | 'warning' | 'info'

/** What a reviewer decided of a finding: a real error to fix, not an error, or right as it is (review/). */
export type ReviewStatus = 'to-fix' | 'dismissed' | 'confirmed'

/** A reviewer's decision as a finding or a bead carries it. */
export interface ReviewNote {
  status: ReviewStatus
  comment?: string
}

export interface Diagnostic {
  rule: string
  severity: Severity
  /** What is wrong, as an i18n key and values (en.json / az.json under `diagnostics`). */
  message: Message
  place: Position
  /** The exact text the message is about. */
  text?: string
  /** What the text probably should be, for a reviewer to accept or reject; or advice, as a message. */
  suggestion?: string | Message
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
    /** The message (and a suggestion in words) as keys and values, for rendering in the reader's language. */
    i18n?: {message: Message; suggestion?: Message}
    /** A reviewer's decision about this finding (review/<stem>.review.json, applied by review/apply.ts). */
    review?: ReviewNote
  }
}

/**
 * Reports a problem as a VFile message, the unified way: rule id, place, severity; the text concerned
 * and a suggestion travel as the message's `actual` and `expected`. The reason is the English rendering;
 * the key and values travel along, so each output renders the message in its reader's language.
 */
export function report(file: VFile, diagnostic: Diagnostic): void {
  // A VFileMessage is an Error, and an Error records the JavaScript stack; a diagnostic is about the input,
  // not about hesabat's code, and a noisy file has hundreds: its stack is not recorded.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message
  try {
    message = file.message(render(diagnostic.message), {place: diagnostic.place, ruleId: diagnostic.rule, source: 'hesabat'})
  } finally {
    Error.stackTraceLimit = limit
  }
  message.fatal = diagnostic.severity === 'error' ? true : diagnostic.severity === 'warning' ? false : undefined
  if (diagnostic.text !== undefined) message.actual = diagnostic.text
  const {suggestion} = diagnostic
  if (typeof suggestion === 'string') message.expected = [suggestion]
  else if (suggestion !== undefined) message.expected = [render(suggestion)]
  message.i18n = {message: diagnostic.message, ...(typeof suggestion === 'object' ? {suggestion} : {})}
  if (diagnostic.counterpart !== undefined) message.counterpart = diagnostic.counterpart
  if (diagnostic.bead !== undefined) message.bead = diagnostic.bead
}

export function severityOf(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info'
}
