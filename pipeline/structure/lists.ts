import punctuation from '../lang/punctuation.json' with {type: 'json'}
import {classOf, CLOSERS, OPENERS, STOPS} from './sentence-end.js'

/** A range [start, end) of a paragraph's text. */
export interface Span {
  start: number
  end: number
}

/** The marks that open a list item (the recommendations' "*" and the bullets of exports: lang/punctuation.json). */
export const BULLETS = punctuation.bullets
/** The bullets as the content of a regular expression's character class. */
export const BULLET_CLASS = classOf(BULLETS).replace('*', '\\*')
const BULLET = `[${BULLET_CLASS}]`
/** Just after a bullet, a colon or a sentence's end: where a list item can open. */
const OPENS_ITEM = new RegExp(`(?:${BULLET}|:|${STOPS}${CLOSERS}*)\\s*$`, 'u')
const AFTER_BULLET = new RegExp(`${BULLET}\\s*$`, 'u')
/** Where a list item can begin: a bullet, a colon or semicolon, or a space. */
const BEFORE_ITEM = `(?:^|[\\s:;${BULLET_CLASS}])`
/**
 * A line that opens a list item: a bullet, or an item number or letter ("2.1. ", "a) ", "ç) "); a block that
 * opens with one is a new item, whatever ends the block before (the cleaning reads it).
 */
export const STARTS_ITEM = new RegExp(
  `^(?:${BULLET}+\\s*|["“”„«»]\\s+)?(?:${BULLET}|\\(?(?:\\d{1,3}(?:\\.\\d{1,3})*\\.?|\\p{Ll})\\)\\s|\\d{1,3}(?:\\.\\d{1,3})*\\.\\s|["“”„«»]\\s+[\\p{Lu}\\d])`,
  'u'
)

/**
 * An item number or letter as written before a list item: 1. 1) 1.) (1) a. a) (a) ii. The mark before it is
 * matched, not looked behind at: a pattern that opens with a look-behind is tried at every character, five times slower.
 */
const CANDIDATE = new RegExp(String.raw`${BEFORE_ITEM}(?<item>\((?<paren>\d{1,3}|\p{Ll}|[ivx]{1,4})\)|(?<bare>\d{1,3}|\p{Ll}|[ivx]{1,4})(?<close>\.\)|[.)]))(?=\s+(?:["“„«(]?[\p{Lu}\d]|(?<small>\p{Ll})))`, 'gu')

interface Candidate extends Span {
  /** Digits, a letter or a roman numeral, and how it is closed: items of one list share both. */
  style: string
  value: number
  /** Where an item can begin: the paragraph's start, after a bullet, a colon or a sentence end. */
  opens: boolean
  /** A letter in brackets at the paragraph's start, before a lower-case word: an item of a lettered list (a) qurbanları…). */
  lettered: boolean
}

const ROMAN: Record<string, number> = {i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10}

function candidates(text: string, letters: string): Candidate[] {
  const found: Candidate[] = []
  for (const match of text.matchAll(CANDIDATE)) {
    const {item, paren, bare, close, small} = match.groups!
    const index = match.index + match[0].length - item!.length
    const label = (paren ?? bare)!
    const form = paren ? '()' : close!
    // An item of a law's list goes on in lower case (a) qurbanları…); where a sentence can go on, a lower-case word is no item's.
    if (small !== undefined && (index !== 0 || form === '.')) continue
    const before = text.slice(Math.max(0, index - 3), index)
    const opens = index === 0 || OPENS_ITEM.test(before)
    const push = (kind: string, value: number) => found.push({start: index, end: index + item!.length, style: `${kind}${form}`, value, opens, lettered: kind === 'letter' && index === 0 && form !== '.'})
    if (/^\d/u.test(label)) push('digit', Number(label))
    else {
      // "i", "v", "x" may be a roman numeral or a letter: both readings are kept, a sequence decides.
      if (label.length === 1 && letters.includes(label)) push('letter', letters.indexOf(label) + 1)
      if (ROMAN[label] !== undefined) push('roman', ROMAN[label]!)
    }
  }
  return found
}

/** A point number of two or more levels before a capital (1.1. Text, 3.2.1. Text): a structural number wherever it stands. */
const POINT = new RegExp(String.raw`${BEFORE_ITEM}(?<item>\d{1,3}(?:\.\d{1,3})+\.?)(?=\s+${OPENERS}?\p{Lu})`, 'gu')

/**
 * Item numbers and letters of a list written in running text, to be taken out as list markers: a sequence
 * that starts at 1 (a, i) where an item can begin and goes on by one in the same style ("1. The first item
 * 2. The second item", "a) … b) … c) …", lettered in the language's order: `letters`); a digit at the paragraph's start
 * or after a bullet ("• 9. Stop…") and a letter in brackets at the paragraph's start ("ç) xarici…") on its own; a point number of two or more levels (1.1. Text) wherever it stands. A number that ends a sentence
 * ("rose to 5. The…") is in no sequence and stays text.
 */
export function listNumbers(text: string, letters = 'abcdefghijklmnopqrstuvwxyz'): Span[] {
  const all = candidates(text, letters)
  const taken = new Set<Candidate>()
  for (const first of all) {
    if (first.opens && first.style.startsWith('digit') && (first.start === 0 || AFTER_BULLET.test(text.slice(0, first.start)))) taken.add(first)
    if (first.lettered) taken.add(first)
    if (!first.opens || first.value !== 1) continue
    const chain = [first]
    for (const next of all) {
      const last = chain.at(-1)!
      if (next.start > last.start && next.style === last.style && next.value === last.value + 1) chain.push(next)
    }
    if (chain.length >= 2) for (const item of chain) taken.add(item)
  }
  const spans = [...taken].map(({start, end}) => ({start, end}))
  for (const match of text.matchAll(POINT)) spans.push({start: match.index + match[0].length - match.groups!.item!.length, end: match.index + match[0].length})
  // One span per place (a letter and a roman reading of "i." may both be taken).
  return [...new Map(spans.map((span) => [span.start, span])).values()].sort((a, b) => a.start - b.start)
}
