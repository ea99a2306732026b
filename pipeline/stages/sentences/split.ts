import type {Language} from '../../lang/index.js'
import {lower} from '../../text/casing.js'

export interface Span {
  start: number
  end: number
}

export interface Split {
  sentences: Span[]
  /** List markers found between items; they belong to no sentence. */
  markers: Span[]
}

export interface SplitOptions {
  /** Characters that open a list item (the recommendations' "*"). */
  markers: string
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')
/** Does the text up to and including a full stop end with a known abbreviation or an initial? */
function endsWithAbbreviation(before: string, lang: Language): boolean {
  const list = lang.patterns.abbreviations
  const tail = lower(before.slice(-12), lang.locale)
  for (const item of list) {
    if (tail.endsWith(item) && !/[\p{L}\p{N}]/u.test(tail.charAt(tail.length - item.length - 1))) return true
  }
  // A single capital with a stop is an initial (A. Əliyev), not a sentence.
  return /(?:^|[\s(“"])\p{Lu}\.$/u.test(before)
}

/**
 * Sentence spans of one paragraph. A sentence ends at . ! ? … (with closing quotes or brackets) before
 * a space and something that starts a sentence (capital, digit, opening quote, list marker); never at
 * a semicolon, inside a number (124,700 · 0,94), at an ordinal suffix (2-ci) or after an abbreviation.
 * A list marker at the start or after a stop opens a new item and is left out of both.
 */
export function splitSentences(text: string, lang: Language, options: SplitOptions): Split {
  const marks = escape(options.markers)
  // Each run of stops is tried from its first stop only (the lookbehind): tried from every stop of a long
  // run (a dotted leader line), the lookahead would be retried at every length, quadratic in the run.
  const boundary = new RegExp(
    `(?<![.!?…])[.!?…]+["”’»)\\]]*(?=\\s*[${marks}])|(?<![.!?…])[.!?…]+["”’»)\\]]*(?=\\s+["“„«(]?[\\p{Lu}\\d])`,
    'gu'
  )
  const marker = new RegExp(`^\\s*[${marks}]+`, 'u')
  const sentences: Span[] = []
  const markers: Span[] = []

  const push = (from: number, to: number) => {
    // A piece may start with list markers: record them and start the sentence after them.
    let start = from
    for (;;) {
      const match = marker.exec(text.slice(start, to))
      if (!match) break
      const at = start + match[0].search(/\S/u)
      markers.push({start: at, end: start + match[0].length})
      start += match[0].length
    }
    while (start < to && /\s/u.test(text[start]!)) start++
    let end = to
    while (end > start && /\s/u.test(text[end - 1]!)) end--
    if (end > start) sentences.push({start, end})
  }

  let from = 0
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length
    if (match[0].startsWith('.') && match[0].length === 1 && endsWithAbbreviation(text.slice(0, end), lang)) continue
    push(from, end)
    from = end
  }
  push(from, text.length)
  return {sentences, markers}
}
