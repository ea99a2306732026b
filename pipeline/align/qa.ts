import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {type Diagnostic, report} from '../diagnostics.js'
import {compileGlossary, LAYER} from '../glossary/index.js'
import type {Language} from '../lang/index.js'
import {offsetsPosition} from '../text/positions.js'
import type {NumberItem, Sentence} from '../tree.js'
import {checkable, figureKeys} from './anchors.js'
import type {Bead} from './bead.js'

/** Below this, a bead is a question for the reviewer (align-low-confidence). */
export const LOW_CONFIDENCE = 0.3

export interface BeadSides {
  bead: Bead
  az: Sentence[]
  en: Sentence[]
  /** The Azerbaijani sentence before the bead, where an English-only bead is reported. */
  near: Sentence | undefined
}

const at = (position: Position): Position => ({start: position.start, end: position.end})
const quote = (text: string, limit = 90) => (text.length > limit ? `${text.slice(0, limit - 1)}…` : text)

/**
 * Translation QA of one bead, each finding a message of the Azerbaijani file with the English text and
 * place as its counterpart:
 * - qa-untranslated: a bead with no counterpart (1-0: left untranslated; 0-1: added in the English);
 * - qa-number: a figure one side has and the other has not, after normalization (value, not writing);
 * - qa-term: a glossary concept (term or entity) of the Azerbaijani whose English, or an accepted variant,
 *   the English side does not mention;
 * - align-low-confidence: a bead neither lengths nor anchors vouch for.
 */
export function checkPair({bead, az, en, near}: BeadSides, file: VFile, englishFile: VFile): void {
  // Every finding names its bead.
  const flag: Flag = (diagnostic) => report(file, {...diagnostic, bead: bead.id})
  const englishText = en.map((sentence) => sentence.value).join(' ')
  const englishPlace = en.length > 0 ? {start: en[0]!.position.start, end: en.at(-1)!.position.end} : undefined
  const counterpart = (text: string, place: Position | undefined) => (place ? {text, place, file: englishFile.path} : undefined)

  if (az.length === 0) {
    const place = near ? {start: near.position.end, end: near.position.end} : {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
    flag({
      rule: 'qa-untranslated',
      severity: 'warning',
      message: {key: 'diagnostics.englishOnly', values: {ids: en.map((s) => s.data.id).join(', '), text: quote(englishText)}},
      place,
      text: '',
      suggestion: {key: 'diagnostics.englishOnlyAdvice'},
      counterpart: counterpart(englishText, englishPlace)
    })
    return
  }
  const azText = az.map((sentence) => sentence.value).join(' ')
  const azPlace = {start: az[0]!.position.start, end: az.at(-1)!.position.end}
  if (en.length === 0) {
    flag({
      rule: 'qa-untranslated',
      severity: 'warning',
      message: {key: 'diagnostics.untranslated', values: {ids: az.map((s) => s.data.id).join(', ')}},
      place: at(azPlace),
      text: azText,
      suggestion: {key: 'diagnostics.untranslatedAdvice'}
    })
    return
  }
  if (bead.confidence < LOW_CONFIDENCE) {
    flag({
      rule: 'align-low-confidence',
      severity: 'warning',
      message: {key: 'diagnostics.lowConfidence', values: {bead: bead.id, shape: bead.shape, confidence: bead.confidence}},
      place: at(azPlace),
      text: azText,
      counterpart: counterpart(englishText, englishPlace)
    })
  }
  checkFigures(az, en, flag, counterpart, file, englishFile)
  checkConcepts(az, en, flag, file, englishFile, englishText, englishPlace, counterpart)
}

type Flag = (diagnostic: Diagnostic) => void
type Counterpart = (text: string, place: Position | undefined) => {text: string; place: Position; file: string} | undefined

interface Figure {
  item: NumberItem
  key: string
}

const figuresOf = (sentences: readonly Sentence[]): Figure[] =>
  sentences.flatMap((sentence) => (sentence.data.numbers ?? []).filter(checkable).flatMap((item) => figureKeys(item).map((key) => ({item, key}))))

/** Figures by value on both sides: what is left over on one side is missing or different on the other. */
function checkFigures(az: readonly Sentence[], en: readonly Sentence[], flag: Flag, counterpart: Counterpart, file: VFile, englishFile: VFile): void {
  const englishPlace = (item: NumberItem) => (item.raw ? offsetsPosition(englishFile, item.raw) : undefined)
  const left = figuresOf(az)
  const right = figuresOf(en)
  const unmatchedRight = [...right]
  const unmatchedLeft: Figure[] = []
  for (const figure of left) {
    const index = unmatchedRight.findIndex((other) => other.key === figure.key)
    if (index >= 0) unmatchedRight.splice(index, 1)
    else unmatchedLeft.push(figure)
  }
  // Leftovers of both sides, paired in order where their kinds agree: a figure that changed.
  for (const figure of unmatchedLeft) {
    const index = unmatchedRight.findIndex((other) => (other.item.kind === 'year') === (figure.item.kind === 'year'))
    const other = index >= 0 ? unmatchedRight.splice(index, 1)[0] : undefined
    flag({
      rule: 'qa-number',
      severity: 'warning',
      message: other
        ? {key: 'diagnostics.figureChanged', values: {text: figure.item.text, en: figure.item.en, other: other.item.text}}
        : {key: 'diagnostics.figureMissing', values: {text: figure.item.text, en: figure.item.en}},
      place: offsetsPosition(file, figure.item.raw!),
      text: figure.item.text,
      suggestion: figure.item.en,
      counterpart: other ? counterpart(other.item.text, englishPlace(other.item)) : undefined
    })
  }
  for (const other of unmatchedRight) {
    flag({
      rule: 'qa-number',
      severity: 'warning',
      message: {key: 'diagnostics.figureExtra', values: {text: other.item.text}},
      place: at({start: az[0]!.position.start, end: az.at(-1)!.position.end}),
      text: az.map((sentence) => sentence.value).join(' '),
      counterpart: counterpart(other.item.text, englishPlace(other.item))
    })
  }
}

/** Concepts of the Azerbaijani side (terms and entities) that the English does not mention in any wording. */
function checkConcepts(az: readonly Sentence[], en: readonly Sentence[], flag: Flag, file: VFile, englishFile: VFile, englishText: string, englishPlace: Position | undefined, counterpart: Counterpart): void {
  const glossary = file.data.glossary
  const english = englishFile.data.lang
  if (!glossary || !english) return
  const {matcher, wordings} = compileGlossary(glossary, english)
  const mentioned = new Set<string>()
  // The English side's content words as stems, in order ("victims of trafficking" → victim traffick).
  const stems: string[] = []
  const stem = english.stem ?? ((word: string) => word)
  const stop = new Set(english.stopwords)
  for (const sentence of en) {
    const tokens = sentence.data.tokens ?? []
    for (const id of matcher.ids(tokens, LAYER.entity | LAYER.term)) mentioned.add(id)
    for (const token of tokens) if (token.type === 'word') for (const part of token.key.split('-')) if (!stop.has(part)) stems.push(stem(part))
  }
  const worded = (words: readonly string[]) => words.length > 0 && stems.some((_, at) => words.every((word, k) => stems[at + k] === word))
  const reported = new Set<string>()
  for (const sentence of az) {
    // A currency inside an amount ("73,350 ABŞ dolları" = "$73,350") is the figure check's business.
    const money = (sentence.data.numbers ?? []).filter((item) => item.kind === 'money')
    for (const item of [...(sentence.data.entities ?? []), ...(sentence.data.terms ?? [])]) {
      if (mentioned.has(item.id) || reported.has(item.id)) continue
      if (money.some((amount) => amount.start < item.end && item.start < amount.end)) continue
      // Worded as another part of speech ("training" → "trained") it is still mentioned.
      if ((wordings.get(item.id) ?? []).some(worded)) continue
      reported.add(item.id)
      flag({
        rule: 'qa-term',
        severity: 'warning',
        message: {key: 'diagnostics.termMissing', values: {text: item.text, id: item.id, en: item.en, english: quote(englishText)}},
        place: offsetsPosition(file, item.raw!),
        text: item.text,
        suggestion: item.en,
        counterpart: counterpart(englishText, englishPlace)
      })
    }
  }
}
