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
  namedBy: new Set(json.namedBy),
  countPhrases: Object.entries(json.countPhrases).map(([phrase, value]) => ({words: phrase.split(' '), value: value as number})).sort((a, b) => b.words.length - a.words.length),
  listWords: new Set([',', ...json.listWords]),
  inOrder: new Set(json.inOrder),
  dayMarkers: new Set(json.dayMarkers),
  periodAfterYear: json.periodAfterYear.map((phrase) => phrase.split(' ')),
  contrast: json.contrast.map((phrase) => phrase.split(' ')),
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
  // "a dozen", "half a dozen": a phrase that is a number.
  const first = index
  for (const {words, value} of data.countPhrases) {
    const length = phraseAt(tokens, first, words)
    if (length > 0) return {value, last: first + length - 1}
  }
  let afterScale = false
  for (let at = first; at < tokens.length; at++) {
    const token = tokens[at]!
    if (token.type !== 'word') break
    const parts = token.key.split('-')
    if (!parts.every((part) => data.cardinals.has(part) || data.scales.has(part))) {
      // "two hundred and fifty": an "and" after a scale word goes on the number; "five and seven" are two numbers.
      if (token.key === 'and' && last === at - 1 && afterScale && data.cardinals.has(tokens[at + 1]?.key ?? '')) continue
      break
    }
    afterScale = false
    for (const part of parts) {
      const scale = data.scales.get(part)
      if (scale === undefined) current += data.cardinals.get(part)!
      else if (scale < 1000) current = (current || 1) * scale
      else {
        total += (current || 1) * scale
        current = 0
      }
      afterScale = scale !== undefined
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
  // "10-15 years": a range in one token before a unit.
  if (!numeral.words && numeral.parts.length === 2 && unitOf(tokens[next])) {
    return {kind: 'duration_range', first, last: next, from: numeral.parts[0], to: numeral.parts[1], unit: unitOf(tokens[next])!}
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
  // "the 152 hotline": a name, not a count.
  if (!numeral.words && data.namedBy.has(tokens[next]?.key ?? '')) return {kind: 'identifier', first, last: numeral.last, value: tokens[first]!.text}
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

/** Figures a year belongs to: counts, amounts and shares. */
const DATED = new Set(['count', 'money', 'percent'])

/** Runs of items of one sort joined only by list words, at least two long: the figures or the years of a list. */
function lists(tokens: readonly Token[], items: RecognizedNumber[], sort: (item: RecognizedNumber) => boolean): number[][] {
  const runs: number[][] = []
  let run: number[] = []
  items.forEach((item, index) => {
    if (!sort(item) || item.conversionOf !== undefined) return
    const previous = run.at(-1)
    const joined = previous !== undefined && tokens.slice(items[previous]!.last + 1, item.first).every((token) => data.listWords.has(token.key))
    if (!joined) {
      if (run.length >= 2) runs.push(run)
      run = []
    }
    run.push(index)
  })
  if (run.length >= 2) runs.push(run)
  return runs
}

/**
 * Years of the figures. A year after "in", "during", "for" … (or a dated day after "on") marks figures: the one
 * after a figure, before the next figure and in its phrase (no comma between) is that figure's ("28 victims in 2019
 * and 30 in 2020", "12 … in 2020, up from nine in 2019"); else the nearest before it, unless a contrast stands
 * between ("In 2021, … 18 cases"; not in "… in 2021, compared with 18 cases … in 2020"); else the first after it in
 * its clause. A list of figures and a list of years as long, with "respectively", are paired in order ("five and
 * seven traffickers in 2020 and 2021, respectively"). "The reporting period" is the edition's year − 1.
 */
function years(tokens: readonly Token[], items: RecognizedNumber[], edition: number | null): Array<number | null> {
  const markers: Array<{token: number; year: number | null}> = []
  const yearOf = (item: RecognizedNumber) => (item.kind === 'year' ? Number(item.value) : item.kind === 'date' && /^\d{4}/u.test(String(item.value)) ? Number(String(item.value).slice(0, 4)) : null)
  for (const item of items) {
    const year = yearOf(item)
    const before = tokens[item.first - 1]?.key ?? ''
    // "in 2021", "on March 4, 2021", "the 2020 reporting period".
    const period = item.kind === 'year' && data.periodAfterYear.some((phrase) => phraseAt(tokens, item.last + 1, phrase) > 0)
    if (year !== null && (data.yearMarkers.has(before) || (item.kind === 'date' && data.dayMarkers.has(before)) || period)) markers.push({token: item.first, year})
  }
  for (let at = 0; at < tokens.length; at++) {
    for (const phrase of data.reporting) if (phraseAt(tokens, at, phrase) > 0) markers.push({token: at, year: edition === null ? null : edition - 1})
  }
  markers.sort((a, b) => a.token - b.token)
  const clauseEnd = (from: number) => {
    for (let at = from; at < tokens.length; at++) if (tokens[at]!.text === ';') return at
    return tokens.length
  }
  const result: Array<number | null | undefined> = items.map(() => undefined)
  if (tokens.some((token) => data.inOrder.has(token.key))) {
    const yearLists = lists(tokens, items, (item) => item.kind === 'year')
    for (const figures of lists(tokens, items, (item) => DATED.has(item.kind))) {
      const paired = yearLists.find((list) => list.length === figures.length && items[list[0]!]!.first > items[figures.at(-1)!]!.last)
      if (paired) figures.forEach((figure, k) => (result[figure] = Number(items[paired[k]!]!.value)))
    }
  }
  const figures = items.map((item, index) => (DATED.has(item.kind) && item.conversionOf === undefined ? index : -1)).filter((index) => index >= 0)
  // Where a contrast sets two periods apart ("…, compared with …"): a year before it dates no figure after it.
  const contrasts: number[] = []
  for (let at = 0; at < tokens.length; at++) if (data.contrast.some((phrase) => phraseAt(tokens, at, phrase) > 0)) contrasts.push(at)
  // Between a figure and its own year: no comma or stop outside brackets ("12 victims of forced labor in 2020").
  const phraseBetween = (from: number, to: number) => {
    let depth = 0
    for (let at = from; at < to; at++) {
      const text = tokens[at]!.text
      if (text === '(') depth++
      else if (text === ')') depth = Math.max(0, depth - 1)
      else if (depth === 0 && (text === ',' || text === ';' || text === '.')) return false
    }
    return true
  }
  return items.map((item, index) => {
    if (!DATED.has(item.kind)) return null
    if (result[index] !== undefined) return result[index]!
    const end = clauseEnd(item.last)
    const next = figures.find((other) => items[other]!.first > item.last)
    const until = Math.min(end, next === undefined ? end : items[next]!.first)
    const own = markers.find((marker) => marker.token > item.last && marker.token < until && phraseBetween(item.last + 1, marker.token))
    if (own) return own.year
    const before = markers.filter((marker) => marker.token < item.first).at(-1)
    if (before && !contrasts.some((at) => at > before.token && at < item.first)) return before.year
    const after = markers.find((marker) => marker.token > item.last && marker.token < end)
    if (after) return after.year
    return before ? before.year : null
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
      if (!DATED.has(item.kind)) return item
      const year = item.conversionOf === undefined ? dated[position]! : (dated[item.conversionOf] ?? null)
      if (item.kind !== 'count') return {...item, year}
      // "of them, 14 …" refers back to what was counted last.
      const counted = nounAfter(tokens, item) ?? (tokens[item.last + 1]?.key === 'of' ? last : null)
      if (counted) last = counted
      carry.counted = last
      return {...item, counted, year}
    })
  }
}
