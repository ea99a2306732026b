import type {Language, RecognizedNumber} from '../../types.js'
import {numberData, numberIndex, twoLetterKey} from './data.js'
import {phraseAt} from './forms.js'
import {isDay, isoDate, scanNumbers} from '../../scan.js'
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

/** The month a word names in any case form (mart, martın, martda), with the name it is a form of, or undefined. */
function monthOf(token: Token | undefined, lang: Language): {month: number; name: string} | undefined {
  if (!token || token.type !== 'word') return undefined
  // Asked at every word: the months by their first two letters first.
  for (const [name, month] of numberIndex.monthsByStart.get(twoLetterKey(token.key)) ?? []) {
    if (token.key.startsWith(name) && phraseAt([token], 0, name, lang) === 1) return {month, name}
  }
  return undefined
}

/**
 * A date written day first: "4 mart", "4 mart 2021-ci il(də)", with the year and the word "il" after it when the
 * text gives them. Returns undefined when no month follows the day.
 */
function dayMonth(tokens: readonly Token[], numeral: Numeral, lang: Language): Found | undefined {
  if (!isDay(numeral) || numeral.suffix !== '') return undefined
  const month = monthOf(tokens[numeral.last + 1], lang)?.month
  if (month === undefined) return undefined
  let last = numeral.last + 1
  let year: number | null = null
  const after = tokens[last + 1]
  if (after?.type === 'number' && after.parts!.length === 1 && isYear(after.parts![0]!) && !after.separated) {
    year = after.parts![0]!
    last++
    if (phraseAt(tokens, last + 1, numberData.yearWords[0]!, lang)) last++
  }
  return {kind: 'date', first: numeral.first, last, value: isoDate(numeral.value, month, year)}
}

/** A date written month first, the month in the genitive: "martın 4-də", "dekabrın 12-dən". */
function monthDay(tokens: readonly Token[], index: number, lang: Language): Found | undefined {
  const found = monthOf(tokens[index], lang)
  // The bare name is no genitive ("mart 4" is no date of this form).
  if (!found || tokens[index]!.key === found.name) return undefined
  const numeral = numeralAt(tokens, index + 1, numberData)
  if (!isDay(numeral)) return undefined
  return {kind: 'date', first: index, last: numeral.last, value: isoDate(numeral.value, found.month, null)}
}

/**
 * A reference number (an article, point, decision or case number), not a count: after a mark (№ 131, № 24510/06),
 * or before or after a word of a reference (190-cı maddə, 3.6-cı bəndinə, 133 nömrəli, 1.1. bəndi, maddə 5).
 * Its value is the number as written; its unit says what it numbers.
 */
function reference(tokens: readonly Token[], numeral: Numeral, lang: Language): Found | undefined {
  if (numeral.words) return undefined
  const first = numeral.first
  let last = numeral.last
  const written = (token: Token) => token.text.replace(/-\p{L}+$/u, '')
  let value = written(tokens[first]!)
  // A number written in one piece with slashes, points and brackets: 24510/06, 398.1.1-ci, 1(103)-482/2022.
  const touches = (at: number) => tokens[at] !== undefined && tokens[at - 1] !== undefined && tokens[at]!.start === tokens[at - 1]!.end
  for (;;) {
    if (touches(last + 1) && tokens[last + 1]!.text === ')' && value.includes('(')) {
      value += ')'
      last += 1
    } else if (touches(last + 1) && /^[/.(-]$/u.test(tokens[last + 1]!.text) && tokens[last + 2]?.type === 'number' && touches(last + 2)) {
      value += tokens[last + 1]!.text + written(tokens[last + 2]!)
      last += 2
    } else break
  }
  const unitAfter = (at: number) => {
    for (const word of numberIndex.legalWords) if (phraseAt(tokens, at, word, lang) > 0) return numberData.legalWords[word]
    return undefined
  }
  const mark = tokens[first - 1]
  if (mark && numberIndex.referenceMarks.has(mark.key.replace(/\.$/u, ''))) return {kind: 'legal_ref', first: first - 1, last, value, unit: 'number'}
  // "1.1. bəndi": the point's closing stop stands between the number and its word.
  const word = tokens[last + 1]?.text === '.' ? last + 2 : last + 1
  const after = unitAfter(word)
  if (after) return {kind: 'legal_ref', first, last: after === 'number' ? word : last, value, unit: after}
  const before = tokens[first - 1] ? unitAfter(first - 1) : undefined
  if (before && before !== 'number') return {kind: 'legal_ref', first, last, value, unit: before}
  return undefined
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
    (index) => ({kind: 'identifier', first: index, last: index, value: tokens[index]!.text}),
    (index) => monthDay(tokens, index, lang)
  )
  datesWithYears(tokens, found, lang)
  // Numbers coordinated with a reference are references (190 və 191-ci maddələrinə).
  for (let position = found.length - 2; position >= 0; position--) {
    const item = found[position]!
    const next = found[position + 1]!
    if ((item.kind !== 'count' && item.kind !== 'ordinal') || next.kind !== 'legal_ref' || item.numeral?.words) continue
    const between = tokens.slice(item.last + 1, next.first).map((token) => token.key).join(' ')
    if (['və', ',', 'və ya', '-'].includes(between)) found[position] = {kind: 'legal_ref', first: item.first, last: item.last, value: tokens[item.first]!.text.replace(/-\p{L}+$/u, ''), unit: next.unit!}
  }
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

  const date = dayMonth(tokens, numeral, lang)
  if (date) return date
  const ref = reference(tokens, numeral, lang)
  if (ref) return ref

  if (!numeral.words && numeral.parts.length === 2 && numeral.parts.every(isYear) && phraseAt(tokens, next, data.yearWords[0]!, lang)) {
    return {kind: 'year_range', first, last: numeral.last, from: numeral.parts[0], to: numeral.parts[1]}
  }
  if (!numeral.words && numeral.parts.length >= 2) return undefined
  // "üçdə biri" (one third): the number after a number word in the locative is a fraction's, no count.
  const previous = tokens[first - 1]
  if (previous?.type === 'word' && data.fractionSuffixes.some((suffix) => previous.key.endsWith(suffix) && numberIndex.numberWords.has(previous.key.slice(0, -suffix.length)))) return undefined
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

  // "10 iş günü": a qualifier of the unit (working, calendar) may stand between.
  const qualified = numberData.unitQualifiers.includes(tokens[next]?.key ?? '') ? next + 1 : next
  const unit = unitAt(tokens[qualified], lang)
  if (unit && numeral.suffix === '') return {kind: 'duration', first, last: qualified, value: numeral.value, unit: unit.unit}

  return {kind: 'count', first, last: numeral.last, value: numeral.value, numeral, partitive: numeral.suffix !== ''}
}

/**
 * A month-first date takes the year said just before it ("2021-ci il martın 4-də": one date from the year on);
 * a date without a year takes the sentence's one year, when it has exactly one.
 */
function datesWithYears(tokens: readonly Token[], found: Found[], lang: Language): void {
  for (let position = found.length - 1; position >= 1; position--) {
    const date = found[position]!
    const year = found[position - 1]!
    if (date.kind !== 'date' || !String(date.value).startsWith('--') || year.kind !== 'year') continue
    const between = tokens.slice(year.last + 1, date.first)
    if (between.length === 1 && phraseAt(tokens, year.last + 1, numberData.yearWords[0]!, lang) === 1) {
      found.splice(position - 1, 2, {kind: 'date', first: year.first, last: date.last, value: `${year.value}${String(date.value).slice(1)}`})
    }
  }
  const years = found.filter((item) => item.kind === 'year')
  if (years.length !== 1) return
  for (const item of found) if (item.kind === 'date' && String(item.value).startsWith('--')) item.value = `${years[0]!.value}${String(item.value).slice(1)}`
}
