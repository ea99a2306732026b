import {readFileSync} from 'node:fs'
import type {OutputDocument} from '../../pipeline/emit/index.js'
import {seedSentences} from './pipeline.js'

/** One annotated verb occurrence: its sentence, span and concept. */
export interface AnnotatedVerb {
  sentence: number
  text: string
  start: number
  end: number
  /** The glossary id the concept is found as (both annotations call labor inspections "monitor": v.inspect). */
  id: string
  form: string
  /** The annotator marked the concept choice as borderline (a near sense: "confirm" for report, "mobilize" for force). */
  borderline: boolean
}

/** An annotation of the seed's verb occurrences (tests/fixtures/seed/<file>), each span found in its sentence. */
function readAnnotation(file: string): AnnotatedVerb[] {
  return readFileSync(new URL(`../fixtures/seed/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [sentence, text, occurrence, concept, form, , note = ''] = line.split('\t') as [string, string, string, string, string, string, string?]
      const sentenceText = seedSentences[Number(sentence) - 1]!.text
      let start = -1
      for (let k = 0; k < Number(occurrence); k++) start = sentenceText.indexOf(text, start + 1)
      if (start < 0) throw new Error(`${file}: "${text}" is not in sentence ${sentence} ${occurrence} times`)
      const id = `v.${concept === 'monitor' ? 'inspect' : concept}`
      return {sentence: Number(sentence), text, start, end: start + text.length, id, form, borderline: note.includes('borderline')}
    })
}

const overlaps = (a: {start: number; end: number}, b: {start: number; end: number}) => a.start < b.end && b.start < a.end
const same = (a: AnnotatedVerb, b: AnnotatedVerb) => a.sentence === b.sentence && a.id === b.id && overlaps(a, b)

/**
 * Two independent annotations, each made by a helper that saw neither the code nor the other annotation:
 * verbs.tsv (the first, 197 occurrences) and verbs-second.tsv (made later, blind to the first, 166).
 */
export const firstAnnotation = readAnnotation('verbs.tsv')
export const secondAnnotation = readAnnotation('verbs-second.tsv')
/** The occurrences both annotators marked with the same concept on overlapping spans (the first's spans). */
export const agreedVerbs = firstAnnotation.filter((a) => secondAnnotation.some((b) => same(a, b)))

/** Found and missed annotations, and verbs found where the annotation has none (an overlapping span counts). */
export function verbScores(document: OutputDocument, annotation: readonly AnnotatedVerb[]) {
  const bySentence = new Map(document.sentences.map((sentence) => [sentence.text, sentence]))
  const verbsOf = (n: number) => bySentence.get(seedSentences[n - 1]!.text)?.verbs ?? []
  const found = annotation.filter((gold) => verbsOf(gold.sentence).some((verb) => verb.id === gold.id && overlaps(verb, gold)))
  const missed = annotation.filter((gold) => !found.includes(gold))
  const extra = seedSentences.flatMap((_, index) =>
    verbsOf(index + 1)
      .filter((verb) => !annotation.some((gold) => gold.sentence === index + 1 && overlaps(verb, gold)))
      .map((verb) => ({sentence: index + 1, text: verb.text, id: verb.id}))
  )
  return {found, missed, extra}
}
