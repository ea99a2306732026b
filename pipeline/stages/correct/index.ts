import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {report} from '../../diagnostics.js'
import {GLOSSARY_LANGUAGES} from '../../glossary/index.js'
import type {Language} from '../../lang/index.js'
import {isAllUpper, lower, lowerPieces, upper} from '../../text/casing.js'
import {type MappedText, MappedTextBuilder} from '../../text/mapped-text.js'
import {rawPosition} from '../../text/positions.js'
import {letterAt, lettersEnd} from '../../text/letters.js'
import {inWordList} from '../../text/vocabulary.js'
import type {Root} from '../../tree.js'
import {paragraphs} from '../clean/index.js'
import {STOPS} from '../../structure/sentence-end.js'


const HYPHEN = 45
const COMMA = 44
const STOP = 46
const COLON = 58
const SPACE = 32
const STOP_MARK = new RegExp(STOPS, 'u')
const ZERO = 48
const NINE = 57

/** Longer than any word of the language, with its suffixes (məsuliyyətsizləşdirilməsindən is 29 letters). */
const LONGEST_WORD = 40

/** Corrections per thousand words that show a text was read from a scan (born-digital exports measured 0–2.3, scans 6–31). */
const SCAN_EVIDENCE = 3

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
 * The words OCR may have read as `key`: those one confusion away, or where there is none and `twice` allows it,
 * two (a word with two letters misread, "siğıhacaqda"), that `accept` takes.
 */
function candidates(key: string, lang: Language, accept: (word: string) => boolean, twice: boolean): string[] {
  const once = variants(key, lang)
  const found = [...once].filter(accept)
  if (found.length > 0 || !twice || key.length < 6) return found.sort()
  const further = new Set<string>()
  for (const variant of once) for (const next of variants(variant, lang)) if (next !== key && accept(next)) further.add(next)
  return [...further].sort()
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
    const scan = scanWords(text, lang)
    const known = knownWords(scan, lang, file)
    const apply = file.data.correct !== false
    const changes: Change[] = []
    const touched = new Set<number>()
    const note = (start: number, end: number, read: string, written: string, reason: 'confusion' | 'speck' | 'point' | 'stop') => {
      // Two readings of the same characters (a word and a mark beside it): the first stands.
      for (let at = start; at < end; at++) if (touched.has(at)) return
      for (let at = start; at < end; at++) touched.add(at)
      const [rawStart, rawEnd] = [mapped.starts[start]!, mapped.ends[end - 1]!]
      const place = rawPosition(file, rawStart, rawEnd)
      if (apply) {
        changes.push({start, end, text: written})
        file.data.removed!.push({reason: 'ocr-correction', text: read, offset: rawStart})
      }
      report(file, {
        rule: apply ? 'ocr-correction' : 'ocr-word',
        severity: apply ? 'info' : 'warning',
        message: {key: reason === 'speck' ? 'diagnostics.ocrSpeck' : reason === 'point' ? 'diagnostics.ocrPointNumber' : reason === 'stop' ? 'diagnostics.ocrStop' : apply ? 'diagnostics.ocrCorrected' : 'diagnostics.ocrWord', values: {text: read, reading: written}},
        place,
        text: read,
        suggestion: written
      })
    }
    const decided = new Map<string, string[]>()
    for (let k = 0; k < scan.keys.length; k++) {
      const start = scan.starts[k]!
      const end = scan.ends[k]!
      const key = scan.keys[k]!
      // A run of letters longer than any word is no misread word (and its variants would cost its length squared).
      if (end - start > LONGEST_WORD || (key !== '' && key.length < 2)) continue
      // A document says most of its words many times: each form is decided once, and most need no more.
      let found = key === '' ? undefined : decided.get(key)
      if (found === undefined && key !== '') decided.set(key, (found = readings(key, lang, known)))
      if (found?.length === 0) continue
      // A suffix after a number or an acronym's hyphen (2019-cu, QHT-lər) is the number's, not a word.
      const before = text.charCodeAt(start - 1)
      if (before === HYPHEN || (before >= ZERO && before <= NINE)) continue
      const word = text.slice(start, end)
      if (found === undefined) {
        const reading = speckless(word, lang, known.any)
        if (reading) note(start, end, word, reading, 'speck')
        continue
      }
      if (word.length <= 4 && isAllUpper(word)) continue
      if (found.length === 1) note(start, end, word, recase(found[0]!, word, lang.locale), 'confusion')
      else if (found.length > 1) {
        report(file, {
          rule: 'ocr-word',
          severity: 'warning',
          message: {key: 'diagnostics.ocrUnsure', values: {text: word, readings: found.map((reading) => recase(reading, word, lang.locale)).join(', ')}},
          place: rawPosition(file, mapped.starts[start]!, mapped.ends[end - 1]!),
          text: word
        })
      }
    }
    const raw = String(file.value)
    for (const {start, end, written} of pointNumbers(text, mapped, raw)) note(start, end, text.slice(start, end), written, 'point')
    for (const {at, written} of blurredStops(text, scan, lang)) note(at, at + 1, text[at]!, written, written === '.' ? 'stop' : 'speck')
    // A stop or a letter is taken out only in a text that shows it was read from a scan: a born-digital text's are the author's.
    if (changes.length >= 2 && changes.length * 1000 >= scan.keys.length * SCAN_EVIDENCE) {
      for (const {start, end} of strayLetters(text, scan, mapped, raw, known.listed)) note(start, end, text.slice(start, end), '', 'speck')
      for (const at of speckStops(text, scan, lang, known.any)) note(at, at + 1, '.', '', 'speck')
    }
    if (changes.length === 0) return
    // Words first, then marks: put in the order of the text.
    changes.sort((a, b) => a.start - b.start)
    file.data.clean = rewritten(mapped, changes)
    tree.children = paragraphs(file.data.clean, file)
  }
}

/** A point number as printed, at a line's start before a capital (2.1. Mərkəz). */
const POINT = /(?<=^|\n| )\d{1,2}\.\d{1,2}\. \p{Lu}/gu
/** A point number whose stops a speck turned into a colon or a doubled stop or a hyphen (2:2. · 1.1..Bu · 2.3:-Hər · 4:1:). */
const BLURRED_POINT = /(?<=^|\n| )(\d{1,2})[.:](\d{1,2})([.:]{1,2}-?|\.-)(?= ?\p{Lu})/gu

/**
 * Point numbers the scan blurred, at the start of a line of a document that numbers its points (two printed
 * right at least): each read as the number it was, the stops a speck made into another mark set right.
 */
function pointNumbers(text: string, mapped: MappedText, raw: string): Array<{start: number; end: number; written: string}> {
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
function blurredStops(text: string, scan: WordScan, lang: Language): Array<{at: number; written: string}> {
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
function speckStops(text: string, scan: WordScan, lang: Language, known: (word: string) => boolean): number[] {
  const verb = lang.ocr.stopAfter
  if (!verb) return []
  const abbreviations = new Set(lang.patterns.abbreviations.list.map(([item]) => item))
  const found: number[] = []
  for (let k = 0; k + 1 < scan.keys.length; k++) {
    const at = scan.ends[k]!
    const key = scan.keys[k]!
    if (text.charCodeAt(at) !== STOP || text.charCodeAt(at + 1) !== SPACE || key.length < 3 || !/\p{Ll}/u.test(text.charAt(at - 1))) continue
    // A word OCR damaged may be a verb: only a known word is read for what it ends.
    if (!/^["“„«(]?[\p{Lu}\d]/u.test(text.slice(at + 2, at + 4)) || verb.test(key) || abbreviations.has(`${key}.`) || !known(key)) continue
    found.push(at)
  }
  return found
}

/**
 * A letter that is no word standing alone at a line's end after a stop ("keçin. ğ"): a speck the OCR read as one.
 * Its span with the space before it.
 */
function strayLetters(text: string, scan: WordScan, mapped: MappedText, raw: string, listed: (word: string) => boolean): Array<{start: number; end: number}> {
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

/** Do two forms of one length differ in exactly one letter? */
function oneApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let differences = 0
  for (let at = 0; at < a.length && differences < 2; at++) if (a[at] !== b[at]) differences++
  return differences === 1
}

/**
 * What OCR may have made `key` of (lower case; none for a word it did not damage). A listed word is a misreading
 * only as a form the word list holds typed without the language's letters (yardim, qarşi, baki): one the
 * document uses once, one confusion away from a listed word the document uses more. A word the list lacks is a
 * misreading of a listed word the document says elsewhere, or whose stem it says: OCR damages a few words of a
 * text, so what it read is most often a word the text has, and a listed word the text knows nothing of is no
 * evidence against a form the list lacks (broşüralar is no misreading of broşuralar).
 */
function readings(key: string, lang: Language, known: ReturnType<typeof knownWords>): string[] {
  if (known.listed(key)) {
    // A listed word is taken for another only where that other is the one choice; it is never flagged.
    const usual = known.once(key) ? known.twinsOf(key).filter((twin) => oneApart(twin, key) && known.listed(twin)) : []
    return usual.length === 1 ? usual : []
  }
  // Two letters misread the same way twice over is no OCR slip: a form said more than once is looked at one confusion away only.
  const found = candidates(key, lang, (candidate) => (known.inDocument(candidate) || known.stemInDocument(candidate, key)) && known.listed(candidate), known.once(key))
  // Where the document has no word to go by, a listed word that puts the vowels back in harmony.
  return found.length > 0 ? found : candidates(key, lang, (candidate) => harmonyRestored(key, candidate, lang) && known.listed(candidate), false)
}

/** The harmony class (lang/<code>/morphology.json harmony) of each vowel of a word, in order. */
function vowelClasses(word: string, lang: Language): number[] {
  const classes: number[] = []
  for (const letter of word) {
    const kind = lang.inflection.vowelClass.get(letter)
    if (kind !== undefined) classes.push(kind)
  }
  return classes
}

/**
 * Does `candidate` make the last two vowels of `key` agree, as a suffix agrees with the vowel before it, where
 * they did not (statistikasina → statistikasına, olunür → olunur)? A misreading no correct word shows.
 */
function harmonyRestored(key: string, candidate: string, lang: Language): boolean {
  const read = vowelClasses(key, lang).slice(-2)
  const meant = vowelClasses(candidate, lang).slice(-2)
  return read.length === 2 && meant.length === 2 && read[0] !== read[1] && meant[0] === meant[1]
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

/** The words of a text: each one's span and lower-case key ('' for one with a speck inside), and how often each key occurs. */
interface WordScan {
  starts: number[]
  ends: number[]
  keys: string[]
  /** Words only: a speck between two words of a common phrase ("əməyə-cəlb") repeats as often as the phrase. */
  counts: Map<string, number>
}

/** One pass over the clean text: its words, with the language's specks (-, :) between letters where OCR read one. */
function scanWords(text: string, lang: Language): WordScan {
  const specks = new Set(lang.ocr.specks.filter((speck) => speck === '-' || speck === ':').map((speck) => speck.charCodeAt(0)))
  const keyOf = lowerPieces(text, lang.locale)
  const scan: WordScan = {starts: [], ends: [], keys: [], counts: new Map()}
  const count = (key: string) => scan.counts.set(key, (scan.counts.get(key) ?? 0) + 1)
  for (let at = 0; at < text.length; ) {
    const start = at
    let end = lettersEnd(text, at)
    if (end === start) {
      at++
      continue
    }
    // Letters, then a speck and letters again, as often as they come.
    let pieces = 1
    while (specks.has(text.charCodeAt(end)) && letterAt(text, end + 1) > 0) {
      count(keyOf(at, end))
      at = end + 1
      end = lettersEnd(text, at)
      pieces++
    }
    const key = pieces === 1 ? keyOf(start, end) : ''
    count(pieces === 1 ? key : keyOf(at, end))
    at = end
    scan.starts.push(start)
    scan.ends.push(end)
    scan.keys.push(key)
  }
  return scan
}

/**
 * The words the correction trusts: listed ones (the language's word list, a listed stem or verb with its
 * suffixes, the glossary's words), and the forms the document itself uses and repeats.
 */
function knownWords(scan: WordScan, lang: Language, file: VFile) {
  const counts = scan.counts
  // The document's repeated words by their letters typed plain (qarşı → qarsi): a form the word list holds typed
  // that way finds the word it stands for with one look-up. Made when first asked (a listed word said once).
  const plain = plainTyping(lang)
  let twins: Map<string, string[]> | undefined
  const twinsByPlain = () => {
    if (twins) return twins
    twins = new Map()
    for (const [key, count] of counts) {
      if (count < 2) continue
      const folded = plain(key)
      const group = twins.get(folded)
      if (group) group.push(key)
      else twins.set(folded, [key])
    }
    return twins
  }
  // How many of the document's words start with each six letters, made when a word is first looked up by its stem.
  const stemOf = (word: string) => (word.length <= 6 ? word : word.slice(0, 6))
  let stems: Map<string, number> | undefined
  const stemCounts = () => {
    if (stems) return stems
    stems = new Map()
    for (const key of counts.keys()) {
      const stem = stemOf(key)
      stems.set(stem, (stems.get(stem) ?? 0) + 1)
    }
    return stems
  }
  const glossary = glossaryWords(file.data.glossary, lang)
  // The word list's answers are kept across documents (inWordList); the glossary's words are few and asked as they are.
  const listed = (word: string) => glossary.has(word) || inWordList(word, lang)
  return {
    listed,
    once: (word: string) => counts.get(word) === 1,
    /** The document's repeated words written with the same letters typed plain, but for the word itself. */
    twinsOf: (word: string) => (twinsByPlain().get(plain(word)) ?? []).filter((other) => other !== word),
    /** Does another word of the document start as `word` does (its first six letters, or all of a shorter one)? */
    stemInDocument: (word: string, except: string) => {
      const stem = stemOf(word)
      return (stemCounts().get(stem) ?? 0) > (counts.has(except) && stemOf(except) === stem ? 1 : 0)
    },
    inDocument: (word: string) => counts.has(word),
    /** Listed, or a form the document repeats. */
    any: (word: string) => listed(word) || (counts.get(word) ?? 0) > 1
  }
}

/** A word with each letter the language has and a plain keyboard lacks typed plain (qarşı → qarsi); cached per language. */
const plainTypings = new WeakMap<Language, (word: string) => string>()
function plainTyping(lang: Language): (word: string) => string {
  let plain = plainTypings.get(lang)
  if (plain) return plain
  const table = new Map(Object.entries(lang.ocr.twins).map(([letter, typed]) => [letter.charCodeAt(0), typed]))
  plain = (word) => {
    let out = ''
    let from = 0
    for (let at = 0; at < word.length; at++) {
      const typed = table.get(word.charCodeAt(at))
      if (typed === undefined) continue
      out += word.slice(from, at) + typed
      from = at + 1
    }
    return from === 0 ? word : out + word.slice(from)
  }
  plainTypings.set(lang, plain)
  return plain
}

/** The glossary's words on the language's side, lower case; made once per glossary and language. */
const glossaryWordSets = new WeakMap<object, Map<string, Set<string>>>()
function glossaryWords(glossary: VFile['data']['glossary'], lang: Language): Set<string> {
  if (!glossary) return new Set()
  let byLanguage = glossaryWordSets.get(glossary)
  if (!byLanguage) glossaryWordSets.set(glossary, (byLanguage = new Map()))
  let words = byLanguage.get(lang.code)
  if (words) return words
  words = new Set()
  const sourceSide = lang.code === GLOSSARY_LANGUAGES.source
  for (const entry of glossary.entries) for (const word of (sourceSide ? entry.source : entry.target).split(/[\s-]+/u)) words.add(lower(word, lang.locale))
  byLanguage.set(lang.code, words)
  return words
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
