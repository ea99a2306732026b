import type {Plugin} from 'unified'
import {visit} from 'unist-util-visit'
import {compileGlossary, LAYER, type Match} from '../../glossary/index.js'
import type {Language} from '../../lang/index.js'
import {cleanOffsets} from '../../text/positions.js'
import {overlapping} from '../../text/spans.js'
import type {Root, Sentence, VerbItem} from '../../tree.js'
import {englishVerb} from '../../lang/en/verb-forms.js'
import {readAsVerb} from './reading.js'
import {lookupOf, tokensOf} from '../../layers.js'

/** What the part after a verb's stem says of its form (none matching: a finite form). */
function formOf(lang: Language, match: Pick<Match, 'entry' | 'rest'>): VerbItem['form'] {
  const verb = lang.inflection.verb
  if (!verb) return {kind: 'finite', passive: false, negated: false}
  const rest = match.rest ?? ''
  const stem = match.entry.source.split(' ').at(-1)!.replace(verb.infinitive, '')
  return {
    kind: verb.forms.find(([, pattern]) => pattern.test(rest))?.[0] ?? 'finite',
    passive: verb.passiveStems.includes(stem) || verb.passive.test(rest),
    negated: verb.negated.test(rest)
  }
}

/**
 * verbs: the glossary's verbs (rows with pos=verb) in every sentence, in every form (tense, person, voice,
 * negation, participles, verbal nouns, converbs, light-verb constructions such as məsuliyyətə cəlb etmək), with
 * the English verb in that form. A verbal noun may also be a noun term ("araşdırma", investigation): the two
 * layers are kept apart, so the terms stay as they were.
 */
export const verbs: Plugin<[], Root> = function () {
  return (tree, file) => {
    const glossary = file.data.glossary
    if (!glossary) return
    const lang = file.data.lang!
    const {matcher} = compileGlossary(glossary, lang)
    visit(tree, 'sentence', (node) => {
      const sentence = node as Sentence
      const tokens = tokensOf(sentence, 'verbs')
      // A name is no verb: tokens of entity names are taken.
      const terms = sentence.data.terms ?? []
      const matches = matcher
        .select(tokens, lookupOf(sentence, 'verbs'), LAYER.verb, overlapping(tokens, sentence.data.entities ?? []))
        .filter((match) => readAsVerb(match, tokens, terms, lang.inflection))
      sentence.data.verbs = matches.map((match, index): VerbItem => {
        const form = formOf(lang, match)
        return {
          id: match.entry.id,
          ref: `${sentence.data.id}.v${index + 1}`,
          text: sentence.value.slice(match.start, match.end),
          start: match.start,
          end: match.end,
          lemma: match.entry.source,
          form,
          en: englishVerb(match.entry.target, form),
          raw: cleanOffsets(file, sentence.data.clean.start + match.start, sentence.data.clean.start + match.end)
        }
      })
    })
  }
}
