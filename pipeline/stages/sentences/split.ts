import type {Language} from '../../lang/index.js'
import {abbreviationHolds, CLOSERS, OPENERS, STOPS} from '../../structure/sentence-end.js'
import {listNumbers, type Span} from '../../structure/lists.js'

export interface Split {
  sentences: Span[]
  /** List markers found between items (bullets, item numbers and letters); they belong to no sentence. */
  markers: Span[]
}

export interface SplitOptions {
  /** Characters that open a list item (the recommendations' "*"). */
  markers: string
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')

/** A quotation mark that opens nothing (a space after it): a list's bullet as OCR reads it. */
const LONE_MARK = '["“”„«»]'
/** A full stop and the closing marks after it: a stop an abbreviation may own. */
const FULL_STOP = new RegExp(`^\\.${CLOSERS}*$`, 'u')

/** Ranges of spaced ellipses (". . ."): three dots inside a sentence, a fourth closing one. */
function spacedEllipses(text: string): Array<{start: number; end: number; closes: boolean}> {
  const found = []
  for (const match of text.matchAll(/\.(?:[ \u00A0]\.){2,}/gu)) {
    const dots = (match[0].match(/\./gu) ?? []).length
    found.push({start: match.index, end: match.index + match[0].length, closes: dots >= 4})
  }
  return found
}

/**
 * Sentence spans of one paragraph. A sentence ends at . ! ? … (with closing quotes or brackets) before
 * a space and something that starts a sentence (capital, digit, opening quote, list marker); never at
 * a semicolon, inside a number (124,700 · 0,94), at an ordinal suffix (2-ci), after an abbreviation that
 * holds there (the language's classes), at an elision ("[...]", ". . ."), or before a citation that closes
 * the sentence (“…” (Smith 55).). A list marker (a bullet, or an item number or letter in sequence, lists.ts)
 * opens a new item and is left out of both items.
 */
export function splitSentences(text: string, lang: Language, options: SplitOptions): Split {
  const marks = escape(options.markers)
  // Each run of stops is tried from its first stop only (the lookbehind): tried from every stop of a long
  // run (a dotted leader line), the lookahead would be retried at every length, quadratic in the run.
  // A quotation mark standing alone (a space after it) at an item's start is a bullet as OCR reads one.
  const boundary = new RegExp(
    `(?<!${STOPS})${STOPS}+${CLOSERS}*(?=\\s*[${marks}]|\\s+${LONE_MARK}\\s+[\\p{Lu}\\d])|(?<!${STOPS})${STOPS}+${CLOSERS}*(?=\\s+${OPENERS}?[\\p{Lu}\\d])`,
    'gu'
  )
  const bullet = new RegExp(`^\\s*(?:[${marks}]+|${LONE_MARK}(?=\\s+[\\p{Lu}\\d]))`, 'u')
  const numbers = listNumbers(text, lang.patterns.abbreviations.itemLetters)
  const numberAt = new Map(numbers.map((span) => [span.start, span]))
  const ellipses = spacedEllipses(text)
  const sentences: Span[] = []
  const markers: Span[] = []

  const push = (from: number, to: number) => {
    // A piece may start with list markers (bullets, then an item number): record them, start after them.
    let start = from
    for (;;) {
      while (start < to && /\s/u.test(text[start]!)) start++
      const match = bullet.exec(text.slice(start, to))
      if (match) {
        markers.push({start, end: start + match[0].length})
        start += match[0].length
        continue
      }
      const number = numberAt.get(start)
      if (number && number.end <= to) {
        markers.push(number)
        start = number.end
        continue
      }
      break
    }
    let end = to
    while (end > start && /\s/u.test(text[end - 1]!)) end--
    if (end > start) sentences.push({start, end})
  }

  // Cuts: after a sentence end, and before an item number that is not at a sentence end already.
  const cuts: number[] = []
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length
    const stop = match[0]
    if (stop.startsWith('.') && FULL_STOP.test(stop) && abbreviationHolds(text, match.index + 1, lang)) continue
    // The stop of an item number ("item 2. The second") is the next item's start, cut below.
    if (numbers.some((span) => match.index >= span.start && match.index < span.end)) continue
    // An elision in brackets ("[...]") or a spaced ellipsis is no end (a fourth dot is).
    if (/[[(]$/u.test(text.slice(0, match.index))) continue
    if (ellipses.some((range) => match.index >= range.start && match.index < range.end && !(range.closes && end >= range.end))) continue
    // A citation after a quotation closes the sentence: “…” (Smith 55).
    if (/["”’»]$/u.test(stop) && /^\s*\([^()\n]{1,80}\)[.!?]/u.test(text.slice(end, end + 90))) continue
    cuts.push(end)
  }
  for (const number of numbers) if (number.start > 0) cuts.push(number.start)
  cuts.sort((a, b) => a - b)

  let from = 0
  for (const cut of cuts) {
    if (cut <= from) continue
    push(from, cut)
    from = cut
  }
  push(from, text.length)
  return {sentences, markers}
}
