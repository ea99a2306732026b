import path from 'node:path'
import type {VFile} from 'vfile'
import {applyDecisions} from '../review/apply.js'
import {report, severityOf} from '../diagnostics.js'
import {type Format, formats, type OutputDocument, toDocument} from '../emit/index.js'
import type {Glossary} from '../glossary/index.js'
import {inputFrom, readBytes} from '../io/read-input.js'
import {type ProcessOptions, processPair, processText} from '../processor.js'
import {glossaryOf} from './glossaries.js'
import {collectGarbage, isLargeText} from './memory.js'
import {type Part, partsOf, sizeOf} from './parts.js'
import type {FileResult, FileTask, Message} from './task.js'

/** Takes each document of an input with the outputs to make of it (none for a document with errors). */
export type DocumentSink = (document: OutputDocument, targets: ReadonlyArray<readonly [string, Format]>) => void

/**
 * Processes one input from its bytes: its result (without outputs), its documents, and the outputs to
 * make (none for a document with errors). The trees are not kept: only the documents leave this function.
 * An input and its English edition pair document by document (a chapter with the English chapter of the
 * same country); what has no partner is processed alone.
 */
export async function analyse(task: FileTask, bytes: Buffer, sink: DocumentSink): Promise<FileResult> {
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
  const staleDecisions: string[] = []
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
    const {document, own, stale} = documentOf(task, part, english, glossary, one, large)
    messages.push(...own)
    staleDecisions.push(...stale)
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
  return {input, outputs: [], messages, sentences, bytes: bytes.length + (partner ? Buffer.byteLength(partner.text) : 0), ...(staleDecisions.length > 0 ? {staleDecisions} : {})}
}

/** One document of an input (a part, its English partner, or both aligned) and its messages; the tree is not kept. */
function documentOf(
  task: FileTask,
  part: Part | undefined,
  english: Part | undefined,
  glossary: Glossary | undefined,
  one: (item: Part) => ProcessOptions,
  large: boolean
): {document: OutputDocument; own: Message[]; stale: string[]} {
  const processed = part && english
    ? processPair(part.input.text, part.input.source, english.input.text, english.input.source, glossary, {...one(part), sourceLang: task.sourceLang, ...(task.review && !part.chapter ? {fixedBeads: task.review.beads} : {})}, one(english))
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
  // The reviewer's decisions, before the messages are counted and the document is built.
  const stale = lead.chapter === undefined ? applyDecisions(task.review ?? {decisions: [], beads: []}, processed.english ? [processed, processed.english] : [processed]) : []
  const own = [...messagesOf(processed.file, lead.input.source.path), ...(processed.english ? messagesOf(processed.english.file, english!.input.source.path) : [])]
  // What the stages left behind goes before the document is built beside the tree.
  if (large) collectGarbage()
  return {document: toDocument(processed.tree, processed.file, processed.english, task.uiLang ?? 'en'), own, stale}
}

/** A file's messages as the CLI prints them; a QA finding also names its place in the original. */
function messagesOf(file: VFile, path: string): Message[] {
  return file.messages.map((message) => ({
    file: path,
    line: message.line ?? 1,
    column: message.column ?? 1,
    // A dismissed finding is no warning any more: an info, printed with --verbose.
    severity: message.review?.status === 'dismissed' ? 'info' : severityOf(message.fatal),
    ...(message.review ? {review: message.review.status} : {}),
    reason: message.reason,
    ...(message.i18n ? {message: message.i18n.message} : {}),
    ...(message.counterpart ? {counterpart: {file: message.counterpart.file, line: message.counterpart.place.start.line, column: message.counterpart.place.start.column}} : {}),
    rule: message.ruleId ?? ''
  }))
}
