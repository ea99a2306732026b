import type {OutputDocument} from './document.js'

/**
 * Items per piece: enough for the native stringifier to do the work, few enough that a piece is a small
 * string (big ones go to V8's large-object space and stay until a full collection).
 */
const ITEMS_PER_PIECE = 16

/** Arrays up to this length (a chapter has a few hundred items per array) are written in one piece. */
const WHOLE_UP_TO = 1000

/**
 * `output/<stem>.json` in pieces: the same bytes as JSON.stringify(document, null, 2) plus a newline, a
 * few hundred array items at a time, so a large document is never one string in memory. Each piece is
 * stringified natively inside a one-key wrapper, which gives its items the document's indentation, and
 * the wrapper is cut off again.
 */
export function* jsonChunks(document: OutputDocument): Generator<string> {
  // A document of ordinary size is stringified whole: one native call is twice as fast as the pieces.
  if (Object.values(document).every((value) => !Array.isArray(value) || value.length <= WHOLE_UP_TO)) {
    yield `${JSON.stringify(document, null, 2)}\n`
    return
  }
  yield '{\n'
  const entries = Object.entries(document)
  for (const [index, [key, value]] of entries.entries()) {
    const comma = index < entries.length - 1 ? ',' : ''
    const head = `  ${JSON.stringify(key)}: `
    if (Array.isArray(value) && value.length > ITEMS_PER_PIECE) {
      yield `${head}[\n`
      for (let at = 0; at < value.length; at += ITEMS_PER_PIECE) {
        const piece = JSON.stringify({[key]: value.slice(at, at + ITEMS_PER_PIECE)}, null, 2)
        // Cut `{\n  "key": [\n` and `\n  ]\n}`; the items keep their four-space indentation.
        const items = piece.slice(head.length + 4, piece.length - 6)
        yield at + ITEMS_PER_PIECE < value.length ? `${items},\n` : `${items}\n`
      }
      yield `  ]${comma}\n`
    } else {
      const whole = JSON.stringify({[key]: value}, null, 2)
      yield `${whole.slice(2, -2)}${comma}\n`
    }
  }
  yield '}\n'
}

/** `output/<stem>.json`: the contract object, two-space indented, newline at the end. */
export function emitJson(document: OutputDocument): string {
  return [...jsonChunks(document)].join('')
}
