import type {OutputDocument} from './document.js'
import {emitFactsCsv} from './facts-csv.js'
import {emitJson, jsonChunks} from './json.js'
import {emitMarkdown, markdownChunks} from './markdown.js'
import {emitTmx, tmxChunks} from './tmx.js'
import {emitXliff, xliffChunks} from './xliff.js'

export {toDocument, type OutputDocument, type OutputSentence, SCHEMA_VERSION} from './document.js'

export interface Format {
  extension: string
  emit: (document: OutputDocument) => string
  /** The same text in pieces, for writing a large document without holding it whole. */
  chunks: (document: OutputDocument) => Iterable<string>
  /** Written only for an aligned pair (a translation memory of one language says nothing). */
  pairOnly?: boolean
}

/** Output formats by name (the CLI's --format), each with its file extension. */
export const formats: Record<string, Format> = {
  json: {extension: '.json', emit: emitJson, chunks: jsonChunks},
  md: {extension: '.md', emit: emitMarkdown, chunks: markdownChunks},
  csv: {extension: '.facts.csv', emit: emitFactsCsv, chunks: (document) => [emitFactsCsv(document)]},
  tmx: {extension: '.tmx', emit: emitTmx, chunks: tmxChunks, pairOnly: true},
  xlf: {extension: '.xlf', emit: emitXliff, chunks: xliffChunks}
}
