import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {report} from '../../diagnostics.js'
import {GLOSSARY_LANGUAGES} from '../../glossary/index.js'
import type {Language} from '../../lang/index.js'
import {isAllUpper, lower, upper} from '../../text/casing.js'
import {type MappedText, MappedTextBuilder} from '../../text/mapped-text.js'
import {rawPosition} from '../../text/positions.js'
import {Vocabulary} from '../../text/vocabulary.js'
import type {Root} from '../../tree.js'
import {paragraphs} from '../clean/index.js'


/** Longer than any word of the language, with its suffixes (məsuliyyətsizləşdirilməsindən is 29 letters). */
const LONGEST_WORD = 40

/** One change to the clean text: the span [start, end) and what stands there instead. */
interface Change {
  start: number
  end: number
  text: string
}

/** Writes `word` in the casing of `model` (AZƏBBAYCAN → AZƏRBAYCAN, Bütüh → Bütün). */
function recase(word: string, model: string, locale: string): string {
  if (isAllUpper(model) && model.length > 1) return upper(word, locale)
  if (/^\p{Lu}/u.test(model)) return upper(word.charAt(0), locale) + word.slice(1)
  return word
}

/** Every form one OCR confusion away from `key` (lower case). */
function variants(key: string, lang: Language): Set<string> {
  const found = new Set<string>()
  for (const [read, written] of lang.ocr.confusions) {
    for (let at = key.indexOf(read); at >= 0; at = key.indexOf(read, at + 1)) found.add(key.slice(0, at) + written + key.slice(at + read.length))
  }
  found.delete(key)
  return found
}

/**
 * The words OCR may have read as `key`: those one confusion away, or where there is none, two (a word with two
 * letters misread, "siğıhacaqda"), that `accept` takes.
 */
function candidates(key: string, lang: Language, accept: (word: string) => boolean): string[] {
  const once = variants(key, lang)
  const found = [...once].filter(accept)
  if (found.length > 0 || key.length < 6) return found.sort()
  const twice = new Set<string>()
  for (const variant of once) for (const next of variants(variant, lang)) if (next !== key && accept(next)) twice.add(next)
  return [...twice].sort()
}

/**
 * correct: what OCR damaged, and nothing else. A word that is no word of the language (the word list, a listed
 * stem or verb with its suffixes, a word the document repeats, a glossary word) and exactly one OCR confusion away
 * from a word (lang/<code>/ocr.json: h for n, ri for n, ü for u…) is corrected; from two or more it is flagged with
 * them; a word of the language is never touched. A speck read between two words ("məcburi-əmək",
 * "cəzaların:sayının") becomes the space it was. Each correction is listed in `removed[]` (reason
 * `ocr-correction`, the text as read) and as an info naming both forms; with `correct: false` (the CLI's
 * --no-correct) each is a warning and the text stays as read. Raw places stay true: a corrected word maps to the
 * raw span it was read from.
 */
export const correct: Plugin<[], Root> = function () {
  return (tree, file) => {
    const lang = file.data.lang!
    const mapped = file.data.clean!
    const text = mapped.text
    const known = knownWords(text, lang, file)
    const apply = file.data.correct !== false
    const changes: Change[] = []
    // A word of the clean text, with the language's specks (-, :) between its letters where OCR read one.
    const specks = lang.ocr.specks.filter((speck) => speck === '-' || speck === ':').map((speck) => (speck === '-' ? '\\-' : speck)).join('')
    const words = new RegExp(specks ? `\\p{L}+(?:[${specks}]\\p{L}+)*` : '\\p{L}+', 'gu')
    const note = (start: number, end: number, read: string, written: string, reason: 'confusion' | 'speck') => {
      const [rawStart, rawEnd] = [mapped.starts[start]!, mapped.ends[end - 1]!]
      const place = rawPosition(file, rawStart, rawEnd)
      if (apply) {
        changes.push({start, end, text: written})
        file.data.removed!.push({reason: 'ocr-correction', text: read, offset: rawStart})
      }
      report(file, {
        rule: apply ? 'ocr-correction' : 'ocr-word',
        severity: apply ? 'info' : 'warning',
        message: {key: reason === 'speck' ? 'diagnostics.ocrSpeck' : apply ? 'diagnostics.ocrCorrected' : 'diagnostics.ocrWord', values: {text: read, reading: written}},
        place,
        text: read,
        suggestion: written
      })
    }
    for (const match of text.matchAll(words)) {
      const word = match[0]
      const start = match.index
      // A suffix after a number or an acronym's hyphen (2019-cu, QHT-lər) is the number's, not a word; a run of
      // letters longer than any word is no misread word (and its variants would cost its length squared).
      if (/[\p{N}-]/u.test(text.charAt(start - 1)) || word.length > LONGEST_WORD) continue
      if (/[-:]/u.test(word)) {
        const reading = speckless(word, lang, known.any)
        if (reading) note(start, start + word.length, word, reading, 'speck')
        continue
      }
      const key = lower(word, lang.locale)
      if (key.length < 2 || (isAllUpper(word) && word.length <= 4)) continue
      if (known.listed(key)) {
        // The word list holds forms typed without the language's letters (yardim, qarşi, baki): one the document
        // uses once, one confusion away from a listed word the document uses more, is what OCR made of that word.
        const usual = known.once(key) ? [...variants(key, lang)].filter((variant) => known.listed(variant) && known.often(variant)) : []
        if (usual.length === 1) note(start, start + word.length, word, recase(usual[0]!, word, lang.locale), 'confusion')
        continue
      }
      // A form only the document repeats (OCR misreads the same letters the same way) is taken for what OCR
      // made of a word only where that word stands in the document too.
      // A word of the language the document says elsewhere, or whose stem it says: OCR damages a few words of a
      // text, so what it read is most often a word the text has; a listed word the text knows nothing of is no
      // evidence against a form the word list lacks (broşüralar is no misreading of broşuralar).
      const found = candidates(key, lang, (candidate) => known.listed(candidate) && (known.inDocument(candidate) || known.stemInDocument(candidate, key)))
      if (found.length === 0 && key.length < 3) continue
      if (found.length === 1) note(start, start + word.length, word, recase(found[0]!, word, lang.locale), 'confusion')
      else if (found.length > 1) {
        report(file, {
          rule: 'ocr-word',
          severity: 'warning',
          message: {key: 'diagnostics.ocrUnsure', values: {text: word, readings: found.map((reading) => recase(reading, word, lang.locale)).join(', ')}},
          place: rawPosition(file, mapped.starts[start]!, mapped.ends[start + word.length - 1]!),
          text: word
        })
      }
    }
    if (changes.length === 0) return
    file.data.clean = rewritten(mapped, changes)
    tree.children = paragraphs(file.data.clean, file)
  }
}

/**
 * A word with a speck inside ("məcburi-əmək", "cəzaların:sayının"), read as the words it joins: a colon between
 * letters always; a hyphen when both sides are words, the hyphenated form is no compound the language or the
 * document knows, the second no capitalised part of a name (Cinayət-Prosessual) and the first no acronym (QHT-lər).
 * Undefined for a real hyphenation.
 */
function speckless(word: string, lang: Language, known: (word: string) => boolean): string | undefined {
  const parts = word.split(/([-:])/u)
  let reading = parts[0]!
  let changed = false
  for (let k = 1; k < parts.length; k += 2) {
    const mark = parts[k]!
    const left = parts[k - 1]!
    const right = parts[k + 1]!
    const hyphenated = lower(`${left}-${right}`, lang.locale)
    const real =
      mark === '-' &&
      (isAllUpper(left) ||
        /^\p{Lu}/u.test(right) ||
        lang.hyphenated().has(hyphenated) ||
        known(hyphenated) ||
        lower(left, lang.locale).slice(0, 3) === lower(right, lang.locale).slice(0, 3) ||
        !known(lower(left, lang.locale)) ||
        !known(lower(right, lang.locale)))
    if (real) reading += mark + right
    else {
      reading += ` ${right}`
      changed = true
    }
  }
  return changed ? reading : undefined
}

/**
 * The words the correction trusts: listed ones (the language's word list, a listed stem or verb with its
 * suffixes, the glossary's words), and the forms the document itself uses and repeats.
 */
function knownWords(text: string, lang: Language, file: VFile) {
  const counts = new Map<string, number>()
  // Words only: a speck between two words of a common phrase ("əməyə-cəlb") repeats as often as the phrase.
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const key = lower(match[0], lang.locale)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const stems = new Map<string, string[]>()
  for (const key of counts.keys()) {
    const stem = key.slice(0, Math.min(key.length, 6))
    stems.set(stem, [...(stems.get(stem) ?? []), key])
  }
  const glossary = new Set<string>()
  const sourceSide = lang.code === GLOSSARY_LANGUAGES.source
  for (const entry of file.data.glossary?.entries ?? []) for (const word of (sourceSide ? entry.source : entry.target).split(/[\s-]+/u)) glossary.add(lower(word, lang.locale))
  const vocabulary = new Vocabulary(lang, glossary)
  const listed = (word: string) => vocabulary.isWord(word)
  return {
    listed,
    repeated: (word: string) => (counts.get(word) ?? 0) > 1,
    once: (word: string) => counts.get(word) === 1,
    /** Does another word of the document start as `word` does (its first six letters, or all of a shorter one)? */
    stemInDocument: (word: string, except: string) => {
      const stem = word.slice(0, Math.min(word.length, 6))
      return stems.get(stem)?.some((other) => other !== except) ?? false
    },
    often: (word: string) => (counts.get(word) ?? 0) > 1,
    inDocument: (word: string) => counts.has(word),
    /** Listed, or a form the document repeats. */
    any: (word: string) => listed(word) || (counts.get(word) ?? 0) > 1
  }
}

/** The clean text with the changes made, each change mapped to the raw span of what it replaces. */
function rewritten(mapped: MappedText, changes: readonly Change[]): MappedText {
  const out = new MappedTextBuilder(mapped.text.length)
  let at = 0
  for (const change of changes) {
    out.appendRange(mapped, at, change.start)
    const [rawStart, rawEnd] = [mapped.starts[change.start]!, mapped.ends[change.end - 1]!]
    // A change of the same length keeps each letter's own place; another maps to the whole word.
    if (change.text.length === change.end - change.start) {
      for (let k = 0; k < change.text.length; k++) out.append(change.text[k]!, mapped.starts[change.start + k]!, mapped.ends[change.start + k]!)
    } else out.append(change.text, rawStart, rawEnd)
    at = change.end
  }
  out.appendRange(mapped, at, mapped.text.length)
  return out.build()
}
