import type {WordLookup} from '../text/line-set.js'
import type {Language} from './types.js'
import {lower} from '../text/casing.js'

/**
 * Word membership for cleaning decisions: the language's word list, the document's own words, and a
 * light morphological analysis (known stem + a suffix chain, with stem-final alternations).
 */
export class Vocabulary {
  private readonly chains: ReadonlySet<string>
  private readonly maxChain: number
  /** Answers of isWord by lower-case form: a document repeats its words, and each answer tries every cut. */
  private readonly known = new Map<string, boolean>()

  constructor(
    private readonly lang: Language,
    private readonly documentWords: ReadonlySet<string> = new Set()
  ) {
    this.chains = lang.inflection.chains
    this.maxChain = lang.inflection.longestChain
  }

  /** The form itself is listed (word list or the document). Expects lower case. */
  listed(word: string): boolean {
    return this.documentWords.has(word) || this.lang.words().has(word)
  }

  /** The document uses this form elsewhere. Expects lower case. */
  inDocument(word: string): boolean {
    return this.documentWords.has(word)
  }

  /**
   * Could this piece stand as a word of its own? Not when it begins like a suffix (-ləş, -dir, -ların):
   * the word list holds such strings, but a piece that starts with one continues the word before it.
   */
  startsLikeWord(piece: string): boolean {
    const word = lower(piece, this.lang.locale)
    if (this.lang.morphology.suffixStarts.some((suffix) => word.startsWith(suffix))) return false
    return word === '' || !this.chains.has(word)
  }

  /** A listed form, or a listed stem followed by a suffix chain. Case-insensitive (Turkic casing). */
  isWord(form: string): boolean {
    const word = lower(form, this.lang.locale)
    let answer = this.known.get(word)
    if (answer === undefined) {
      // Listed means in the word list or in the document: the word-list half is the same for every
      // document, so it is answered once per language; only the document half is looked at here.
      answer = knownToLanguage(word, this.lang, this.chains, this.maxChain) || (this.documentWords.size > 0 && analyse(word, this.lang, this.chains, this.maxChain, this.documentWords))
      this.known.set(word, answer)
    }
    return answer
  }
}

/**
 * Is the lower-case word in `listed`, a stem in `listed` (with its stem-final alternations) plus a suffix chain,
 * or a verb whose infinitive is listed plus a verb form of the language (məhdudlaşdırmaq → məhdudlaşdır-ılması)?
 */
function analyse(word: string, lang: Language, chains: ReadonlySet<string>, maxChain: number, listed: WordLookup): boolean {
  if (listed.has(word)) return true
  if (verbForm(word, lang, listed)) return true
  const {minStem} = lang.morphology
  const {alternations} = lang.inflection
  const shortest = Math.max(minStem, word.length - maxChain)
  for (let cut = word.length - 1; cut >= shortest; cut--) {
    if (!chains.has(word.slice(cut))) continue
    const stem = word.slice(0, cut)
    if (!inHarmony(stem, word.slice(cut), lang)) continue
    if (listed.has(stem)) return true
    // An alternated stem stands only before the suffixes its rule names (sığınacağ-a, never sığınacağ-lar).
    for (const {surface, stem: underlying, before} of alternations) {
      if (stem.endsWith(surface) && (!before || before.test(word.slice(cut))) && listed.has(stem.slice(0, -surface.length) + underlying)) return true
    }
  }
  return false
}

/** Are a suffix chain's vowels of the class of the stem's last vowel (a language without harmony: always)? */
export function inHarmony(stem: string, suffixes: string, lang: Language): boolean {
  const classes = lang.inflection.vowelClass
  if (classes.size === 0) return true
  let last: number | undefined
  for (let at = stem.length - 1; at >= 0 && last === undefined; at--) last = classes.get(stem[at]!)
  if (last === undefined) return true
  for (const letter of suffixes) {
    const kind = classes.get(letter)
    if (kind !== undefined && kind !== last) return false
  }
  return true
}

/** Longest verb ending looked for after a stem, in letters. */
const MAX_VERB_ENDING = 24

/** A listed verb (its infinitive: the stem and one of the language's infinitive endings) in one of its forms: the stem, then the verb chain. */
function verbForm(word: string, lang: Language, listed: WordLookup): boolean {
  const verb = lang.inflection.verb
  if (!verb) return false
  // A verb form's ending is short (-dırılmamasından is 16 letters): the cuts stop there, so a long word costs no more.
  for (let cut = word.length - 1; cut >= Math.max(lang.morphology.minStem, word.length - MAX_VERB_ENDING); cut--) {
    const stem = word.slice(0, cut)
    if (verb.infinitives.some((ending) => listed.has(stem + ending)) && verb.chain.test(word.slice(cut)) && inHarmony(stem, word.slice(cut), lang)) return true
  }
  return false
}

const languageAnswers = new WeakMap<Language, Map<string, boolean>>()
/** Answers kept per language; past this many (a long batch of noisy text) they start again. */
const MAX_ANSWERS = 500_000

/** Is the lower-case word in the language's word list, as it is or as a listed stem plus a suffix chain? */
export function inWordList(word: string, lang: Language): boolean {
  return knownToLanguage(word, lang, lang.inflection.chains, lang.inflection.longestChain)
}

/** analyse() against the language's word list, remembered across the documents of a batch. */
function knownToLanguage(word: string, lang: Language, chains: ReadonlySet<string>, maxChain: number): boolean {
  let answers = languageAnswers.get(lang)
  if (!answers || answers.size >= MAX_ANSWERS) languageAnswers.set(lang, (answers = new Map()))
  let answer = answers.get(word)
  if (answer === undefined) answers.set(word, (answer = analyse(word, lang, chains, maxChain, lang.words())))
  return answer
}

export interface DocumentVocabulary {
  /** How often each lower-case word form stands in the clean text. */
  counts: ReadonlyMap<string, number>
  /** Word membership with the forms the document uses more than once (a slip is usually a one-off). */
  vocabulary: Vocabulary
}

/** A word of the document (letters, hyphen-joined parts): what the vocabulary counts. */
export const WORD = /\p{L}+(?:-\p{L}+)*/gu

/**
 * The document's own words: how often each form stands in the clean text, and word membership with the
 * forms used more than once. A caller that has just counted them (slips, in its one pass over the words)
 * hands its counts over. The slips stage keeps the result on `file.data.vocabulary` for the terms stage.
 */
export function documentVocabulary(text: string, lang: Language, counted?: Map<string, number>): DocumentVocabulary {
  let counts = counted
  if (!counts) {
    counts = new Map<string, number>()
    for (const match of text.matchAll(WORD)) {
      const key = lower(match[0], lang.locale)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  const repeated = new Set([...counts].filter(([, count]) => count > 1).map(([key]) => key))
  return {counts, vocabulary: new Vocabulary(lang, repeated)}
}
