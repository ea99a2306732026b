import type {OutputDocument} from './document.js'
import {emitFactsCsv} from './facts-csv.js'
import {emitJson} from './json.js'
import {emitMarkdown} from './markdown.js'

export {toDocument, type OutputDocument, SCHEMA_VERSION} from './document.js'

/** Output formats by name (the CLI's --format), each with its file extension. */
export const formats: Record<string, {extension: string; emit: (document: OutputDocument) => string}> = {
  json: {extension: '.json', emit: emitJson},
  md: {extension: '.md', emit: emitMarkdown},
  csv: {extension: '.facts.csv', emit: emitFactsCsv}
}
