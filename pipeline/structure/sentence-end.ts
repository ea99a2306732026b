import type {Language} from '../lang/index.js'
import punctuation from '../lang/punctuation.json' with {type: 'json'}
import {lower} from '../text/casing.js'

/** The marks as the content of a regular expression's character class. */
export const classOf = (marks: string) => marks.replace(/[\\\]^-]/gu, '\\$&')

/**
 * The marks a sentence ends with, the closing marks that may follow them and the opening marks that may come
 * before the next sentence's first word, as character classes for regular expressions: one definition for the
 * splitter, the cleaning, the headings, the sections and the OCR correction.
 */
export const STOPS = `[${classOf(punctuation.stops)}]`
export const CLOSERS = `[${classOf(punctuation.closers)}]`
export const OPENERS = `[${classOf(punctuation.openers)}]`

/** A line that ends a sentence (then the next line may start a new one): furniture, headings and paragraph breaks read it. */
export const ENDS_SENTENCE = new RegExp(`(?:${STOPS}|:)${CLOSERS}*$`, 'u')

/** The word after `at` (letters, digits, apostrophes), as written. */
const NEXT_WORD = new RegExp(`^\\s*${OPENERS}?([\\p{L}\\p{N}'’]+)`, 'u')
const nextWord = (text: string, at: number) => NEXT_WORD.exec(text.slice(at, at + 40))?.[1] ?? ''

/**
 * Does a full stop at `end` (exclusive) close an abbreviation or an initial rather than a sentence? Decided by
 * the abbreviation's class in the language data and by the word that follows.
 */
export function abbreviationHolds(text: string, end: number, lang: Language): boolean {
  const {list, starters, letterWords} = lang.patterns.abbreviations
  const before = text.slice(Math.max(0, end - 12), end)
  const tail = lower(before, lang.locale)
  const next = nextWord(text, end)
  for (const [item, kind] of list) {
    if (!tail.endsWith(item) || /[\p{L}\p{N}]/u.test(tail.charAt(tail.length - item.length - 1))) continue
    if (kind === 'never') return true
    if (kind === 'beforeNumber') return /^\p{N}/u.test(next)
    if (kind === 'endsBeforeCapital') return !/^\p{Lu}/u.test(next) || list.some(([title, other]) => other === 'never' && lower(text.slice(end).trimStart().slice(0, title.length), lang.locale) === title)
    // A new sentence shows in the word after it (U.S. How…), a name does not (U.S. Government).
    return !starters.has(lower(next, lang.locale)) && !/^\p{N}/u.test(next)
  }
  // A single capital with a stop is an initial (A. Əliyev, J. Smith), unless it is a word of its own (the
  // pronoun I after a lower-case word: "you and I. Did…").
  const initial = /(?:^|[\s(“"])(\p{Lu})\.$/u.exec(before)
  if (!initial) return false
  if (!letterWords.has(initial[1]!)) return true
  const previous = /(\S+)\s+\S+$/u.exec(text.slice(Math.max(0, end - 40), end))?.[1] ?? ''
  return /^\p{Lu}/u.test(previous)
}
