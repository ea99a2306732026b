import type {Language} from '../lang/index.js'
import {lower} from '../text/casing.js'
import {matchHeading} from './headings.js'
import {CLOSERS, ENDS_SENTENCE, STOPS} from './sentence-end.js'

/** A line that ends as a sentence or a clause does: text, never furniture. */
const ENDS_CLAUSE = new RegExp(`(?:${STOPS}|[;:])${CLOSERS}*$`, 'u')
import {matchTitle} from './title.js'

export type LineKind = 'blank' | 'content' | 'page-number' | 'running-header' | 'separator' | 'chrome' | 'footnote' | 'table'

/** A line of dashes, underscores or dots alone (a rule above footnotes, a divider). */
const SEPARATOR = /^[-_=–—.·*•~]{5,}$/u
/** A footnote's text: its number (or a superscript) and the note. */
const FOOTNOTE = /^(?:\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*\S/u
const SUPERSCRIPT_NOTE = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*\p{L}/u
/** A footnote's text with no rule above it: a bare number (no stop or bracket after it), a space and a capital. */
const BARE_NOTE = /^([1-9]\d?) \p{Lu}/u


const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g

/** A line as a reader sees it: invisible characters gone, look-alike letters mapped, spaces folded, trimmed, NFC. */
export function visible(line: string, lang: Language): string {
  const {lookalikes} = lang
  return line
    .replace(INVISIBLE, '')
    .replace(lang.patterns.lookalike, (char) => lookalikes[char]!)
    .replace(SPACES, ' ')
    .trim()
    .normalize('NFC')
}

/**
 * Sorts lines into blank, content and page furniture. Page numbers are recognised by the language's
 * patterns; a running header or footer is a short line that repeats (digits ignored) next to page breaks
 * and is no sentence, title or heading.
 */
export function classifyLines(lines: readonly string[], lang: Language): LineKind[] {
  const pageNumber = lang.furniture.pageNumber.map((source) => new RegExp(source, 'u'))
  const {minRepeats, maxLength, maxWords} = lang.furniture.runningHeader
  const shown = lines.map((line) => visible(line, lang))
  const kinds: LineKind[] = shown.map((text) =>
    text === '' ? 'blank' : pageNumber.some((pattern) => pattern.test(text)) ? 'page-number' : 'content'
  )

  // Repeats are compared as a reader would: case and page numbers ignored.
  const keyOf = (index: number) => lower(shown[index]!, lang.locale).replace(/\d+/g, '#')
  const groups = new Map<string, number[]>()
  shown.forEach((text, index) => {
    if (kinds[index] !== 'content' || text.length > maxLength || !/\p{L}/u.test(text)) return
    // Text, a title or a section heading is never furniture, however often a batch file repeats it.
    if (text.split(' ').length > maxWords || ENDS_CLAUSE.test(text)) return
    if (matchTitle(text, lang) || matchHeading(text, lang)) return
    const key = keyOf(index)
    const group = groups.get(key)
    if (group) group.push(index)
    else groups.set(key, [index])
  })

  /** Walks from `index` in `step` direction over blank lines: is a page break next to it? */
  const pageBreakNear = (index: number, step: number): boolean => {
    // A page's first line carries the form feed itself (pdftotext writes "\fHeader").
    if (step < 0 && lines[index]!.startsWith('\f')) return true
    let blanks = 0
    for (let at = index + step; at >= 0 && at < lines.length; at += step) {
      if (lines[at]!.includes('\f')) return true
      if (kinds[at] === 'blank') {
        blanks++
        continue
      }
      return blanks >= 2 || kinds[at] === 'page-number' || (groups.get(keyOf(at))?.length ?? 0) >= minRepeats
    }
    return true
  }

  /** A lower-case line after a line that ends in a hyphen continues a broken word: never furniture. */
  const continuesWord = (index: number) => {
    if (!/^\p{Ll}/u.test(shown[index]!)) return false
    for (let at = index - 1; at >= 0; at--) {
      if (kinds[at] === 'content') return /-$/u.test(shown[at]!)
    }
    return false
  }

  /**
   * A line that starts in lower case after text that does not end a sentence (page numbers, blank lines and
   * repeated lines skipped) continues that sentence across the page break: prose, whatever repeats it.
   */
  const continuesSentence = (index: number) => {
    if (!/^\p{Ll}/u.test(shown[index]!)) return false
    for (let at = index - 1; at >= 0; at--) {
      if (kinds[at] !== 'content' || (groups.get(keyOf(at))?.length ?? 0) >= minRepeats) continue
      return !ENDS_SENTENCE.test(shown[at]!)
    }
    return false
  }

  /** The nearest non-blank line from `index` in `step` direction, as shown. */
  const neighbour = (index: number, step: number): string => {
    for (let at = index + step; at >= 0 && at < lines.length; at += step) if (kinds[at] !== 'blank') return shown[at]!
    return ''
  }
  /**
   * A header or footer stands between different pages' text; a line repeated with the same text around it
   * every time is repeated content (an edition pasted twice), not furniture.
   */
  const placesVary = (group: number[]) => new Set(group.map((index) => `${neighbour(index, -1)}\u0000${neighbour(index, 1)}`)).size >= minRepeats

  for (const group of groups.values()) {
    if (group.length < minRepeats || group.some(continuesWord) || !placesVary(group)) continue
    // A header never continues the sentence around its page break; the members that do are text.
    const members = group.filter((index) => !continuesSentence(index))
    const nearBreaks = members.filter((index) => pageBreakNear(index, -1) || pageBreakNear(index, 1))
    if (nearBreaks.length >= minRepeats) for (const index of members) kinds[index] = 'running-header'
  }
  byShape(lines, shown, kinds, lang)
  return kinds
}

/** How many words a line (as shown, single spaces) has, counted up to `limit` + 1. */
function wordCount(text: string, limit: number): number {
  let count = 1
  for (let at = text.indexOf(' '); at >= 0 && count <= limit; at = text.indexOf(' ', at + 1)) count++
  return count
}

/** Is a line (as shown) prose: long, or ending a sentence? */
const isProse = (text: string) => wordCount(text, 6) >= 6 || ENDS_SENTENCE.test(text)

/**
 * Furniture known by its shape, for the pages where nothing repeats (an excerpt, a short chapter, a first page):
 * separator lines; footnote texts under a separator (or opening with a superscript) down to the page's end; a
 * site's chrome before the first line of prose and after the last; a short line at a page break inside a running
 * sentence (a header or footer met once); and runs of one-cell lines (a table exported cell by cell).
 */
function byShape(lines: readonly string[], shown: readonly string[], kinds: LineKind[], lang: Language): void {
  const chrome = lang.furniture.chrome.map((source) => new RegExp(source, 'u'))
  const {maxWords, maxLength} = lang.furniture.pageHeader
  const content = (index: number) => kinds[index] === 'content'
  const protectedLine = (index: number) => Boolean(matchTitle(shown[index]!, lang) || matchHeading(shown[index]!, lang))
  for (const [index, text] of shown.entries()) if (content(index) && SEPARATOR.test(text)) kinds[index] = 'separator'

  // A page ends at a form feed (on the next page's first line), before a page number, or at the text's end.
  const endsPage = (index: number) => index + 1 >= lines.length || lines[index + 1]!.includes('\f') || kinds[index + 1] === 'page-number'
  // A note's number when a line opens with a bare number and a capital; whether the text before it ended a sentence.
  const noteNumber = (index: number): number | undefined => {
    const match = content(index) ? BARE_NOTE.exec(shown[index]!) : null
    return match ? Number(match[1]) : undefined
  }
  const afterSentence = (index: number) => {
    for (let at = index - 1; at >= 0; at--) if (kinds[at] !== 'blank') return !content(at) || ENDS_SENTENCE.test(shown[at]!)
    return false
  }
  const pageEndsAfterBlanks = (index: number) => {
    let at = index
    while (at < lines.length && kinds[at] === 'blank' && !lines[at]!.includes('\f')) at++
    return at >= lines.length || lines[at]!.includes('\f') || kinds[at] === 'page-number'
  }
  // Footnotes: under a separator, each from its number down to where the page ends or the next note starts.
  for (let index = 0; index < lines.length; index++) {
    const underRule = kinds[index] === 'separator'
    if (!underRule && !(content(index) && SUPERSCRIPT_NOTE.test(shown[index]!))) continue
    let at = underRule ? index + 1 : index
    while (at < lines.length && kinds[at] === 'blank') at++
    if (!content(at) || !FOOTNOTE.test(shown[at]!)) continue
    for (; at < lines.length && (content(at) || kinds[at] === 'blank'); at++) {
      if (kinds[at] === 'blank') break
      // A note goes on over lines until one ends it; a line after that is a note's only with its own number.
      const previous = shown[at - 1]!
      if (at > index + 1 && kinds[at - 1] === 'footnote' && ENDS_SENTENCE.test(previous) && !FOOTNOTE.test(shown[at]!)) break
      kinds[at] = 'footnote'
      if (endsPage(at)) break
    }
  }

  // Footnotes with no rule above them (a scan loses a thin rule): the page's last lines, from a line that opens
  // with a bare number and a capital ("7 Nazirliyin ...") after a sentence's end, each later line another such
  // note (its number higher) or a note's continuation, down to the page's end. A bare number opens no list item
  // (items take "7." or "7)") and no count starts a paragraph at a page's foot without its noun's case.
  for (let index = 0; index < lines.length; index++) {
    const number = noteNumber(index)
    if (number === undefined || !afterSentence(index)) continue
    const block: number[] = []
    let last = number
    let ends = false
    for (let at = index; at < lines.length; at++) {
      if (kinds[at] === 'blank') continue
      if (!content(at)) break
      const next = at === index ? undefined : noteNumber(at)
      if (next !== undefined && next > last && ENDS_SENTENCE.test(shown[block.at(-1)!]!)) last = next
      else if (at !== index && ENDS_SENTENCE.test(shown[block.at(-1)!]!)) break
      block.push(at)
      if (endsPage(at) || (at + 1 < lines.length && kinds[at + 1] === 'blank' && pageEndsAfterBlanks(at + 1))) {
        ends = true
        break
      }
    }
    if (!ends) continue
    for (const at of block) kinds[at] = 'footnote'
    index = block.at(-1)!
  }

  // Chrome: a site's lines before the first line of prose and after the last, each of a known shape (only the
  // lines up to the first and from the last line of prose are looked at).
  const isChrome = (index: number) => chrome.some((pattern) => pattern.test(shown[index]!))
  const prose = (index: number) => content(index) && isProse(shown[index]!) && !isChrome(index)
  let first = 0
  while (first < lines.length && !prose(first)) first++
  let last = lines.length - 1
  while (last > first && !prose(last)) last--
  // A text with no prose at all is no page a site put chrome around.
  if (first < lines.length) {
    const markChrome = (index: number) => {
      if (content(index) && isChrome(index) && !protectedLine(index)) kinds[index] = 'chrome'
    }
    for (let index = 0; index < first; index++) markChrome(index)
    for (let index = last + 1; index < lines.length; index++) markChrome(index)
  }

  // A header or footer met once: a short line at a page break while the sentence before the break runs on.
  // Each look beside a page break goes a page's length at most, so a file of page breaks costs no more than pages.
  const REACH = 60
  const proseBefore = (index: number) => {
    for (let at = index - 1; at >= Math.max(0, index - REACH); at--) if (content(at) && !short(at)) return at
    return -1
  }
  // Short beside the document's own lines: a narrow layout has short lines of text, a header is shorter still.
  const lengths = shown.filter((_, index) => content(index)).map((text) => text.length).sort((a, b) => a - b)
  const typical = lengths[Math.floor(lengths.length / 2)] ?? 0
  const short = (index: number) =>
    shown[index]!.length <= Math.min(maxLength, typical * 0.6) && wordCount(shown[index]!, maxWords) <= maxWords && !ENDS_SENTENCE.test(shown[index]!)
  for (let index = 0; index < lines.length; index++) {
    const breakHere = lines[index]!.includes('\f') || kinds[index] === 'page-number'
    if (!breakHere) continue
    // The lines next to the break: up to two before it and two after it.
    const near: number[] = []
    for (let at = index - 1, taken = 0; at >= Math.max(0, index - REACH) && taken < 2; at--) {
      if (kinds[at] === 'blank' || kinds[at] === 'page-number' || kinds[at] === 'footnote' || kinds[at] === 'separator') continue
      if (!content(at) || !short(at)) break
      near.push(at)
      taken++
    }
    for (let at = kinds[index] === 'page-number' ? index + 1 : index, taken = 0; at < Math.min(lines.length, index + REACH) && taken < 2; at++) {
      if (kinds[at] === 'blank' || kinds[at] === 'page-number') continue
      if (!content(at) || !short(at)) break
      near.push(at)
      taken++
    }
    const before = proseBefore(Math.min(index, ...near))
    if (before < 0 || ENDS_SENTENCE.test(shown[before]!)) continue
    for (const at of near) if (!protectedLine(at) && !/^\p{Ll}/u.test(shown[at]!)) kinds[at] = 'running-header'
  }

  // A table exported cell by cell: six or more short lines in a row, half of them or more with figures (a column of
  // labels beside one of figures or more).
  // A bare figure cell reads as a page number on its own: inside such a run it is a cell.
  const figureCell = (index: number) => kinds[index] === 'page-number' && !lines[index]!.includes('\f')
  const cell = (index: number) =>
    (figureCell(index) || (content(index) && shown[index]!.length <= 40 && wordCount(shown[index]!, 4) <= 4 && !ENDS_SENTENCE.test(shown[index]!) && !protectedLine(index)))
  for (let start = 0; start < lines.length; ) {
    if (!cell(start)) {
      start++
      continue
    }
    let end = start
    while (end + 1 < lines.length && (cell(end + 1) || (kinds[end + 1] === 'blank' && cell(end + 2)))) end++
    const cells: number[] = []
    for (let index = start; index <= end; index++) if (content(index) || figureCell(index)) cells.push(index)
    const table = cells.length >= 6 && cells.some(content) && cells.filter((index) => /\d/u.test(shown[index]!)).length * 2 >= cells.length
    if (table) for (const index of cells) kinds[index] = 'table'
    start = end + 1
  }
}

/**
 * Does a line taken out as a running header read as part of a sentence (a lower-case start, a comma or hyphen
 * at its end, or a last word that cannot end one, like "and")? Then it is reported, so no prose goes unseen.
 */
export function readsAsProse(text: string, lang: Language): boolean {
  if (/^\p{Ll}/u.test(text) || /[,;–-]$/u.test(text)) return true
  const last = /(\p{L}+)$/u.exec(text)?.[1]
  return last !== undefined && /\p{Ll}/u.test(last) && lang.stopwords.includes(lower(last, lang.locale))
}
