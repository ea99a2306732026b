import type {Plugin} from 'unified'
import {visit} from 'unist-util-visit'
import {report} from '../../diagnostics.js'
import {compileGlossary, LAYER} from '../../glossary/index.js'
import {cleanOffsets, cleanPosition} from '../../text/positions.js'
import {overlapping} from '../../text/spans.js'
import {documentVocabulary} from '../../lang/vocabulary.js'
import type {Heading, Root, Sentence, TermItem} from '../../tree.js'
import {lookupOf, tokensOf} from '../../layers.js'

/**
 * terms: glossary terms of every sentence and heading in all their inflected forms, outside entity names (the
 * entities stage runs first). A word that is no word of the language and one letter away from a term is
 * matched as `fuzzy`, with a diagnostic.
 */
export const terms: Plugin<[], Root> = function () {
  return (tree, file) => {
    const glossary = file.data.glossary
    if (!glossary) return
    const lang = file.data.lang!
    const {matcher} = compileGlossary(glossary, lang)

    // Counted by the slips stage; counted here when a processor leaves slips out.
    const {vocabulary} = (file.data.vocabulary ??= documentVocabulary(file.data.clean!.text, lang))

    visit(tree, (node) => node.type === 'sentence' || node.type === 'heading', (node) => {
      const sentence = node as Sentence | Heading
      const id = sentence.type === 'sentence' ? sentence.data.id : 'heading'
      const entities = sentence.type === 'sentence' ? (sentence.data.entities ?? []) : []
      const text = sentence.value
      const tokens = tokensOf(sentence, 'terms')
      // Tokens inside an entity name are taken; so are those a term covers.
      const taken = overlapping(tokens, entities)
      const matches = matcher.select(tokens, lookupOf(sentence, 'terms'), LAYER.term, taken)
      const covered = taken.slice()
      for (const match of matches) covered.fill(1, match.first, match.last + 1)
      tokens.forEach((token, index) => {
        // Cheapest tests first: most tokens are short, covered or capitalised.
        if (token.text.length < 6 || covered[index] || token.text !== token.key || !/^\p{Ll}+$/u.test(token.text) || vocabulary.isWord(token.key)) return
        const entry = matcher.fuzzy(token, LAYER.term)
        if (!entry) return
        matches.push({entry, first: index, last: index, start: token.start, end: token.end, fuzzy: true})
        report(file, {
          rule: 'fuzzy-term',
          severity: 'warning',
          message: {key: 'diagnostics.fuzzyTerm', values: {text: token.text, term: entry.source, en: entry.target}},
          place: cleanPosition(file, sentence.data.clean.start + token.start, sentence.data.clean.start + token.end),
          text: token.text,
          suggestion: entry.source
        })
      })
      matches.sort((a, b) => a.start - b.start)
      sentence.data.terms = matches.map(
        (match, index): TermItem => ({
          id: match.entry.id,
          ref: `${id}.t${index + 1}`,
          text: text.slice(match.start, match.end),
          start: match.start,
          end: match.end,
          lemma: match.entry.source,
          en: match.entry.target,
          fuzzy: match.fuzzy,
          raw: cleanOffsets(file, sentence.data.clean.start + match.start, sentence.data.clean.start + match.end)
        })
      )
    })
  }
}
