import {readFileSync} from 'node:fs'
import type {OutputDocument} from '../../pipeline/emit/index.js'
import {seedSentences} from './pipeline.js'

/** One annotated verb occurrence (tests/fixtures/seed/verbs.tsv): its sentence, span and concept. */
export interface AnnotatedVerb {
  sentence: number
  text: string
  start: number
  end: number
  concept: string
  form: string
  /** The annotator marked the concept choice as borderline (a near sense: "confirm" for report, "mobilize" for force). */
  borderline: boolean
}

/** The independent annotation of the seed's verb occurrences, with each span found in its sentence. */
export const annotatedVerbs: AnnotatedVerb[] = readFileSync(new URL('../fixtures/seed/verbs.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [sentence, text, occurrence, concept, form, , note = ''] = line.split('\t') as [string, string, string, string, string, string, string?]
    const sentenceText = seedSentences[Number(sentence) - 1]!.text
    let start = -1
    for (let k = 0; k < Number(occurrence); k++) start = sentenceText.indexOf(text, start + 1)
    return {sentence: Number(sentence), text, start, end: start + text.length, concept, form, borderline: note.includes('borderline')}
  })

/** The glossary id an annotated concept is found as (the annotation calls labor inspections "monitor"). */
export const verbId = (concept: string) => `v.${concept === 'monitor' ? 'inspect' : concept}`

/** Found and missed annotations, and verbs found where the annotation has none (an overlapping span counts). */
export function verbScores(document: OutputDocument) {
  const bySentence = new Map(document.sentences.map((sentence) => [sentence.text, sentence]))
  const verbsOf = (n: number) => bySentence.get(seedSentences[n - 1]!.text)?.verbs ?? []
  const overlaps = (a: {start: number; end: number}, b: {start: number; end: number}) => a.start < b.end && b.start < a.end
  const found = annotatedVerbs.filter((gold) => verbsOf(gold.sentence).some((verb) => verb.id === verbId(gold.concept) && overlaps(verb, gold)))
  const missed = annotatedVerbs.filter((gold) => !found.includes(gold))
  const extra = seedSentences.flatMap((_, index) =>
    verbsOf(index + 1)
      .filter((verb) => !annotatedVerbs.some((gold) => gold.sentence === index + 1 && overlaps(verb, gold)))
      .map((verb) => ({sentence: index + 1, text: verb.text, id: verb.id}))
  )
  return {found, missed, extra}
}
