import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {report} from '../../diagnostics.js'
import type {Language} from '../../lang/index.js'
import {lower, lowerPieces} from '../../text/casing.js'
import {type MappedText, MappedTextBuilder} from '../../text/mapped-text.js'
import {cleanPosition, rawPosition} from '../../text/positions.js'
import {Vocabulary} from '../../lang/vocabulary.js'
import type {Line, Paragraph, Removal, Root} from '../../tree.js'
import {type CharacterEvents, cleanCharacters} from './characters.js'
import {classifyLines, readsAsProse} from '../../structure/furniture.js'
import {abbreviationHolds, ENDS_SENTENCE} from '../../structure/sentence-end.js'
import {headingShaped} from '../../structure/headings.js'
import {noteNumber} from '../../structure/notes.js'
import {decideBreak, decideHyphen} from './hyphens.js'
import {BULLET_CLASS, STARTS_ITEM} from '../../structure/lists.js'

/** A line ends a paragraph when it ends a sentence (ENDS_SENTENCE) and the next line starts one. */
const STARTS_SENTENCE = new RegExp(`^(?:["“„«(${BULLET_CLASS}]*|["“”„«»]\\s+)[\\p{Lu}\\d]`, 'u')
const WORD_BEFORE_HYPHEN = /[\p{L}\p{N}]+-$/u
const WORD_AFTER_BREAK = /^[\p{L}\p{N}]+/u
const LAST_WORD = /[\p{L}\p{N}]+$/u
const TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu

/** A cleaned content line: its range [from, to) in the text of all cleaned lines. */
interface CleanLine {
  from: number
  to: number
  softHyphenAtEnd: boolean
  /** A blank line (or the text's edge) before it: the start of a block. */
  blankBefore: boolean
  /** A blank line (or the text's edge) before it and after it: a block of one line. */
  alone: boolean
}

/**
 * The document's own word forms, lower case, for hyphen decisions: tokens inside lines only, because
 * a token at a line end may be half a word.
 */
function documentWords(lines: readonly CleanLine[], text: string, lang: Language): Set<string> {
  const words = new Set<string>()
  for (const {from, to} of lines) {
    // Every token but the line's first and last: each is added once the next one is seen (a line can be
    // a whole 5 MB file, so its tokens are not all held at once).
    const line = text.slice(from, to)
    const keyOf = lowerPieces(line, lang.locale)
    let previous: [number, number] | undefined
    let index = 0
    for (const match of line.matchAll(TOKEN)) {
      if (previous !== undefined && index > 1) words.add(keyOf(previous[0], previous[1]))
      previous = [match.index, match.index + match[0].length]
      index++
    }
  }
  return words
}

/**
 * clean: layout only, never the author's words. Drops page furniture (listing it in
 * file.data.removed), joins broken lines, decides line-end hyphens, normalises characters (NFC,
 * look-alike letters, invisible characters, spaces) and keeps hard breaks as paragraphs.
 * The clean text and its map to raw offsets go to file.data.clean.
 */
export const clean: Plugin<[], Root> = function () {
  return (tree, file) => {
    const lang = file.data.lang!
    const raw = String(file.value)
    const lines = tree.children as Line[]
    // What was taken out before (a Markdown input's syntax) stays listed.
    const removed: Removal[] = file.data.removed ?? []
    const events: CharacterEvents = {
      removed: (reason, text, offset) => removed.push({reason, text, offset}),
      lookalike: (text, suggestion, offset) =>
        report(file, {
          rule: 'lookalike-letter',
          severity: 'info',
          message: {key: 'diagnostics.lookalikeLetter', values: {text, reading: suggestion}},
          place: rawPosition(file, offset, offset + text.length),
          text,
          suggestion
        })
    }

    // An edition's chapters take the furniture found over the whole edition (a running header repeats across
    // chapters, perhaps not within one).
    const edition = file.data.lineKinds
    const kinds = edition ? lines.map((line) => edition.get(line.position.start.offset!) ?? 'content') : classifyLines(lines.map((line) => line.value), lang)
    // Every content line cleaned into one text (one pair of offset arrays, not one per line), sized for this
    // document's lines: a chapter of an edition is a small part of the raw file it keeps its offsets in.
    const extent = lines.length > 0 ? lines.at(-1)!.position.end.offset! - lines[0]!.position.start.offset! : 0
    const cleaning = new MappedTextBuilder(extent)
    const lookalikes = {map: lang.lookalikes, pattern: lang.patterns.lookalike}
    // Whether letters spaced out make a word: the language's words (the document's are not known yet).
    const lexicon = new Vocabulary(lang)
    const isListed = (word: string) => lexicon.isWord(word)
    const content: CleanLine[] = []
    // The numbers of the document's footnotes: a word followed at once by one of them carries its marker.
    const notes = footnoteNumbers(lines.map((line) => line.value), kinds, lang)
    lines.forEach((line, index) => {
      const kind = kinds[index] ?? 'content'
      const start = line.position.start.offset!
      const end = line.position.end.offset!
      if (kind !== 'content' && kind !== 'blank') {
        const text = line.value.trim()
        const offset = start + line.value.search(/\S/u)
        removed.push({reason: kind, text, offset})
        if (kind === 'running-header' && readsAsProse(text, lang)) {
          report(file, {
            rule: 'removed-prose',
            severity: 'warning',
            message: {key: 'diagnostics.removedProse', values: {text}},
            place: rawPosition(file, offset, offset + text.length),
            text
          })
        }
      } else if (kind === 'content') {
        const from = cleaning.size
        const {softHyphenAtEnd} = cleanCharacters(raw, start, end, cleaning, lookalikes, events, isListed, takenOut(raw, start, end, notes, removed))
        const blankBefore = (kinds[index - 1] ?? 'blank') === 'blank'
        const alone = blankBefore && (kinds[index + 1] ?? 'blank') === 'blank'
        if (cleaning.size > from) content.push({from, to: cleaning.size, softHyphenAtEnd, blankBefore, alone})
      }
    })
    const cleaned = cleaning.build()

    const vocabulary = new Vocabulary(lang, documentWords(content, cleaned.text, lang))
    const spelled = spelledOut(content, cleaned.text, vocabulary)
    const out = new MappedTextBuilder(cleaned.text.length + content.length)
    // Breaks inside what may be one word that no evidence decides: flagged, the text left as it is.
    const unsure: Array<{left: string; right: string; start: number; end: number}> = []
    // A heading has a sentence (or the text's end) after it: a line the next line runs on from is no heading.
    const startsSentence = (next: CleanLine | undefined) => next === undefined || STARTS_SENTENCE.test(cleaned.text.slice(next.from, next.to))
    content.forEach((line, index) => {
      const previous = content[index - 1]
      const text = cleaned.text.slice(line.from, line.to)
      if (previous) {
        const before = cleaned.text.slice(previous.from, previous.to)
        const gapStart = cleaned.ends[previous.to - 1]!
        const gapEnd = cleaned.starts[line.from]!
        // Only a line that ends in a hyphen has a word before it (an unanchored scan would be quadratic).
        const left = before.endsWith('-') ? WORD_BEFORE_HYPHEN.exec(before.slice(-80))?.[0].slice(0, -1) : undefined
        const right = WORD_AFTER_BREAK.exec(text)?.[0]
        // Only a break before a letter a PDF sets apart can be inside a word: the word before it is looked at then.
        const maybeBroken = left === undefined && right !== undefined && lang.slips.breakBefore.includes(right.charAt(0))
        const last = maybeBroken ? LAST_WORD.exec(before.slice(-40))?.[0] : undefined
        const decision = last !== undefined && right !== undefined ? decideBreak(last, right, vocabulary, lang) : 'apart'
        if (previous.softHyphenAtEnd) {
          // The exporter marked a word break: join with nothing between.
        } else if (spelled.has(index)) {
          // A letter of a word spelled out one letter a line: the line break is taken out.
          if (!spelled.has(index - 1)) removed.push({reason: 'letter-spacing', text: spelled.get(index)!, offset: gapStart})
        } else if (left !== undefined && right !== undefined) {
          if (decideHyphen(left, right, vocabulary, lang) === 'drop') {
            out.dropLast()
            removed.push({reason: 'word-break-hyphen', text: '-', offset: gapStart - 1})
          }
        } else if (decision === 'join') {
          // A word broken with no hyphen (a glyph run of its own in the PDF): the line break is taken out.
          removed.push({reason: 'word-break', text: `${last}|${right}`, offset: gapStart})
        } else if (
          ((endsSentence(before, text, lang) || standsAlone(previous, before) || (standsAlone(line, text) && startsSentence(content[index + 1]))) && STARTS_SENTENCE.test(text)) ||
          (line.blankBefore && STARTS_ITEM.test(text))
        ) {
          out.append('\n', gapStart, gapEnd)
        } else {
          if (decision === 'unsure') unsure.push({left: last!, right: right!, start: cleaned.starts[previous.to - last!.length]!, end: cleaned.ends[line.from + right!.length - 1]!})
          out.append(' ', gapStart, gapEnd)
        }
      }
      out.appendRange(cleaned, line.from, line.to)
    })

    const mapped = out.build()
    for (const {left, right, start, end} of unsure) {
      report(file, {
        rule: 'broken-word',
        severity: 'warning',
        message: {key: 'diagnostics.brokenWord', values: {left, right, word: left + right}},
        place: rawPosition(file, start, end),
        text: `${left} ${right}`,
        suggestion: left + right
      })
    }
    file.data.clean = mapped
    file.data.removed = removed
    tree.children = paragraphs(mapped, file)
  }
}

/** The numbers of a document's footnotes, how many markers each may still take, and the words that tell a marker set apart. */
interface FootnoteNumbers {
  numbers: ReadonlySet<string>
  /** Markers set apart each note may still take (one each: the first before a postposition or a stop). */
  apart: Map<string, number>
  before: ReadonlySet<string>
  labels: readonly string[]
  locale: string
}

function footnoteNumbers(lines: readonly string[], kinds: readonly string[], lang: Language): FootnoteNumbers {
  const apart = new Map<string, number>()
  lines.forEach((line, index) => {
    const number = kinds[index] === 'footnote' ? noteNumber(line) : undefined
    if (number) apart.set(number, (apart.get(number) ?? 0) + 1)
  })
  const {before, labels} = lang.furniture.footnoteMarker
  return {numbers: new Set(apart.keys()), apart, before: new Set(before), labels, locale: lang.locale}
}

/** Does a line end a sentence before the next? Not at an initial or an abbreviation the sentence goes on after ("V." / "Rzayev"). */
function endsSentence(before: string, next: string, lang: Language): boolean {
  if (!ENDS_SENTENCE.test(before)) return false
  if (!before.endsWith('.')) return true
  const tail = before.slice(-40)
  return !abbreviationHolds(`${tail} ${next.slice(0, 40)}`, tail.length, lang)
}

/** A line that is a block of its own, shaped as a heading: never run into the sentence after it (or before it). */
const standsAlone = (line: CleanLine, text: string) => line.alone && headingShaped(text)

const SUPERSCRIPT = /(?<=\p{L}[.,;:)]?)[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu
/** A number set apart after a word, then a stop or the next word: a marker the export set on the line ("məlumatına 7 görə"). */
const APART_NUMBER = /(\p{L}+) (\d{1,2})(?:(?=[.,;:](?:\s|$))|(?= (\p{L}+)))/gu
const GLUED_NUMBER = /(?<=\p{Ll})(\d{1,2})(?=[\s.,;:)]|$)/gu
const GLUED_RULE = /^(\s*\f?\s*)([-_=–—]{5,})(?=\p{L})/u

/**
 * Characters of a line that are furniture inside text, listed in `removed` and their raw offsets returned: a
 * footnote marker after a word (a superscript, or the number of one of the document's footnotes glued to a word:
 * "qərarı1"), and a separator run glued to the first words of a sentence ("---------Qeyd edək ki").
 */
function takenOut(raw: string, start: number, end: number, notes: FootnoteNumbers, removed: Removal[]): number[] {
  const line = raw.slice(start, end)
  const offsets: number[] = []
  const take = (reason: string, at: number, text: string) => {
    removed.push({reason, text, offset: start + at})
    for (let k = 0; k < text.length; k++) offsets.push(start + at + k)
  }
  // Most lines have none of these: one cheap test each before the pattern.
  if (/[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(line)) for (const match of line.matchAll(SUPERSCRIPT)) take('footnote-marker', match.index, match[0])
  if (notes.numbers.size > 0) {
    for (const match of line.matchAll(GLUED_NUMBER)) if (notes.numbers.has(match[1]!)) take('footnote-marker', match.index, match[0])
    for (const match of line.matchAll(APART_NUMBER)) {
      const [, word, number, next] = match
      const left = notes.apart.get(number!) ?? 0
      if (left === 0 || !/\p{Ll}$/u.test(word!)) continue
      const key = lower(word!, notes.locale)
      if (notes.labels.some((label) => key.startsWith(label))) continue
      if (next !== undefined && !notes.before.has(lower(next, notes.locale))) continue
      notes.apart.set(number!, left - 1)
      take('footnote-marker', match.index + word!.length + 1, number!)
    }
  }
  if (/^\s*\f?\s*[-_=–—]{5}/u.test(line)) {
    const rule = GLUED_RULE.exec(line)
    if (rule) take('separator', rule[1]!.length, rule[2]!)
  }
  return offsets
}

/**
 * Words spelled out one letter a line (a PDF whose letters are glyph runs of their own): runs of three or more
 * lines of one letter whose letters make a word. Each line of a run but its first, with the run's letters.
 */
function spelledOut(lines: readonly CleanLine[], text: string, vocabulary: Vocabulary): Map<number, string> {
  const joined = new Map<number, string>()
  const letter = (index: number) => {
    const line = lines[index]
    return line !== undefined && line.to - line.from === 1 && /\p{L}/u.test(text[line.from]!)
  }
  for (let first = 0; first < lines.length; first++) {
    if (!letter(first) || letter(first - 1)) continue
    let last = first
    while (letter(last + 1)) last++
    const letters = lines.slice(first, last + 1).map((line) => text[line.from]).join('')
    if (last - first >= 2 && vocabulary.isWord(letters)) for (let index = first + 1; index <= last; index++) joined.set(index, letters.split('').join(' '))
  }
  return joined
}

/** One paragraph node per run of clean text between hard breaks (the correct stage makes them anew). */
export function paragraphs(mapped: MappedText, file: VFile): Paragraph[] {
  const result: Paragraph[] = []
  let start = 0
  for (const part of mapped.text.split('\n')) {
    const end = start + part.length
    if (part.length > 0) {
      result.push({
        type: 'paragraph',
        value: part,
        position: cleanPosition(file, start, end),
        children: [],
        data: {clean: {start, end}}
      })
    }
    start = end + 1
  }
  return result
}
