import type {OutputDocument} from './document.js'
import {toJson} from './to-json.js'

/**
 * Arrays written one record per line, each record compact: the items of a sentence (numbers, entities, terms,
 * verbs), the beads, diagnostics, removals, notes and tables. They are most of a document, and one line per
 * record keeps a diff to the record that changed; everything above them is indented like JSON.stringify(…, null, 2).
 */
const RECORD_ARRAYS = new Set(['numbers', 'entities', 'terms', 'verbs', 'beads', 'diagnostics', 'removed', 'notes', 'tables'])

/** Objects whose entries are records, one per line: the concept table. */
const RECORD_OBJECTS = new Set(['concepts'])

/** Small values written on one line: a raw place [start, end) and an edition's line lengths. */
const ONE_LINE = new Set(['raw', 'lines'])

/** Levels of the document written in pieces: the document, an edition, its lists (a 5 MB edition's sentences one at a time). */
const STREAMED_DEPTH = 3

const isContainer = (value: unknown): value is object => typeof value === 'object' && value !== null

/**
 * `value` at `indent`, the way JSON.stringify(value, null, 2) writes it, but record arrays one record per line.
 * Plain loops and concatenation: this runs for every sentence of a batch.
 */
function write(value: unknown, indent: string, key?: string): string {
  return [...pieces(value, indent, key, STREAMED_DEPTH)].join('')
}

function* pieces(value: unknown, indent: string, key: string | undefined, depth: number): Generator<string> {
  if (!isContainer(value) || (key !== undefined && ONE_LINE.has(key))) {
    yield JSON.stringify(value)
    return
  }
  const inner = `${indent}  `
  const records = key !== undefined && (RECORD_ARRAYS.has(key) || RECORD_OBJECTS.has(key))
  const child = (item: unknown, name?: string) => (records ? [JSON.stringify(item)] : depth < STREAMED_DEPTH ? pieces(item, inner, name, depth + 1) : [write(item, inner, name)])
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]'
      return
    }
    yield '['
    for (let at = 0; at < value.length; at++) {
      yield `${at === 0 ? '' : ','}\n${inner}`
      yield* child(value[at])
    }
    yield `\n${indent}]`
    return
  }
  let empty = true
  for (const name in value) {
    const item = (value as Record<string, unknown>)[name]
    if (item === undefined) continue
    yield `${empty ? '{' : ','}\n${inner}${JSON.stringify(name)}: `
    yield* child(item, name)
    empty = false
  }
  yield empty ? '{}' : `\n${indent}}`
}

/** `output/<stem>.json` (schema 3.0) in pieces, so a large document is never one string in memory. */
export function* jsonChunks(document: OutputDocument): Generator<string> {
  yield* pieces(toJson(document), '', undefined, 0)
  yield '\n'
}

/** `output/<stem>.json`: the contract object, two-space indented, one record per line in record arrays, newline at the end. */
export function emitJson(document: OutputDocument): string {
  return [...jsonChunks(document)].join('')
}
