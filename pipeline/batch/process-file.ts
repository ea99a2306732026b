import path from 'node:path'
import {severityOf, type Severity} from '../diagnostics.js'
import {type Format, formats, type OutputDocument, toDocument} from '../emit/index.js'
import {UserError} from '../errors.js'
import {type Glossary, loadGlossary} from '../glossary/index.js'
import {inputFrom, readBytes} from '../io/read-input.js'
import {writeAtomic, writeChunksAtomic} from '../io/write-output.js'
import {processPair, processText} from '../processor.js'
import {ResultCache} from './cache.js'
import {collectGarbage, isLarge} from './memory.js'

/** One input to process: everything a worker thread needs, as plain data. */
export interface FileTask {
  file: string
  /** The English edition paired with `file` (same stem, `.en.txt`), aligned with it; none for a single file. */
  english?: string
  out: string
  formats: string[]
  strict: boolean
  /** Glossary folder (already checked by the main thread), or null for none. */
  glossary: string | null
  /** Write the outputs here (each atomically) instead of returning their contents. */
  write: boolean
  /** Reuse and store results (null: no cache); `read: false` only stores (--force). */
  cache: {folder: string; glossarySha: string | null; read: boolean} | null
}

export interface Message {
  /** The file the place is in: the input, or the English edition of a pair. */
  file: string
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
  /** A one-line reason when the file could not be used, and the exit code it calls for. */
  error?: string
  exitCode?: number
  cached?: boolean
}

const glossaries = new Map<string, Promise<Glossary>>()

/** The glossary of a folder, loaded once per thread. */
function glossaryOf(folder: string): Promise<Glossary> {
  let glossary = glossaries.get(folder)
  if (!glossary) glossaries.set(folder, (glossary = loadGlossary(folder)))
  return glossary
}

/**
 * One input, start to end, in whichever thread runs it: read, look up the cache, process, render, write,
 * store in the cache. A user mistake becomes `error`, never a throw. With `write`, each output is written
 * here piece by piece (a large document is never one string) and not sent back.
 */
export async function runTask(task: FileTask): Promise<FileResult> {
  let bytes: Buffer | undefined
  try {
    bytes = await readBytes(task.file)
    const cache = task.cache ? new ResultCache(task.cache.folder, task.cache.glossarySha) : undefined
    const key = cache ? await cache.key(task, bytes) : undefined
    const hit = cache && key && task.cache!.read ? await cache.get(key) : undefined
    if (hit) {
      if (!task.write) return hit
      for (const [target, content] of hit.outputs) await writeAtomic(target, content)
      return {...hit, outputs: []}
    }
    const {result, document, targets} = await analyse(task, bytes)
    if (!task.write) {
      const outputs: Array<[string, string]> = targets.map(([target, format]) => [target, format.emit(document!)])
      const full = {...result, outputs}
      if (cache && key) await cache.set(key, full)
      return full
    }
    // The tree is gone now: collect it before the outputs are rendered.
    if (isLarge(bytes)) collectGarbage()
    const written: Array<[string, string]> = []
    for (const [target, format] of targets) written.push([target, await writeChunksAtomic(target, format.chunks(document!), {digest: Boolean(cache)})])
    if (cache && key) await cache.setFromFiles(key, result, written)
    return result
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    return {input: task.file, outputs: [], messages: [], sentences: 0, bytes: bytes?.length ?? 0, error: error.message, exitCode: error.exitCode}
  }
}

/**
 * The cached result of a task, with its outputs written when the task writes, or undefined on a miss.
 * Cheap (a read, a hash, a small JSON file), so the main thread asks before handing a task to a worker.
 */
export async function cachedResult(task: FileTask): Promise<FileResult | undefined> {
  if (!task.cache?.read) return undefined
  let bytes: Buffer
  try {
    bytes = await readBytes(task.file)
  } catch {
    return undefined
  }
  const cache = new ResultCache(task.cache.folder, task.cache.glossarySha)
  const result = await cache.get(await cache.key(task, bytes))
  if (!result || !task.write) return result
  for (const [target, content] of result.outputs) await writeAtomic(target, content)
  return {...result, outputs: []}
}

/**
 * Processes one input from its bytes: its result (without outputs), its document, and the outputs to
 * make (none when it has errors). The tree is not kept: only the document leaves this function.
 */
async function analyse(task: FileTask, bytes: Buffer): Promise<{result: FileResult; document?: OutputDocument; targets: Array<[string, Format]>}> {
  const {source, stem, text} = inputFrom(task.file, bytes)
  const glossary = task.glossary === null ? undefined : await glossaryOf(task.glossary)
  const large = isLarge(bytes)
  const options = {strict: task.strict, ...(large ? {afterEachStage: collectGarbage} : {})}
  const partner = task.english ? inputFrom(task.english, await readBytes(task.english)) : undefined
  const {tree, file, english} = partner ? processPair(text, source, partner.text, partner.source, glossary, options) : {...processText(text, source, glossary, options), english: undefined}
  const messagesOf = (of: typeof file, path: string): Message[] =>
    of.messages.map((message) => ({
      file: path,
      line: message.line ?? 1,
      column: message.column ?? 1,
      severity: severityOf(message.fatal),
      // A QA finding also names its place in the English edition.
      reason: message.counterpart ? `${message.reason} (English: ${message.counterpart.file}:${message.counterpart.place.start.line}:${message.counterpart.place.start.column})` : message.reason,
      rule: message.ruleId ?? ''
    }))
  // Problems of the English side are the pair's too, printed at the English file's places.
  const messages = [...messagesOf(file, source.path), ...(english ? messagesOf(english.file, partner!.source.path) : [])]
  // What the stages left behind goes before the document is built beside the tree.
  if (large) collectGarbage()
  const document = toDocument(tree, file, english)
  const failed = messages.some((message) => message.severity === 'error')
  const targets: Array<[string, Format]> = failed
    ? []
    : task.formats.filter((name) => partner || !formats[name]!.pairOnly).map((name) => [path.join(task.out, stem + formats[name]!.extension), formats[name]!])
  const input = partner ? `${source.path} + ${partner.source.path}` : source.path
  return {result: {input, outputs: [], messages, sentences: document.sentences.length, bytes: bytes.length + (partner ? Buffer.byteLength(partner.text) : 0)}, document, targets}
}
