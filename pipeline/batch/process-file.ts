import path from 'node:path'
import {severityOf, type Severity} from '../diagnostics.js'
import {formats, toDocument} from '../emit/index.js'
import {UserError} from '../errors.js'
import {type Glossary, loadGlossary} from '../glossary/index.js'
import {inputFrom, readBytes} from '../io/read-input.js'
import {processText} from '../processor.js'

/** One input to process: everything a worker thread needs, as plain data. */
export interface FileTask {
  file: string
  out: string
  formats: string[]
  strict: boolean
  /** Glossary folder (already checked by the main thread), or null for none. */
  glossary: string | null
}

export interface Message {
  line: number
  column: number
  severity: Severity
  reason: string
  rule: string
}

/** What processing one file gave: outputs to write (none when it has errors) and its messages. */
export interface FileResult {
  input: string
  outputs: Array<[string, string]>
  messages: Message[]
  sentences: number
  bytes: number
  /** A one-line reason when the file could not be used. */
  error?: string
  cached?: boolean
}

const glossaries = new Map<string, Promise<Glossary>>()

/** The glossary of a folder, loaded once per thread. */
function glossaryOf(folder: string): Promise<Glossary> {
  let glossary = glossaries.get(folder)
  if (!glossary) glossaries.set(folder, (glossary = loadGlossary(folder)))
  return glossary
}

/** Reads, processes and renders one input; a user mistake becomes `error`, never a throw. */
export async function processFile(task: FileTask): Promise<FileResult> {
  let bytes: Buffer | undefined
  try {
    bytes = await readBytes(task.file)
    const {source, stem, text} = inputFrom(task.file, bytes)
    const glossary = task.glossary === null ? undefined : await glossaryOf(task.glossary)
    const {tree, file} = processText(text, source, glossary, {strict: task.strict})
    const messages: Message[] = file.messages.map((message) => ({
      line: message.line ?? 1,
      column: message.column ?? 1,
      severity: severityOf(message.fatal),
      reason: message.reason,
      rule: message.ruleId ?? ''
    }))
    const document = toDocument(tree, file)
    const failed = messages.some((message) => message.severity === 'error')
    const outputs: Array<[string, string]> = failed
      ? []
      : task.formats.map((name) => [path.join(task.out, stem + formats[name]!.extension), formats[name]!.emit(document)])
    return {input: source.path, outputs, messages, sentences: document.sentences.length, bytes: bytes.length}
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    return {input: task.file, outputs: [], messages: [], sentences: 0, bytes: bytes?.length ?? 0, error: error.message}
  }
}
