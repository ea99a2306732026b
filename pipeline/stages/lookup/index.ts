import type {Plugin} from 'unified'
import {visit} from 'unist-util-visit'
import {compileGlossary} from '../../glossary/index.js'
import type {Heading, Root, Sentence, Title} from '../../tree.js'
import {tokensOf} from '../../layers.js'

/**
 * lookup: every glossary entry each token of a sentence, heading or the title can begin (`data.lookup`), found in
 * one walk over the tokens with the glossary's one matcher. The entities, terms and verbs stages each choose
 * their own layer from it, so the text is looked up once however many layers read it.
 */
export const lookup: Plugin<[], Root> = function () {
  return (tree, file) => {
    const glossary = file.data.glossary
    if (!glossary) return
    const {matcher} = compileGlossary(glossary, file.data.lang!)
    visit(tree, (node) => node.type === 'sentence' || node.type === 'heading' || node.type === 'title', (node) => {
      const item = node as Sentence | Heading | Title
      item.data.lookup = matcher.lookup(tokensOf(item, 'lookup'))
    })
  }
}
