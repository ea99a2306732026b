import type {Language, SectionSpec} from '../lang/index.js'
import {CLOSERS, ENDS_SENTENCE, OPENERS, STOPS} from './sentence-end.js'

export interface HeadingMatch {
  spec: SectionSpec
  /** The heading as found, colon included. */
  text: string
}

/** The section heading at the start of a paragraph, if any (headings are written in capitals). */
export function matchHeading(text: string, lang: Language): HeadingMatch | undefined {
  for (const {spec, pattern} of lang.patterns.headings) {
    const match = pattern.exec(text)
    if (match) return {spec, text: match[0]}
  }
  return undefined
}

/** Does a sentence starting at `text` open the section (its formula), when the heading was lost? */
export function matchesFormula(text: string, spec: SectionSpec, lang: Language): boolean {
  return (lang.patterns.formulas.get(spec) ?? []).some((pattern) => pattern.test(text))
}

/** A label and its number, or a point number, alone: "Fəsil 3.", "Maddə 12.", "III.", "8.4." (the stop is the number's). */
const NUMBERED = /^(?:\p{L}+ )?(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6})\.$/u
/** A line in capitals (two letters or more, none small): a heading whatever mark ends it ("MÜƏYYƏN ETDİ:", "QƏRAR..."). */
const CAPITALS = /^(?=(?:[^\p{L}]*\p{Lu}){2})[^\p{Ll}]+$/u
const SENTENCE_INSIDE = new RegExp(`\\p{Ll}${STOPS}${CLOSERS}* +${OPENERS}?\\p{Lu}`, 'u')
const HEADING_LENGTH = 80
const HEADING_WORDS = 10

/**
 * Is a block of one line shaped as a heading of any document ("1. Giriş", "Qurbanlara yardım", "Maddə 2.")?
 * Short, opening with a capital or a number, and ending no sentence (the stop of a label's
 * number is a heading's: "Fəsil 3."; a line in capitals is a heading whatever ends it: "QƏRARA ALDI:"). Only a line standing alone is asked: a short line inside a paragraph is no heading.
 */
export function headingShaped(text: string): boolean {
  if (text.length > HEADING_LENGTH || !/^[\p{Lu}\d]/u.test(text)) return false
  if (ENDS_SENTENCE.test(text) && !NUMBERED.test(text) && !CAPITALS.test(text)) return false
  // A sentence that ends inside it is text (a stop after a number is a label's: "Maddə 2. Mərkəzin vəzifələri").
  if (SENTENCE_INSIDE.test(text)) return false
  let words = 1
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) if (++words > HEADING_WORDS) return false
  return true
}
