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

/**
 * The walk every number grammar shares: identifiers (COVID-19) as they are, each numeral handed to the
 * language's `classify`, the tokens of a figure skipped, and a money amount in brackets right after another
 * amount marked as its conversion ("124,700 manat ($73,350)").
 */
export function scanNumbers<T extends RecognizedNumber>(
  tokens: readonly Token[],
  numeralAt: (index: number) => Numeral | undefined,
  classify: (numeral: Numeral) => T | undefined,
  identifier: (index: number) => T
): T[] {
  const found: T[] = []
  let index = 0
  while (index < tokens.length) {
    if (tokens[index]!.type === 'identifier') {
      found.push(identifier(index))
      index++
      continue
    }
    const numeral = numeralAt(index)
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
