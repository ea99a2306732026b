import type {XMLBuilder} from 'xmlbuilder2/lib/interfaces.js'

/** Where the items go in an envelope: a comment the envelope carries until it is cut in two there. */
export const ITEMS = 'hesabat:items'

/**
 * An XML document in pieces: the envelope (built with an `ITEMS` comment where the items belong) and each
 * item (a fragment) serialized by xmlbuilder2 on its own and indented to the comment's place, so a large
 * document is never one tree or one string.
 */
export function* xmlPieces(envelope: XMLBuilder, items: Iterable<XMLBuilder>): Generator<string> {
  const text = envelope.end({prettyPrint: true})
  const match = new RegExp(`^( *)<!--${ITEMS}-->\\n`, 'm').exec(text)!
  const indent = match[1]!
  yield text.slice(0, match.index)
  for (const item of items) yield `${indent}${item.end({prettyPrint: true}).replace(/\n/g, `\n${indent}`)}\n`
  yield `${text.slice(match.index + match[0].length)}\n`
}
