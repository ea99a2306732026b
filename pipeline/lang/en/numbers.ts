import NounInflector from 'natural/lib/natural/inflectors/noun_inflector.js'
import type {Token} from '../../text/tokens.js'
import {isDay, isoDate, type Numeral, scanNumbers} from '../scan.js'
import type {NumberContext, NumberGrammar, RecognizedNumber} from '../types.js'
import json from './numbers.json' with {type: 'json'}

const isYear = (value: number) => Number.isInteger(value) && value >= 1900 && value <= 2100
const ORDINAL = new Set(['st', 'nd', 'rd', 'th'])

/** The English number data compiled once: word sets and phrase lists as token keys. */
const data = {
  cardinals: new Map(Object.entries(json.cardinals)),
  scales: new Map(Object.entries(json.scales)),
  notAlone: new Set(json.notAlone),
  units: new Map(Object.entries(json.units)),
  rangeWords: new Set(json.rangeWords),
  currencies: json.currencies.map(({words, code}) => ({phrases: words.map((word) => word.split(' ')), code})),
  percent: json.percentWords.map((word) => word.split(' ')),
  legal: new Set(json.legalWords),
  referenceMarks: new Set(json.referenceMarks),
  months: new Map(Object.entries(json.months)),
  counted: new Set(json.counted),
  modifiers: new Set(json.modifiers),
  yearMarkers: new Set(json.yearMarkers),
  reporting: json.reportingYear.map((phrase) => phrase.split(' '))
}
const inflector = new NounInflector()

/** The singular of a plural noun key when it is a counted noun ("cases" → case, "children" → child). */
function countedNoun(key: string): string | undefined {
  for (const candidate of [key, key.replace(/'s$|’s$/u, ''), key.replace(/s$/u, ''), key.replace(/es$/u, ''), inflector.singularize(key)]) {
    if (data.counted.has(candidate)) return candidate
  }
  return undefined
}

/** Length of the phrase (token keys) at `index`, 0 if it is not there. Dots of "u.s." are inside one token or split off. */
function phraseAt(tokens: readonly Token[], index: number, words: readonly string[]): number {
  let at = index
  for (const word of words) {
    let key = tokens[at]?.key
    // "U.S." is tokenized as u . s . — join letters and dots back.
    if (word.includes('.') && key !== undefined) {
      let joined = ''
      let k = at
      while (k < tokens.length && joined.length < word.length && (tokens[k]!.type === 'word' || tokens[k]!.text === '.')) joined += tokens[k++]!.key
      if (joined === word) {
        at = k
        continue
      }
      return 0
    }
    if (key !== word) return 0
    at++
  }
  return at - index
}

/** A run of number words (twenty-five, two hundred fifty, 1.5 million) at `index`: value and last token. */
function wordsAt(tokens: readonly Token[], index: number): {value: number; last: number} | undefined {
  let total = 0
  let current = 0
  let last = -1
  for (let at = index; at < tokens.length; at++) {
    const token = tokens[at]!
    if (token.type !== 'word') break
    const parts = token.key.split('-')
    if (!parts.every((part) => data.cardinals.has(part) || data.scales.has(part))) {
      // "two hundred and fifty": an "and" between number words.
      if (token.key === 'and' && last === at - 1 && data.cardinals.has(tokens[at + 1]?.key ?? '')) continue
      break
    }
    for (const part of parts) {
      const scale = data.scales.get(part)
      if (scale === undefined) current += data.cardinals.get(part)!
      else if (scale === 100) current = (current || 1) * 100
      else {
        total += (current || 1) * scale
        current = 0
      }
    }
    last = at
  }
  return last < 0 ? undefined : {value: total + current, last}
}

function numeralAt(tokens: readonly Token[], index: number): Numeral | undefined {
  const token = tokens[index]!
  if (token.type === 'number') {
    let last = index
    let value = token.parts![0]!
    // "1.5 million", "2 million".
    const scale = data.scales.get(tokens[index + 1]?.key ?? '')
    if (scale !== undefined && scale >= 1000 && token.parts!.length === 1) {
      value *= scale
      last++
    }
    return {first: index, last, value, parts: token.parts!, words: false, suffix: token.suffix ?? '', separated: token.separated!}
  }
  const words = wordsAt(tokens, index)
  if (!words) return undefined
  return {first: index, last: words.last, value: words.value, parts: [words.value], words: true, suffix: '', separated: false}
}

/**
 * The month a word names: a full name or a short one (Mar, Sept.) that starts with a capital. Only with a day
 * beside it, which the callers check: "May" opens sentences as a verb too.
 */
function monthOf(token: Token | undefined): number | undefined {
  if (!token || token.type !== 'word' || !/^\p{Lu}/u.test(token.text)) return undefined
  return data.months.get(token.key)
}

/** A four-digit year after a date's day, with the comma US style puts between them ("March 4, 2021"). */
function yearAfter(tokens: readonly Token[], index: number): {year: number; last: number} | undefined {
  const at = tokens[index]?.text === ',' ? index + 1 : index
  const token = tokens[at]
  if (token?.type === 'number' && token.parts!.length === 1 && !token.separated && isYear(token.parts![0]!) && !token.suffix) return {year: token.parts![0]!, last: at}
  return undefined
}

/** A date that starts with its month: "March 4", "March 4, 2021" (a "4th" is a day too). */
function monthFirst(tokens: readonly Token[], index: number): RecognizedNumber | undefined {
  const month = monthOf(tokens[index])
  if (month === undefined) return undefined
  const day = numeralAt(tokens, index + 1)
  if (!isDay(day) || (day.suffix !== '' && !ORDINAL.has(day.suffix))) return undefined
  // "In May 5 victims left": a number before what it counts is a count.
  const after = tokens[day.last + 1]
  if (after?.type === 'word' && (countedNoun(after.key) || data.modifiers.has(after.key))) return undefined
  const year = yearAfter(tokens, day.last + 1)
  return {kind: 'date', first: index, last: year?.last ?? day.last, value: isoDate(day.value, month, year?.year ?? null)}
}

/** The duration unit a token is (years → year), or undefined. */
const unitOf = (token: Token | undefined) => (token?.type === 'word' ? data.units.get(token.key.replace(/['’]s?$/u, '').replace(/s$/u, '')) : undefined)

function classify(tokens: readonly Token[], numeral: Numeral): RecognizedNumber | undefined {
  const {first} = numeral
  const next = numeral.last + 1
  const before = tokens[first - 1]
  if (!numeral.words && numeral.parts.length === 2 && numeral.parts.every(isYear)) {
    return {kind: 'year_range', first, last: numeral.last, from: numeral.parts[0], to: numeral.parts[1]}
  }
  if (!numeral.words && numeral.parts.length >= 2) {
    const legal = [tokens[first - 1], tokens[first - 3]].some((token) => token && data.legal.has(token.key))
    return legal ? {kind: 'legal_ref', first: legal && data.legal.has(before?.key ?? '') ? first - 1 : first, last: numeral.last, value: numeral.parts.join('-'), unit: 'article'} : undefined
  }
  if (before && data.legal.has(before.key) && !numeral.words) return {kind: 'legal_ref', first: first - 1, last: numeral.last, value: String(numeral.value), unit: 'article'}
  // "No. 133", "No 24510/06": a document's number (the stop of "No." is a token of its own).
  const mark = before?.text === '.' ? tokens[first - 2] : before
  if (mark && data.referenceMarks.has(mark.key) && !numeral.words && /^\p{Lu}|№/u.test(mark.text)) {
    const slash = tokens[next]?.text === '/' && tokens[next + 1]?.type === 'number'
    return {kind: 'legal_ref', first: tokens.indexOf(mark), last: slash ? next + 1 : numeral.last, value: slash ? `${tokens[first]!.text}/${tokens[next + 1]!.text}` : tokens[first]!.text, unit: 'number'}
  }
  // "4 March 2021", "4 March": a day before its month.
  const month = isDay(numeral) && numeral.suffix === '' ? monthOf(tokens[next]) : undefined
  if (month !== undefined) {
    const year = yearAfter(tokens, next + 1)
    return {kind: 'date', first, last: year?.last ?? next, value: isoDate(numeral.value, month, year?.year ?? null)}
  }
  // "$73,350": the sign before the amount.
  if (before?.text === '$') return {kind: 'money', first: first - 1, last: numeral.last, value: numeral.value, currency: 'USD'}
  for (const {phrases, code} of data.currencies) {
    for (const phrase of phrases) {
      const length = phraseAt(tokens, next, phrase)
      if (length > 0) return {kind: 'money', first, last: next + length - 1, value: numeral.value, currency: code}
    }
  }
  if (numeral.suffix === '%') return {kind: 'percent', first, last: numeral.last, value: numeral.value}
  for (const phrase of data.percent) {
    const length = phraseAt(tokens, next, phrase)
    if (length > 0) return {kind: 'percent', first, last: next + length - 1, value: numeral.value}
  }
  if (ORDINAL.has(numeral.suffix)) return {kind: 'ordinal', first, last: numeral.last, value: numeral.value}
  if (!numeral.words && !numeral.separated && isYear(numeral.value) && numeral.parts.length === 1) {
    return {kind: 'year', first, last: numeral.last, value: numeral.value}
  }
  // "five to 10 years", "between two and five years".
  const second = data.rangeWords.has(tokens[next]?.key ?? '') ? numeralAt(tokens, next + 1) : undefined
  if (second && unitOf(tokens[second.last + 1])) {
    return {kind: 'duration_range', first, last: second.last + 1, from: numeral.value, to: second.value, unit: unitOf(tokens[second.last + 1])!}
  }
  const unit = unitOf(tokens[next])
  if (unit) return {kind: 'duration', first, last: next, value: numeral.value, unit}
  if (numeral.words && data.notAlone.has(tokens[first]!.key) && numeral.last === first) return undefined
  return {kind: 'count', first, last: numeral.last, value: numeral.value}
}

/** The noun a count counts: the first noun after the number, over a few modifiers (officially recognized victims). */
function nounAfter(tokens: readonly Token[], item: RecognizedNumber): string | null {
  for (let at = item.last + 1, skipped = 0; at < tokens.length && skipped <= 3; at++, skipped++) {
    const token = tokens[at]!
    if (token.type !== 'word') return null
    const noun = countedNoun(token.key)
    // "potential victims": a counted phrase of two words.
    if (noun && data.modifiers.has(token.key) && countedNoun(tokens[at + 1]?.key ?? '')) continue
    if (noun) return at > item.last + 1 && tokens[at - 1]!.key === 'potential' ? `potential ${noun}` : noun
    if (!data.modifiers.has(token.key)) return null
  }
  return null
}

/**
 * Years of the figures: a year after "in", "during", "for" … marks the figures of its clause (the nearest
 * marker before a figure, else the first after it); "the reporting period" is the edition's year − 1.
 */
function years(tokens: readonly Token[], items: RecognizedNumber[], edition: number | null): Array<number | null> {
  const markers: Array<{token: number; year: number | null}> = []
  for (const item of items) {
    if (item.kind === 'year' && data.yearMarkers.has(tokens[item.first - 1]?.key ?? '')) markers.push({token: item.first, year: Number(item.value)})
  }
  for (let at = 0; at < tokens.length; at++) {
    for (const phrase of data.reporting) if (phraseAt(tokens, at, phrase) > 0) markers.push({token: at, year: edition === null ? null : edition - 1})
  }
  markers.sort((a, b) => a.token - b.token)
  const clauseEnd = (from: number) => {
    for (let at = from; at < tokens.length; at++) if (tokens[at]!.text === ';') return at
    return tokens.length
  }
  return items.map((item) => {
    if (item.kind !== 'count' && item.kind !== 'money') return null
    const before = markers.filter((marker) => marker.token < item.first).at(-1)
    if (before) return before.year
    const after = markers.find((marker) => marker.token > item.last && marker.token < clauseEnd(item.last))
    return after ? after.year : null
  })
}

/** English figures: digits (124,700; 21st; 45%), number words (twenty-five), $ amounts, manat, ranges, articles. */
export const enNumbers: NumberGrammar = {
  find(tokens, {edition, carry}: NumberContext) {
    const found = scanNumbers<RecognizedNumber>(
      tokens,
      (index) => numeralAt(tokens, index),
      (numeral) => classify(tokens, numeral),
      (index) => ({kind: 'identifier', first: index, last: index, value: tokens[index]!.text}),
      (index) => monthFirst(tokens, index)
    )
    const dated = years(tokens, found, edition)
    let last = carry.counted
    return found.map((item, position) => {
      if (item.kind !== 'count' && item.kind !== 'money') return item
      const year = item.conversionOf === undefined ? dated[position]! : (dated[item.conversionOf] ?? null)
      if (item.kind === 'money') return {...item, year}
      // "of them, 14 …" refers back to what was counted last.
      const counted = nounAfter(tokens, item) ?? (tokens[item.last + 1]?.key === 'of' ? last : null)
      if (counted) last = counted
      carry.counted = last
      return {...item, counted, year}
    })
  }
}
