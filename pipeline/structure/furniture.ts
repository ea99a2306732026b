import type {Language} from '../lang/index.js'
import {lower} from '../text/casing.js'
import {matchHeading} from './headings.js'
import {matchTitle} from './title.js'

export type LineKind = 'blank' | 'content' | 'page-number' | 'running-header'

/** A line that ends a sentence (then the next line may start a new one). */
const ENDS_SENTENCE = /[.!?…:]["”’»)\]]*$/u

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
    if (text.split(' ').length > maxWords || /[.!?;:…]["”’»)]*$/u.test(text)) return
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
  return kinds
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
