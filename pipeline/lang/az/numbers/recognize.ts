import type {Language, RecognizedNumber} from '../../types.js'
import {numberData, numberIndex} from './data.js'
import {phraseAt} from './forms.js'
import {scanNumbers} from '../../scan.js'
import {type Numeral, numeralAt} from './numerals.js'
import type {Token} from '../../../text/tokens.js'

/** A recognised numeric expression, before context (counted noun, year) and English are added. */
/** A recognised numeric expression, before context (counted noun, year) is added. */
export interface Found extends Omit<RecognizedNumber, 'counted' | 'year'> {
  /** For counts: the numeral itself and whether it is a partitive ("14-ü", pronoun "biri"). */
  numeral?: Numeral
  partitive?: boolean
}

const isYear = (value: number) => Number.isInteger(value) && value >= 1900 && value <= 2100

/** Length of the first phrase of `phrases` (longest first, as numberIndex keeps them) at token `index`, 0 if none. */
function anyPhraseAt(tokens: readonly Token[], index: number, phrases: readonly string[], lang: Language): number {
  for (const phrase of phrases) {
    const length = phraseAt(tokens, index, phrase, lang)
    if (length > 0) return length
  }
  return 0
}

/** The unit (hour, day, month, year) a word is, with the suffix after the unit word. */
function unitAt(token: Token | undefined, lang: Language): {unit: string; suffix: string} | undefined {
  if (!token || token.type !== 'word') return undefined
  for (const [word, unit] of Object.entries(numberData.units)) {
    if (token.key === word) return {unit, suffix: ''}
    if (token.key.startsWith(word) && phraseAt([token], 0, word, lang) === 1) return {unit, suffix: token.key.slice(word.length)}
  }
  return undefined
}

/**
 * "5 ildən 10 ilədək", "7 ildən 10 ilə qədər": numeral, unit + ablative, numeral, unit + terminative.
 * Returns the last token index of the range, or undefined.
 */
function durationRange(tokens: readonly Token[], numeral: Numeral, lang: Language): Found | undefined {
  const {durationFrom, durationTo} = numberData
  const fromUnit = unitAt(tokens[numeral.last + 1], lang)
  if (!fromUnit || !durationFrom.some((suffix) => fromUnit.suffix === suffix)) return undefined
  const second = numeralAt(tokens, numeral.last + 2, numberData)
  if (!second) return undefined
  const toUnit = unitAt(tokens[second.last + 1], lang)
  if (!toUnit || toUnit.unit !== fromUnit.unit) return undefined
  let last = second.last + 1
  const closes = durationTo.find((ending) => {
    const [suffix, word] = ending.split(' ')
    if (toUnit.suffix !== suffix) return false
    if (word === undefined) return true
    if (tokens[last + 1]?.key !== word) return false
    last++
    return true
  })
  if (!closes) return undefined
  return {kind: 'duration_range', first: numeral.first, last, from: numeral.value, to: second.value, unit: fromUnit.unit}
}

/** Start of the last "digər bir" / "başqa bir" of a sentence (-1: none): "bir" before it means one. */
function lastContrast(tokens: readonly Token[]): number {
  const phrases = numberData.article.contrast.map((phrase) => phrase.split(' '))
  for (let at = tokens.length - 1; at >= 0; at--) {
    if (phrases.some((words) => words.every((word, k) => tokens[at + k]?.key === word))) return at
  }
  return -1
}

/** Decides whether a "bir" is the number one (true) or the article "a" (false), by the rules in numbers.json. */
function birIsNumber(tokens: readonly Token[], numeral: Numeral, lang: Language, otherCounts: boolean, contrast: number): 'pronoun' | 'number' | 'article' {
  const {article} = numberData
  const token = tokens[numeral.first]!
  const before = tokens[numeral.first - 1]
  const after = tokens[numeral.last + 1]
  if (before && (article.notAfter.includes(before.key) || before.key.endsWith('-'))) return 'article'
  if (article.pronouns.includes(token.key)) return 'pronoun'
  if (token.key !== 'bir') return 'article'
  if (after && article.notBefore.includes(after.key)) return 'article'
  if (unitAt(after, lang)) return 'number'
  // "bir … digər bir …": one … another.
  if (contrast > numeral.last) return 'number'
  return otherCounts ? 'number' : 'article'
}

/**
 * Every numeric expression of a sentence's tokens, in order. Digits first decide by their shape (ranges,
 * ordinal suffixes, separators) and then by the word after them (il, maddə, manat, saat, faiz); number
 * words go through the same decisions. What is left is a count.
 */
export function recognize(tokens: readonly Token[], lang: Language): Found[] {
  // Does the sentence count other things? Then "bir" before a counted noun is the number one, not "a".
  const state = {askedAboutBir: false}
  const first = scan(tokens, lang, false, state)
  // The second look changes only how "bir" reads: skip it when the sentence has none.
  if (!state.askedAboutBir) return first
  const counts = first.some((item) => item.kind === 'count' && !(item.numeral?.words && item.numeral.value === 1))
  return counts ? scan(tokens, lang, true, state) : first
}

function scan(tokens: readonly Token[], lang: Language, hasOtherCount: boolean, state: {askedAboutBir: boolean}): Found[] {
  const data = numberData
  const contrast = lastContrast(tokens)
  const found = scanNumbers<Found>(
    tokens,
    (index) => numeralAt(tokens, index, data),
    (numeral) => {
      if (numeral.words && numeral.value === 1) state.askedAboutBir = true
      return classify(tokens, numeral, lang, hasOtherCount, contrast)
    },
    (index) => ({kind: 'identifier', first: index, last: index, value: tokens[index]!.text})
  )
  // Years coordinated with a year (2021 və ya 2020-ci illərdə) are years too.
  for (const [position, item] of found.entries()) {
    const next = found[position + 1]
    if (item.kind !== 'count' || !next || next.kind !== 'year' || item.numeral?.words || !isYear(Number(item.value))) continue
    const between = tokens.slice(item.last + 1, next.first).map((token) => token.key).join(' ')
    if (['və', 'və ya', 'yaxud', ',', 'və yaxud'].includes(between)) {
      found[position] = {kind: 'year', first: item.first, last: item.last, value: item.value}
    }
  }
  return found
}

function classify(tokens: readonly Token[], numeral: Numeral, lang: Language, otherCounts: boolean, contrast: number): Found | undefined {
  const data = numberData
  const next = numeral.last + 1
  const {first} = numeral
  const ordinal = data.ordinalSuffixes.includes(numeral.suffix) && !numeral.words

  if (!numeral.words && numeral.parts.length === 2 && numeral.parts.every(isYear) && phraseAt(tokens, next, data.yearWords[0]!, lang)) {
    return {kind: 'year_range', first, last: numeral.last, from: numeral.parts[0], to: numeral.parts[1]}
  }
  if (!numeral.words && numeral.parts.length >= 2) {
    if (ordinal && anyPhraseAt(tokens, next, numberIndex.legalWords, lang)) {
      return {kind: 'legal_ref', first, last: numeral.last, value: numeral.parts.join('-')}
    }
    return undefined
  }
  if (numeral.words && numeral.value === 1) {
    const decision = birIsNumber(tokens, numeral, lang, otherCounts, contrast)
    if (decision === 'article') return undefined
    if (decision === 'pronoun') return {kind: 'count', first, last: numeral.last, value: 1, numeral, partitive: true}
  }

  const range = durationRange(tokens, numeral, lang)
  if (range) return range

  for (const {words, code} of numberIndex.currencies) {
    const length = anyPhraseAt(tokens, next, words, lang)
    if (length > 0) return {kind: 'money', first, last: next + length - 1, value: numeral.value, currency: code}
  }
  if (numeral.suffix === '%') return {kind: 'percent', first, last: numeral.last, value: numeral.value}
  const percent = anyPhraseAt(tokens, next, numberIndex.percentWords, lang)
  if (percent > 0) return {kind: 'percent', first, last: next + percent - 1, value: numeral.value}

  if (!numeral.words && isYear(numeral.value) && !numeral.separated) {
    if (ordinal || phraseAt(tokens, next, data.yearWords[0]!, lang)) return {kind: 'year', first, last: numeral.last, value: numeral.value}
  }
  if (ordinal) return {kind: 'ordinal', first, last: numeral.last, value: numeral.value}

  const unit = unitAt(tokens[next], lang)
  if (unit && numeral.suffix === '') return {kind: 'duration', first, last: next, value: numeral.value, unit: unit.unit}

  return {kind: 'count', first, last: numeral.last, value: numeral.value, numeral, partitive: numeral.suffix !== ''}
}
