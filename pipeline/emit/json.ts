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
 * `value` at `indent`, the way JSON.stringify(value, null, 2) writes it, but records one per line.
 * Plain loops and concatenation: this runs for every sentence of a batch.
 */
function write(value: unknown, indent: string, key?: string): string {
  if (!isContainer(value) || (key !== undefined && ONE_LINE.has(key))) return JSON.stringify(value)
  const inner = `${indent}  `
  const records = key !== undefined && (RECORD_ARRAYS.has(key) || RECORD_OBJECTS.has(key))
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    let out = '[\n'
    for (let at = 0; at < value.length; at++) out += `${at === 0 ? '' : ',\n'}${inner}${records ? JSON.stringify(value[at]) : write(value[at], inner)}`
    return `${out}\n${indent}]`
  }
  let out = ''
  for (const name in value) {
    const item = (value as Record<string, unknown>)[name]
    if (item === undefined) continue
    out += `${out === '' ? '{\n' : ',\n'}${inner}${JSON.stringify(name)}: ${records ? JSON.stringify(item) : write(item, inner, name)}`
  }
  return out === '' ? '{}' : `${out}\n${indent}}`
}

/** The same text in pieces down to STREAMED_DEPTH (an edition's sentences one at a time), `write` below it. */
function* pieces(value: unknown, indent: string, key: string | undefined, depth: number): Generator<string> {
  const records = key !== undefined && (RECORD_ARRAYS.has(key) || RECORD_OBJECTS.has(key) || ONE_LINE.has(key))
  if (depth >= STREAMED_DEPTH || records || !isContainer(value) || (Array.isArray(value) && value.length === 0)) {
    yield write(value, indent, key)
    return
  }
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    yield '['
    for (let at = 0; at < value.length; at++) {
      yield `${at === 0 ? '' : ','}\n${inner}`
      yield* pieces(value[at], inner, undefined, depth + 1)
    }
    yield `\n${indent}]`
    return
  }
  let empty = true
  for (const name in value) {
    const item = (value as Record<string, unknown>)[name]
    if (item === undefined) continue
    yield `${empty ? '{' : ','}\n${inner}${JSON.stringify(name)}: `
    yield* pieces(item, inner, name, depth + 1)
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
