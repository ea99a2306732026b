import type {MappedTextBuilder} from '../../text/mapped-text.js'

/** Invisible characters that carry no text: soft hyphen, zero-width space/joiners, word joiner, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/
/** Spaces of every width, tabs, form and line feeds inside a line. */
const SPACE = /[\t\n\v\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/
/** C0/C1 control characters that a text export should not contain. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/
const MARK = /\p{M}/u
const LATIN = /\p{Script=Latin}/u
const WORD = /[\p{L}\p{M}\u00AD\u200B-\u200D\u2060]+/gu

/** Printable ASCII and Latin letters below the combining marks: already clean, whatever follows. */
const plain = (code: number) => (code > 0x20 && code < 0x7f) || (code > 0xa0 && code < 0x300 && code !== 0xad)

/** A language's look-alike letters: the map, and any of its letters as one pattern (global). */
export interface Lookalikes {
  map: Record<string, string>
  pattern: RegExp
}

export interface CharacterEvents {
  /** A character was dropped that a reader could see (a control character), or spaces that spaced a word out. */
  removed(reason: string, text: string, offset: number): void
  /** A word had look-alike letters of another script; `clean` is the word with them mapped. */
  lookalike(raw: string, clean: string, offset: number): void
}

/**
 * Look-alike letters to replace in raw[from, to): only inside words that also have Latin letters,
 * because a word that is otherwise Latin with one Cyrillic letter is a Latin word, while a wholly
 * Cyrillic word is a real Cyrillic word.
 */
function lookalikesIn(raw: string, from: number, to: number, {map, pattern}: Lookalikes, events: CharacterEvents) {
  const replace = new Map<number, string>()
  const line = raw.slice(from, to)
  // Most lines have no look-alike at all: one scan decides.
  if (line.search(pattern) === -1) return replace
  for (const match of line.matchAll(WORD)) {
    const word = match[0]
    if (!LATIN.test(word)) continue
    let fixed = ''
    let changed = false
    for (let i = 0; i < word.length; i++) {
      const latin = map[word[i]!]
      if (latin !== undefined) {
        replace.set(from + match.index + i, latin)
        changed = true
      }
      fixed += latin ?? word[i]
    }
    if (changed) events.lookalike(word, fixed.replace(/[\u00AD\u200B-\u200D\u2060]/g, ''), from + match.index)
  }
  return replace
}

/** Single letters with single spaces between them, four or more: a word spaced out (Q Ə R A R; "a b c" is a list). */
const SPACED = /(?<![\p{L}\p{N}])\p{L}(?:[ \u00A0]\p{L}){3,}(?![\p{L}\p{N}])/gu

/**
 * The raw offsets of the spaces inside words spaced out letter by letter (a heading "Q Ə R A R", a word of a
 * PDF whose letters are glyph runs of their own), when the letters make a word of the language.
 */
function spacedOut(raw: string, from: number, to: number, isWord: (word: string) => boolean, events: CharacterEvents): Set<number> {
  const drop = new Set<number>()
  // Most lines have no letter standing alone between spaces three times: counted before the pattern runs.
  let alone = 0
  for (let at = from + 1; at + 1 < to && alone < 3; at++) if (raw.charCodeAt(at - 1) === 32 && raw.charCodeAt(at + 1) === 32 && raw.charCodeAt(at) > 64) alone++
  if (alone < 3) return drop
  const line = raw.slice(from, to)
  for (const match of line.matchAll(SPACED)) {
    const letters = match[0].replace(/[ \u00A0]/gu, '')
    if (!isWord(letters)) continue
    for (let k = 1; k < match[0].length; k += 2) drop.add(from + match.index + k)
    events.removed('letter-spacing', match[0], from + match.index)
  }
  return drop
}

/**
 * Appends the clean form of the raw line slice [from, to) to `out`: NFC, look-alikes mapped, invisible
 * and control characters dropped, whitespace runs as one space, no leading or trailing space, a word spaced
 * out letter by letter joined (`isWord` says which letters make one).
 * Returns true when the slice ended in a soft hyphen (a word-break the exporter marked).
 */
export function cleanCharacters(
  raw: string,
  from: number,
  to: number,
  out: MappedTextBuilder,
  lookalikes: Lookalikes,
  events: CharacterEvents,
  isWord: (word: string) => boolean = () => false,
  /** Raw offsets of characters the caller takes out (and lists): footnote markers, a separator glued to the text. */
  skip: readonly number[] = []
): {softHyphenAtEnd: boolean} {
  const replace = lookalikesIn(raw, from, to, lookalikes, events)
  const drop = spacedOut(raw, from, to, isWord, events)
  for (const offset of skip) drop.add(offset)
  let spaceStart = -1
  let softHyphenAtEnd = false
  let wrote = false
  let i = from
  while (i < to) {
    // Fast path: a run of characters that need nothing done (most of any text) goes in as one piece (not in a
    // line with a word spaced out, whose spaces go one by one).
    let run = i
    while (run < to && drop.size === 0) {
      const code = raw.charCodeAt(run)
      if (plain(code)) {
        if (replace.size > 0 && replace.has(run)) break
      } else if (code !== 32 || run === i || run + 1 >= to || !plain(raw.charCodeAt(run + 1)) || (replace.size > 0 && replace.has(run + 1))) break
      // (A single space between two plain characters is clean too: the run goes on over a word gap.)
      run++
    }
    // The last character of the run may take a combining mark after it: that one goes the slow way.
    if (run < to && run > i && raw.charCodeAt(run) >= 0x300 && MARK.test(raw[run]!)) run--
    if (run > i) {
      if (spaceStart >= 0 && wrote) out.append(' ', spaceStart, i)
      spaceStart = -1
      out.append(raw.slice(i, run), i, run)
      softHyphenAtEnd = false
      wrote = true
      i = run
      continue
    }
    const ch = raw[i]!
    if (drop.has(i) && !SPACE.test(ch)) {
      i++
      continue
    }
    if (INVISIBLE.test(ch)) {
      softHyphenAtEnd = ch === '\u00AD'
      i++
      continue
    }
    if (SPACE.test(ch)) {
      if (spaceStart < 0 && !drop.has(i)) spaceStart = i
      i++
      continue
    }
    if (CONTROL.test(ch)) {
      events.removed('control-character', ch, i)
      i++
      continue
    }
    softHyphenAtEnd = false
    if (spaceStart >= 0 && wrote) out.append(' ', spaceStart, i)
    spaceStart = -1
    // A base character with the combining marks that follow it becomes one NFC cluster.
    let end = i + 1
    if (/[\uD800-\uDBFF]/.test(ch) && end < to) end++
    while (end < to && MARK.test(raw[end]!)) end++
    let cluster = ''
    for (let k = i; k < end; k++) cluster += replace.get(k) ?? raw[k]
    // ASCII and the Azerbaijani letters are already NFC; normalise only what could change.
    if (cluster.length > 1 || cluster.charCodeAt(0) >= 0x300) cluster = cluster.normalize('NFC')
    out.append(cluster, i, end)
    wrote = true
    i = end
  }
  return {softHyphenAtEnd}
}
