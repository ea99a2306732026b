import type {UiLang} from '../i18n/index.js'
import type {OutputDocument} from './document.js'
import {emitFactsCsv} from './facts-csv.js'
import {emitJson, jsonChunks} from './json.js'
import {emitHtml, htmlChunks} from './html/index.js'
import {emitMarkdown, markdownChunks} from './markdown.js'
import {emitTmx, tmxChunks} from './tmx.js'
import {emitXliff, xliffChunks} from './xliff.js'
import {emitXliff12, xliff12Chunks} from './xliff12.js'

export {toDocument, type OutputDocument, type OutputEdition, type OutputSentence, SCHEMA_VERSION} from './document.js'
export {readDocument} from './read-document.js'
export type {DocumentJson} from './contract.js'

export interface Format {
  extension: string
  /** The document in this format; labels and messages in `lang` (English by default). */
  emit: (document: OutputDocument, lang?: UiLang) => string
  /** The same text in pieces, for writing a large document without holding it whole. */
  chunks: (document: OutputDocument, lang?: UiLang) => Iterable<string>
  /** Written only for an aligned pair (a translation memory of one language says nothing). */
  pairOnly?: boolean
}

/** Output formats by name (the CLI's --format), each with its file extension. */
export const formats: Record<string, Format> = {
  json: {extension: '.json', emit: emitJson, chunks: jsonChunks},
  md: {extension: '.md', emit: emitMarkdown, chunks: markdownChunks},
  csv: {extension: '.facts.csv', emit: emitFactsCsv, chunks: (document) => [emitFactsCsv(document)]},
  html: {extension: '.html', emit: emitHtml, chunks: htmlChunks},
  tmx: {extension: '.tmx', emit: emitTmx, chunks: tmxChunks, pairOnly: true},
  xlf: {extension: '.xlf', emit: emitXliff, chunks: xliffChunks},
  /** XLIFF 1.2, for the CAT tools that read no 2.x (--format xlf12; not among the defaults). */
  xlf12: {extension: '.v12.xlf', emit: emitXliff12, chunks: xliff12Chunks}
}
