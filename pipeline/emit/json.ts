import type {OutputDocument} from './document.js'

/**
 * `output/<stem>.json` in pieces: the same bytes as JSON.stringify(document, null, 2) plus a newline, one
 * array item at a time, so a large document is never one string in memory.
 */
export function* jsonChunks(document: OutputDocument): Generator<string> {
  yield '{\n'
  const entries = Object.entries(document)
  for (const [index, [key, value]] of entries.entries()) {
    const comma = index < entries.length - 1 ? ',' : ''
    if (Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`
      for (const [at, item] of value.entries()) {
        yield `    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}${at < value.length - 1 ? ',' : ''}\n`
      }
      yield `  ]${comma}\n`
    } else {
      yield `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}${comma}\n`
    }
  }
  yield '}\n'
}

/** `output/<stem>.json`: the contract object, two-space indented, newline at the end. */
export function emitJson(document: OutputDocument): string {
  return [...jsonChunks(document)].join('')
}
