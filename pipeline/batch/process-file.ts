import {createHash} from 'node:crypto'
import path from 'node:path'
import {severityOf} from '../diagnostics.js'
import {type Format, formats, type OutputDocument, toDocument} from '../emit/index.js'
import {UserError} from '../errors.js'
import {type Glossary, loadGlossary} from '../glossary/index.js'
import {type Input, inputFrom, readBytes} from '../io/read-input.js'
import {WriteTogether, writeTogether} from '../io/write-output.js'
import {type ProcessOptions, processPair, processText} from '../processor.js'
import {location} from 'vfile-location'
import type {VFile} from 'vfile'
import {report} from '../diagnostics.js'
import {findChapters} from '../edition/chapters.js'
import {languageFor} from '../lang/index.js'
import {ResultCache} from './cache.js'
import type {FileResult, FileTask, Message} from './task.js'

export type {FileResult, FileTask, Message} from './task.js'
import {collectGarbage, isLargeText} from './memory.js'


const glossaries = new Map<string, Promise<Glossary>>()

/**
 * The glossary a task names, loaded once per thread and again when its files changed (a long-lived process runs
 * many batches): the one whose sha256 the main thread checked, or an error when the files changed since.
 */
async function glossaryOf({folder, sha256}: {folder: string; sha256: string}): Promise<Glossary> {
  let glossary = glossaries.get(folder)
  if (!glossary || (await glossary).sha256 !== sha256) glossaries.set(folder, (glossary = loadGlossary(folder)))
  const loaded = await glossary
  if (loaded.sha256 !== sha256) throw new UserError(`${folder}: the glossary changed while the run was under way; run it again`)
  return loaded
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
      return task.write ? restored(hit) : hit
    }
    const lang = task.uiLang ?? 'en'
    // Each document is rendered as soon as it is made, so an edition's chapters are not all held at once. The
    // outputs of one input are written together: each to a temporary file, renamed when all are done, or none.
    const together = task.write ? new WriteTogether({digest: Boolean(cache)}) : undefined
    const outputs: Array<[string, string]> = []
    let analysis: FileResult
    try {
      analysis = await analyse(task, bytes, (document, targets) => {
        for (const [target, format] of targets) outputs.push([target, together ? together.add(target, format.chunks(document, lang)) : format.emit(document, lang)])
      })
      together?.commit()
    } catch (error) {
      together?.abort()
      throw error
    }
    const result = {...analysis, targets: outputs.map(([target]) => target)}
    if (!together) {
      const full = {...result, outputs}
      if (cache && key) await cache.set(key, full)
      return full
    }
    // With `write`, outputs holds each target's sha256.
    if (cache && key) await cache.setFromFiles(key, result, outputs)
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
  return restored(result)
}

/** A cached result with the outputs that differ from the disk written back, all or none (a failure: the result says it). */
async function restored(result: FileResult): Promise<FileResult> {
  try {
    await writeTogether(result.outputs.map(([target, content]) => [target, [content]]), {digest: false})
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    return {...result, outputs: [], error: error.message, exitCode: error.exitCode}
  }
  return {...result, outputs: []}
}

/** The length of the text a part processes: its chapter's, or its file's. */
function sizeOf(part: Part | undefined): number {
  const range = part?.chapter?.options.range
  return part === undefined ? 0 : range ? range[1] - range[0] : part.input.text.length
}

/** Takes each document of an input with the outputs to make of it (none for a document with errors). */
type DocumentSink = (document: OutputDocument, targets: ReadonlyArray<readonly [string, Format]>) => void

/** The part of an input one document is: the whole file, or a chapter of an edition. */
interface Part {
  input: Input
  stem: string
  chapter?: {options: NonNullable<ProcessOptions['chapter']>; index: number; count: number; slug: string; frontMatter: number}
}

/**
 * The documents of an input: a file with several chapters (an edition) gives one per chapter, named
 * `<year>-<country>`; a file with one chapter after front matter gives that chapter under the file's name;
 * any other file is one document.
 */
function partsOf(input: Input): Part[] {
  const lang = languageFor(input.source.language)!
  const edition = findChapters(input.text, lang)
  const {chapters} = edition
  if (chapters.length === 0 || (chapters.length === 1 && edition.frontMatter === 0)) return [{input, stem: input.stem}]
  const locator = location(input.text)
  const year = input.source.year ?? edition.year
  // A country that has two chapters in one file (two files put together) gets -2, -3… after its second
  // and later ones, so that no chapter writes over another's outputs.
  const seen = new Map<string, number>()
  return chapters.map((chapter, index) => {
    const count = (seen.get(chapter.slug) ?? 0) + 1
    seen.set(chapter.slug, count)
    const stem = chapters.length === 1 ? input.stem : `${year === null ? '' : `${year}-`}${chapter.slug}${count > 1 ? `-${count}` : ''}`
    // A chapter's provenance is its own part of the file, so that editing one chapter leaves the others' outputs as they are.
    const sha256 = createHash('sha256').update(input.text.slice(chapter.start, chapter.end)).digest('hex')
    const source = chapters.length === 1 ? input.source : {...input.source, sha256, year, chapter: {index: index + 1, count: chapters.length, file: input.source.path}}
    return {
      input: {...input, source},
      stem,
      chapter: {options: {range: [chapter.start, chapter.end], lineKinds: edition.lineKinds, locator}, index, count: chapters.length, slug: chapter.slug, frontMatter: edition.frontMatter}
    }
  })
}

/**
 * Processes one input from its bytes: its result (without outputs), its documents, and the outputs to
 * make (none for a document with errors). The trees are not kept: only the documents leave this function.
 * An input and its English edition pair document by document (a chapter with the English chapter of the
 * same country); what has no partner is processed alone.
 */
async function analyse(task: FileTask, bytes: Buffer, sink: DocumentSink): Promise<FileResult> {
  const main = inputFrom(task.file, bytes)
  const glossary = task.glossary === null ? undefined : await glossaryOf(task.glossary)
  const options: ProcessOptions = {strict: task.strict, ...(task.correct === false ? {correct: false} : {})}
  const partner = task.english ? inputFrom(task.english, await readBytes(task.english)) : undefined
  const parts = partsOf(main)
  const englishParts = partner ? partsOf(partner) : []
  const bySlug = new Map(englishParts.map((part) => [part.chapter?.slug ?? '', part]))
  const pairs: Array<[Part | undefined, Part | undefined]> = parts.map((part) => {
    const english = parts.length === 1 && englishParts.length === 1 ? englishParts[0] : bySlug.get(part.chapter?.slug ?? '')
    if (english) bySlug.delete(english.chapter?.slug ?? '')
    return [part, english]
  })
  for (const english of englishParts) if ([...bySlug.values()].includes(english)) pairs.push([undefined, english])

  const messages: Message[] = []
  let sentences = 0
  for (const [part, english] of pairs) {
    // Garbage is collected between the stages of a large document, judged by its own size: for each of the
    // 200 chapters of a 5 MB edition it made a full collection per stage over a heap that holds the documents
    // of the chapters before it (quadratic: 219 s for such a file, against 9 s for the same text as one chapter).
    const large = isLargeText(Math.max(sizeOf(part), sizeOf(english)))
    const one = (item: Part): ProcessOptions => {
      const range = item.chapter?.options.range
      // A chapter lists the Markdown syntax of its own part of the file.
      const removed = range ? item.input.markup.filter((entry) => entry.offset >= range[0] && entry.offset < range[1]) : item.input.markup
      return {...options, ...(large ? {afterEachStage: collectGarbage} : {}), removed, ...(item.chapter ? {chapter: item.chapter.options} : {})}
    }
    const lead = (part ?? english)!
    const {document, own} = documentOf(task, part, english, glossary, one, large)
    messages.push(...own)
    sentences += document.sentences.length
    const failed = own.some((message) => message.severity === 'error')
    const paired = Boolean(part && english)
    const targets: Array<[string, Format]> = failed
      ? []
      : task.formats.filter((name) => paired || !formats[name]!.pairOnly).map((name) => [path.join(task.out, lead.stem + formats[name]!.extension), formats[name]!])
    // The tree is gone now: collect it before a large document's outputs are rendered.
    if (large) collectGarbage()
    sink(document, targets)
  }
  const input = partner ? `${main.source.path} + ${partner.source.path}` : main.source.path
  return {input, outputs: [], messages, sentences, bytes: bytes.length + (partner ? Buffer.byteLength(partner.text) : 0)}
}

/** One document of an input (a part, its English partner, or both aligned) and its messages; the tree is not kept. */
function documentOf(
  task: FileTask,
  part: Part | undefined,
  english: Part | undefined,
  glossary: Glossary | undefined,
  one: (item: Part) => ProcessOptions,
  large: boolean
): {document: OutputDocument; own: Message[]} {
  const processed = part && english
    ? processPair(part.input.text, part.input.source, english.input.text, english.input.source, glossary, {...one(part), sourceLang: task.sourceLang}, one(english))
    : {...processText((part ?? english)!.input.text, (part ?? english)!.input.source, glossary, one((part ?? english)!)), english: undefined}
  const lead = (part ?? english)!
  if (lead.chapter?.index === 0 && lead.chapter.frontMatter > 0) {
    report(processed.file, {
      rule: 'front-matter',
      severity: 'info',
      message: {key: 'diagnostics.frontMatter', values: {count: lead.chapter.frontMatter}},
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
    })
  }
  const own = [...messagesOf(processed.file, lead.input.source.path), ...(processed.english ? messagesOf(processed.english.file, english!.input.source.path) : [])]
  // What the stages left behind goes before the document is built beside the tree.
  if (large) collectGarbage()
  return {document: toDocument(processed.tree, processed.file, processed.english, task.uiLang ?? 'en'), own}
}

/** A file's messages as the CLI prints them; a QA finding also names its place in the original. */
function messagesOf(file: VFile, path: string): Message[] {
  return file.messages.map((message) => ({
    file: path,
    line: message.line ?? 1,
    column: message.column ?? 1,
    severity: severityOf(message.fatal),
    reason: message.reason,
    ...(message.i18n ? {message: message.i18n.message} : {}),
    ...(message.counterpart ? {counterpart: {file: message.counterpart.file, line: message.counterpart.place.start.line, column: message.counterpart.place.start.column}} : {}),
    rule: message.ruleId ?? ''
  }))
}
