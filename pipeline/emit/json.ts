import type {OutputDocument} from './document.js'

/**
 * Arrays written one record per line, each record compact: the items of a sentence (numbers, entities, terms,
 * verbs) and the document's tables. They are most of a document, and one line per record keeps a diff to the
 * record that changed; everything above them is indented like JSON.stringify(…, null, 2).
 */
const RECORD_ARRAYS = new Set(['numbers', 'entities', 'terms', 'verbs', 'facts', 'beads', 'diagnostics', 'removed'])

/** Small objects written on one line: a raw place {start: {line, column, offset}, end: …} and a bead's alignment. */
const ONE_LINE = new Set(['raw', 'align'])

/**
 * `value` at `indent`, the way JSON.stringify(value, null, 2) writes it, but record arrays one record per line.
 * Plain loops and concatenation: this runs for every sentence of a batch.
 */
function write(value: unknown, indent: string, key?: string): string {
  if (typeof value !== 'object' || value === null || (key !== undefined && ONE_LINE.has(key))) return JSON.stringify(value)
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    const records = key !== undefined && RECORD_ARRAYS.has(key)
    let out = '[\n'
    for (let at = 0; at < value.length; at++) out += `${at === 0 ? '' : ',\n'}${inner}${records ? JSON.stringify(value[at]) : write(value[at], inner)}`
    return `${out}\n${indent}]`
  }
  let out = ''
  for (const name in value) {
    const item = (value as Record<string, unknown>)[name]
    if (item === undefined) continue
    out += `${out === '' ? '{\n' : ',\n'}${inner}${JSON.stringify(name)}: ${write(item, inner, name)}`
  }
  return out === '' ? '{}' : `${out}\n${indent}}`
}

/**
 * `output/<stem>.json` in pieces: a top-level array (the sentences of a 5 MB document) one element at a time,
 * so a large document is never one string in memory.
 */
export function* jsonChunks(document: OutputDocument): Generator<string> {
  const entries = Object.entries(document).filter(([, value]) => value !== undefined)
  yield '{\n'
  for (const [index, [key, value]] of entries.entries()) {
    const comma = index < entries.length - 1 ? ',' : ''
    if (Array.isArray(value) && value.length > 0 && !RECORD_ARRAYS.has(key)) {
      yield `  ${JSON.stringify(key)}: [\n`
      for (let at = 0; at < value.length; at++) yield `    ${write(value[at], '    ')}${at < value.length - 1 ? ',' : ''}\n`
      yield `  ]${comma}\n`
    } else yield `  ${JSON.stringify(key)}: ${write(value, '  ', key)}${comma}\n`
  }
  yield '}\n'
}

/** `output/<stem>.json`: the contract object, two-space indented, one record per line in record arrays, newline at the end. */
export function emitJson(document: OutputDocument): string {
  return [...jsonChunks(document)].join('')
}
