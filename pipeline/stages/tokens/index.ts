import type {Plugin} from 'unified'
import {visit} from 'unist-util-visit'
import {tokenize} from '../../text/tokens.js'
import type {Heading, Root, Sentence, Title} from '../../tree.js'

/**
 * tokens: the one token layer. Every sentence, heading and the title gets `data.tokens` (words, numbers,
 * identifiers, punctuation; offsets in its text; keys lower-cased in the document's language), which every
 * later stage reads instead of tokenizing again.
 */
export const tokens: Plugin<[], Root> = function () {
  return (tree, file) => {
    const {locale} = file.data.lang!
    visit(tree, (node) => node.type === 'sentence' || node.type === 'heading' || node.type === 'title', (node) => {
      const item = node as Sentence | Heading | Title
      item.data.tokens = tokenize(item.value, locale)
    })
  }
}
