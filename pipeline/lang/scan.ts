import type {Token} from '../text/tokens.js'
import type {RecognizedNumber} from './types.js'

/** A number as written, before its kind is known: digits, or number words (on dörd, twenty-five). */
export interface Numeral {
  /** Token index range [first, last] in the sentence. */
  first: number
  last: number
  value: number
  /** Hyphen-joined groups of a digit token (2020-2024 → [2020, 2024]). */
  parts: number[]
  words: boolean
  /** Suffix of digits (2021-ci → ci, 21st → st, 45% → %) or on the last number word (biri → i). */
  suffix: string
  /** Digits with a thousands or decimal separator. */
  separated: boolean
}

/** Is a bracket open at token `index` (one opened before it and not closed)? */
function opened(tokens: readonly Token[], index: number): boolean {
  let depth = 0
  for (let at = 0; at < index; at++) {
    if (tokens[at]!.text === '(') depth++
    else if (tokens[at]!.text === ')') depth = Math.max(0, depth - 1)
  }
  return depth > 0
}

/** Can a numeral be a date's day: digits alone (no words, no parts, no separators), a whole number 1–31? */
export const isDay = (numeral: Numeral | undefined): numeral is Numeral =>
  numeral !== undefined && !numeral.words && numeral.parts.length === 1 && !numeral.separated && Number.isInteger(numeral.value) && numeral.value >= 1 && numeral.value <= 31

/** A date's ISO 8601 value: 2021-03-04, or --03-04 when the text gives no year. */
export function isoDate(day: number, month: number, year: number | null): string {
  const two = (value: number) => String(value).padStart(2, '0')
  return `${year === null ? '-' : String(year)}-${two(month)}-${two(day)}`
}

/**
 * The walk every number grammar shares: identifiers (COVID-19) as they are, numeric dates (20/09/2013) as
 * dates, what the language reads before a numeral at a word (`phrase`: a month before its day, "martın 4-də",
 * "March 4"), each numeral handed to the language's `classify`, the tokens of a figure skipped, and a money
 * amount in brackets right after another amount marked as its conversion ("124,700 manat ($73,350)").
 */
export function scanNumbers<T extends RecognizedNumber>(
  tokens: readonly Token[],
  numeralAt: (index: number) => Numeral | undefined,
  classify: (numeral: Numeral) => T | undefined,
  identifier: (index: number) => T,
  phrase?: (index: number) => T | undefined
): T[] {
  const found: T[] = []
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index]!
    if (token.type === 'identifier') {
      found.push(identifier(index))
      index++
      continue
    }
    if (token.date) {
      found.push({kind: 'date', first: index, last: index, value: isoDate(token.date.day, token.date.month, token.date.year)} as T)
      index++
      continue
    }
    const at = token.type === 'word' && phrase ? phrase(index) : undefined
    if (at) {
      found.push(at)
      index = at.last + 1
      continue
    }
    const numeral = numeralAt(index)
    // "1) … 2) …": an item's number before a bracket that no bracket opened is no figure.
    if (numeral && tokens[numeral.last + 1]?.text === ')' && !opened(tokens, numeral.first)) {
      index = numeral.last + 1
      continue
    }
    const item = numeral ? classify(numeral) : undefined
    if (!numeral || !item) {
      index = numeral ? numeral.last + 1 : index + 1
      continue
    }
    const previous = found.at(-1)
    if (item.kind === 'money' && previous?.kind === 'money' && tokens[item.first - 1]?.text === '(' && previous.last === item.first - 2) {
      item.conversionOf = found.length - 1
    }
    found.push(item)
    index = item.last + 1
  }
  return found
}
