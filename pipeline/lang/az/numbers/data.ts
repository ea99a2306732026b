import {lower} from '../../../text/casing.js'
import json from './data.json' with {type: 'json'}

/** Azerbaijani number data (data.json): number words, the nouns that type a figure, the rules for "bir". */
export interface NumberData {
  cardinals: Record<string, number>
  scales: Record<string, number>
  notNumbers: string[]
  ordinalSuffixes: string[]
  yearWords: string[]
  /** A reference's word (maddə, bənd, nömrəli) → the unit of the reference (article, point, number). */
  legalWords: Record<string, string>
  /** Marks before a reference number: №, no. */
  referenceMarks: string[]
  /** Month names → 1–12. */
  months: Record<string, number>
  percentWords: string[]
  units: Record<string, string>
  /** Words that may stand between a number and its unit (iş günü: working days). */
  unitQualifiers: string[]
  durationFrom: string[]
  durationTo: string[]
  currencies: {words: string[]; code: string}[]
  article: {notBefore: string[]; notAfter: string[]; pronouns: string[]; contrast: string[]}
  partitiveFrom: string[]
  countOf: string[]
  /** A number word with one of these before a count says a fraction: no count (üçdə biri). */
  fractionSuffixes: string[]
  reportingYear: string[]
  modifiers: {skip: string[]; skipSuffixes: string[]; prefix: Record<string, string>}
  counted: Record<string, string>
  personCues: Record<string, string>
}

/** JSON data minus its `$comment` keys (they document the file, they are not data). */
export const numberData: NumberData = JSON.parse(JSON.stringify(json), (key, item) => (key === '$comment' ? undefined : item))

/** The words of each phrase, lower case. */
const wordsOf = (phrase: string) => phrase.split(' ').map((word) => lower(word, 'az'))
/** Longest phrase first (in words): the first that matches is the longest. */
const longestFirst = (phrases: readonly string[]) => [...phrases].sort((a, b) => wordsOf(b).length - wordsOf(a).length)
/** Phrases grouped by the first letter (or word) they start with, longest first in each group. */
function grouped<T, K>(items: readonly T[], phraseOf: (item: T) => string, keyOf: (words: string[]) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  const sorted = [...items].sort((a, b) => wordsOf(phraseOf(b)).length - wordsOf(phraseOf(a)).length)
  for (const item of sorted) {
    const key = keyOf(wordsOf(phraseOf(item)))
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  return groups
}

/** A word's first two letters as one number: a cheap key for the look-ups made at every token. */
export const twoLetterKey = (word: string) => word.charCodeAt(0) * 65536 + word.charCodeAt(1)

const numberWords = [...Object.keys(numberData.cardinals), ...Object.keys(numberData.scales)]

/**
 * What the number grammar derives from its data, built once as this module loads (the data is small): word
 * sets and indexes for the look-ups made at every token, phrase lists in the order they are tried.
 */
export const numberIndex = {
  /** Every phrase of the data, as its lower-case words. */
  phraseWords: new Map(
    [
      ...numberData.yearWords, ...Object.keys(numberData.legalWords), ...Object.keys(numberData.months), ...numberData.percentWords, ...Object.keys(numberData.units),
      ...numberData.currencies.flatMap((currency) => currency.words), ...Object.keys(numberData.counted), ...numberData.reportingYear
    ].map((phrase) => [phrase, wordsOf(phrase)])
  ),
  notNumbers: new Set(numberData.notNumbers),
  numberWords: new Set(numberWords),
  /** Number words by first letter, for the inflected forms (üçü, beşi). */
  numberWordsByInitial: grouped(numberWords, (word) => word, (words) => words[0]![0]!),
  legalWords: longestFirst(Object.keys(numberData.legalWords)),
  /** The months by their first two letters. */
  monthsByStart: grouped(Object.entries(numberData.months), ([name]) => name, (words) => twoLetterKey(words[0]!)),
  referenceMarks: new Set(numberData.referenceMarks),
  percentWords: longestFirst(numberData.percentWords),
  currencies: numberData.currencies.map(({words, code}) => ({words: longestFirst(words), code})),
  /** Counted nouns ("qurban", "cinayət işi") by first letter, longest first: looked up after every count. */
  countedByInitial: grouped(Object.entries(numberData.counted), ([phrase]) => phrase, (words) => words[0]![0]!),
  /** Reporting-year phrases ("bu il", "il ərzində") by their first word, which stands uninflected. */
  reportingByFirst: grouped(numberData.reportingYear, (phrase) => phrase, (words) => words[0]!)
}

/** The lower-case words of a phrase (the data's phrases are split once, above). */
export const phraseWords = (phrase: string): string[] => numberIndex.phraseWords.get(phrase) ?? wordsOf(phrase)
