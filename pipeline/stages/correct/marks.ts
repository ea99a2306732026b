import type {Language} from '../../lang/index.js'
import {OPENERS, STOPS} from '../../structure/sentence-end.js'

/** A capital or a figure after an opening mark: how the word after a sentence's end begins. */
const STARTS_SENTENCE = new RegExp(`^${OPENERS}?[\\p{Lu}\\d]`, 'u')
import type {MappedText} from '../../text/mapped-text.js'
import type {WordScan} from './scan.js'

/**
 * The marks a scan blurs, read back: point numbers, stops read as commas or colons, specks beside a stop or
 * standing for one, and letters that are specks. Each function finds; the correct stage notes and applies.
 */
const COMMA = 44
const STOP = 46
const COLON = 58
const SPACE = 32
const STOP_MARK = new RegExp(STOPS, 'u')

/** A point number as printed, at a line's start before a capital (2.1. Mərkəz). */
const POINT = /(?<=^|\n| )\d{1,2}\.\d{1,2}\. \p{Lu}/gu
/** A point number whose stops a speck turned into a colon or a doubled stop or a hyphen (2:2. · 1.1..Bu · 2.3:-Hər · 4:1:). */
const BLURRED_POINT = /(?<=^|\n| )(\d{1,2})[.:](\d{1,2})([.:]{1,2}-?|\.-)(?= ?\p{Lu})/gu

/**
 * Point numbers the scan blurred, at the start of a line of a document that numbers its points (two printed
 * right at least): each read as the number it was, the stops a speck made into another mark set right.
 */
export function pointNumbers(text: string, mapped: MappedText, raw: string): Array<{start: number; end: number; written: string}> {
  if (!text.includes(':') && !text.includes('..') && !text.includes('.-')) return []
  let printed = 0
  for (const _ of text.matchAll(POINT)) if (++printed >= 2) break
  if (printed < 2) return []
  const found = []
  for (const match of text.matchAll(BLURRED_POINT)) {
    const [read, first, second] = match
    const number = `${first}.${second}.`
    if (read === number) continue
    // At a line's start in the raw text (a time of day, 14:30, is inside a line).
    const rawStart = mapped.starts[match.index]!
    if (!/(?:^|\n)[ \t]*$/u.test(raw.slice(Math.max(0, rawStart - 8), rawStart))) continue
    // A space after it where the speck took its place (1.1..Bu is "1.1. Bu").
    const written = text[match.index + read.length] === ' ' ? number : `${number} `
    found.push({start: match.index, end: match.index + read.length, written})
  }
  return found
}

/**
 * Stops the scan blurred into a comma or a colon: after a word that ends sentences (lang/<code>/ocr.json
 * stopAfter: a finite verb), before a capitalised common word (caseUsage: a name keeps its capital, "Qətər,
 * Rusiya"); and a speck glued to a stop before the next sentence (ediblər.:Bundan). Each mark's offset and what it was.
 */
export function blurredStops(text: string, scan: WordScan, lang: Language): Array<{at: number; written: string}> {
  const verb = lang.ocr.stopAfter
  if (!verb) return []
  let usage: ReturnType<typeof caseUsage> | undefined
  const found = []
  for (let k = 0; k + 1 < scan.keys.length; k++) {
    const at = scan.ends[k]!
    const mark = text.charCodeAt(at)
    // Most words have no mark after them, or a stop and a space: one look at the character first.
    if (mark !== COMMA && mark !== COLON && !(mark === STOP && text.charCodeAt(at + 1) !== SPACE)) continue
    const next = scan.keys[k + 1]!
    if (next.length < 2 || !/^\p{Lu}\p{Ll}/u.test(text.slice(scan.starts[k + 1]!, scan.starts[k + 1]! + 2))) continue
    // A speck beside the stop (ediblər.:Bundan, çoxdur.: Qurbanların).
    if (mark === STOP && (text.charCodeAt(at + 1) === COLON || text.charCodeAt(at + 1) === COMMA)) {
      if (scan.starts[k + 1] === at + 2) found.push({at: at + 1, written: ' '})
      else if (text.charCodeAt(at + 2) === SPACE && scan.starts[k + 1] === at + 3) found.push({at: at + 1, written: ''})
      continue
    }
    if ((mark !== COMMA && mark !== COLON) || text.charCodeAt(at + 1) !== SPACE || scan.starts[k + 1] !== at + 2 || !verb.test(scan.keys[k]!)) continue
    // A label in capitals before a colon is a heading's (TÖVSİYƏLƏR: …), no verb.
    if (!/\p{Ll}/u.test(text.charAt(at - 1))) continue
    usage ??= caseUsage(text, scan, lang)
    if (usage.common(next)) found.push({at, written: '.'})
  }
  return found
}

/**
 * Is a capitalised word a common word of the document: a stop word, or a word whose stem (its first six letters) the
 * document writes in lower case and which it never capitalises after a lower-case word (as it does a name)?
 */
function caseUsage(text: string, scan: WordScan, lang: Language): {common: (key: string) => boolean} {
  const small = new Set<string>()
  const capitalInside = new Set<string>()
  for (let k = 0; k < scan.keys.length; k++) {
    const start = scan.starts[k]!
    const first = text.charAt(start)
    if (first !== first.toUpperCase()) small.add(scan.keys[k]!.slice(0, 6))
    else if (first !== first.toLowerCase() && text.charCodeAt(start - 1) === SPACE && /\p{Ll}/u.test(text.charAt(start - 2))) capitalInside.add(scan.keys[k]!)
  }
  const stopwords = new Set(lang.stopwords)
  return {common: (key) => !capitalInside.has(key) && (stopwords.has(key) || small.has(key.slice(0, 6)))}
}

/**
 * Stops a speck made after a word that ends no sentence (stopAfter does not take it: "qəbul edilmiş. “İnsan
 * alverinə…", "Mərkəzi Asiyadan. İran"), before what may start one; not after an abbreviation or a word the
 * language does not know (vermişdif. is a verb misread). The offsets.
 */
export function speckStops(text: string, scan: WordScan, lang: Language, known: (word: string) => boolean): number[] {
  const verb = lang.ocr.stopAfter
  if (!verb) return []
  const abbreviations = new Set(lang.patterns.abbreviations.list.map(([item]) => item))
  const found: number[] = []
  for (let k = 0; k + 1 < scan.keys.length; k++) {
    const at = scan.ends[k]!
    const key = scan.keys[k]!
    if (text.charCodeAt(at) !== STOP || text.charCodeAt(at + 1) !== SPACE || key.length < 3 || !/\p{Ll}/u.test(text.charAt(at - 1))) continue
    // A word OCR damaged may be a verb: only a known word is read for what it ends.
    if (!STARTS_SENTENCE.test(text.slice(at + 2, at + 4)) || verb.test(key) || abbreviations.has(`${key}.`) || !known(key)) continue
    found.push(at)
  }
  return found
}

/**
 * A letter that is no word standing alone at a line's end after a stop ("keçin. ğ"): a speck the OCR read as one.
 * Its span with the space before it.
 */
export function strayLetters(text: string, scan: WordScan, mapped: MappedText, raw: string, listed: (word: string) => boolean): Array<{start: number; end: number}> {
  const found = []
  for (let k = 1; k < scan.keys.length; k++) {
    const start = scan.starts[k]!
    if (scan.ends[k]! - start !== 1 || text.charCodeAt(start - 1) !== SPACE || !STOP_MARK.test(text.charAt(start - 2))) continue
    if (!/\p{Ll}/u.test(text.charAt(start)) || listed(scan.keys[k]!)) continue
    const after = mapped.ends[start]!
    if (after < raw.length && !/^[ \t]*(?:\r?\n|$)/u.test(raw.slice(after, after + 8))) continue
    found.push({start: start - 1, end: start + 1})
  }
  return found
}
