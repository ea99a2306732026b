import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {report} from '../../diagnostics.js'
import {GLOSSARY_LANGUAGES} from '../../glossary/index.js'
import type {Language} from '../../lang/index.js'
import {isAllUpper, lower, upper} from '../../text/casing.js'
import {type MappedText, MappedTextBuilder} from '../../text/mapped-text.js'
import {rawPosition} from '../../text/positions.js'
import {inWordList} from '../../lang/vocabulary.js'
import type {Root} from '../../tree.js'
import {paragraphs} from '../clean/index.js'
import {blurredStops, pointNumbers, speckStops, strayLetters} from './marks.js'
import {type WordScan, scanWords} from './scan.js'


const HYPHEN = 45
const ZERO = 48
const NINE = 57

/** Longer than any word of the language, with its suffixes (məsuliyyətsizləşdirilməsindən is 29 letters). */
const LONGEST_WORD = 40

/** Corrections per thousand words that show a text was read from a scan (born-digital exports 0–2.3, scans 12.5–38.9: tests/real-world.test.ts prints them). */
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
