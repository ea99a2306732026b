import type {OutputDocument} from './document.js'

/**
 * Arrays written one record per line, each record compact: the items of a sentence (numbers, entities, terms,
 * verbs) and the document's tables. They are most of a document, and one line per record keeps a diff to the
 * record that changed; everything above them is indented like JSON.stringify(…, null, 2).
 */
const RECORD_ARRAYS = new Set(['numbers', 'entities', 'terms', 'verbs', 'facts', 'beads', 'diagnostics', 'removed'])

/** Small objects written on one line: a raw place {start: {line, column, offset}, end: …} and a bead's alignment. */
const ONE_LINE = new Set(['raw', 'align'])

/** `value` at `indent`, the way JSON.stringify(value, null, 2) writes it, but record arrays one record per line. */
function write(value: unknown, indent: string, key?: string): string {
  if (key !== undefined && ONE_LINE.has(key)) return JSON.stringify(value)
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    const inner = `${indent}  `
    const items = key !== undefined && RECORD_ARRAYS.has(key) ? value.map((item) => inner + JSON.stringify(item)) : value.map((item) => inner + write(item, inner))
    return `[\n${items.join(',\n')}\n${indent}]`
  }
  if (value !== null && typeof value === 'object') {
    const inner = `${indent}  `
    const entries = Object.entries(value).filter(([, item]) => item !== undefined)
    if (entries.length === 0) return '{}'
    return `{\n${entries.map(([name, item]) => `${inner}${JSON.stringify(name)}: ${write(item, inner, name)}`).join(',\n')}\n${indent}}`
  }
  return JSON.stringify(value)
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
