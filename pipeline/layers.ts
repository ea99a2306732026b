import type {Candidate} from './glossary/matcher.js'
import type {Token} from './text/tokens.js'

/**
 * The layers a stage reads that an earlier stage made: the tokens (stage `tokens`) and the glossary lookup over
 * them (stage `lookup`). A missing layer is a stage list out of order (processor.ts), never redone quietly here:
 * a stage that tokenized again on its own would hide the mistake and change what it finds.
 */
interface Layered {
  data: {tokens?: Token[]; lookup?: Candidate[]}
}

/** The node's tokens; throws when the tokens stage has not run before `reader`. */
export function tokensOf(node: Layered, reader: string): Token[] {
  if (!node.data.tokens) throw new Error(`${reader}: the tree has no tokens; the tokens stage runs before it (processor.ts)`)
  return node.data.tokens
}

/** The node's glossary lookup; throws when the lookup stage has not run before `reader`. */
export function lookupOf(node: Layered, reader: string): Candidate[] {
  if (!node.data.lookup) throw new Error(`${reader}: the tree has no glossary lookup; the lookup stage runs before it (processor.ts)`)
  return node.data.lookup
}
