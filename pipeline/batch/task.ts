import type {Severity} from '../diagnostics.js'
import type {Message as I18nMessage, UiLang} from '../i18n/index.js'
import type {Review, ReviewStatus} from '../review/file.js'

/** One input to process: everything a worker thread needs, as plain data. */
export interface FileTask {
  file: string
  /** The English edition paired with `file` (same stem, `.en.txt`), aligned with it; none for a single file. */
  english?: string
  out: string
  formats: string[]
  /** The language of the outputs' labels and messages (English unless --ui-lang says otherwise). */
  uiLang?: UiLang
  strict: boolean
  /** With `english`: the language of the original (the other edition is the translation under review). */
  sourceLang?: string
  /** false: flag what OCR damaged instead of correcting it (--no-correct). */
  correct?: boolean
  /** The glossary the main thread loaded and checked: its folder and the sha256 of its files; null for none. */
  glossary: {folder: string; sha256: string} | null
  /** Write the outputs here (each atomically) instead of returning their contents. */
  write: boolean
  /** The reviewer's decisions about the findings of the input's document (review/<stem>.review.json), read and checked by the main thread. */
  review?: Review
  /** Reuse and store results (null: no cache); `read: false` only stores (--force). */
  cache: {folder: string; glossarySha: string | null; read: boolean} | null
}

export interface Message {
  /** The file the place is in: the input, or the English edition of a pair. */
  file: string
  line: number
  column: number
  severity: Severity
  /** In English; `message` renders it in the reader's language. */
  reason: string
  message?: I18nMessage
  /** A QA finding's place in the original (the other side of the pair). */
  counterpart?: {file: string; line: number; column: number}
  rule: string
  /** A reviewer's decision about it (a dismissed finding is printed and counted as an info). */
  review?: ReviewStatus
}

/** What processing one file gave: outputs to write (none when it has errors) and its messages. */
export interface FileResult {
  input: string
  outputs: Array<[string, string]>
  messages: Message[]
  sentences: number
  bytes: number
  /** A one-line reason when the file could not be used, and the exit code it calls for. */
  error?: string
  exitCode?: number
  cached?: boolean
  /** Every output this input makes (written now, or unchanged on disk), for pruning the others. */
  targets?: string[]
  /** The keys of the reviewer's decisions that found no finding (stale), for `run --prune`. */
  staleDecisions?: string[]
}
