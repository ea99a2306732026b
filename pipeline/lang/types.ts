import type {Figure} from '../tree.js'
import type {Token} from '../text/tokens.js'
import type {WordLookup} from '../text/line-set.js'

export type {Figure, NumberKind} from '../tree.js'

/**
 * What a language contributes to the pipeline, read by language-neutral stages: data (JSON beside the
 * language's index.ts) and, where data is not enough, code (its number grammar), as spaCy's lang/xx/ does.
 */
export interface SectionSpec {
  key: string
  headingEn: string | null
  headings: string[]
  formulas: string[]
}

export interface TierValue {
  /** The tier as the language writes it (2 Müşahidə Siyahısı). */
  text: string
  en: string
}


/** What lang/compile.ts builds from a language's data for the stages to read. */
export interface LanguagePatterns {
  /** Section headings, anchored, longest first. */
  headings: ReadonlyArray<{spec: SectionSpec; pattern: RegExp}>
  /** The formulas that open each section when its heading was lost. */
  formulas: ReadonlyMap<SectionSpec, readonly RegExp[]>
  /** A chapter title: country, tier or special case. */
  title: RegExp
  /** Any look-alike letter of another script (global). */
  lookalike: RegExp
  /** The language's abbreviations by how they meet a sentence end (lower case, longest first), and the words around them. */
  abbreviations: CompiledAbbreviations
}

/** What `abbreviations.json` says, as the sentence splitter reads it. */
export interface Abbreviations {
  /** Always followed by more of the sentence (a title before a name: Mr., Dr.). */
  never: string[]
  /** No sentence end before a number (p. 55, No. 5); an end elsewhere. */
  beforeNumber: string[]
  /** A sentence end only when the next word opens a sentence (U.S. How…), none before a name (U.S. Government). */
  endsBeforeStarter: string[]
  /** A sentence end before any capital (5 p.m. Officers…) but a title of the `never` class (a.m. Mr. Smith). */
  endsBeforeCapital: string[]
  /** Words that open a sentence after an `endsBeforeStarter` abbreviation, besides the language's stop words. */
  starters: string[]
  /** Capitals that are words of their own (the pronoun I) after a lower-case word, not initials. */
  letterWords: string[]
  /** The letters a list's items are lettered with, in the language's order (a) b) c) ç) …). */
  itemLetters: string
}

export type AbbreviationClass = 'never' | 'beforeNumber' | 'endsBeforeStarter' | 'endsBeforeCapital'

export interface CompiledAbbreviations {
  /** Every abbreviation with its class, lower case, longest first. */
  list: ReadonlyArray<readonly [abbreviation: string, kind: AbbreviationClass]>
  /** Sentence openers after an `endsBeforeStarter` abbreviation: `starters` and the stop words, lower case. */
  starters: ReadonlySet<string>
  letterWords: ReadonlySet<string>
  itemLetters: string
}

export interface Language {
  code: string
  /** English name of the language, for messages. */
  name: string
  /** ISO 639-3 codes franc gives for text in this language. */
  francCodes: string[]
  /** BCP 47 tag for casing (toLocaleLowerCase). */
  locale: string
  lookalikes: Record<string, string>
  furniture: {
    pageNumber: string[]
    runningHeader: {minRepeats: number; maxLength: number; maxWords: number}
    /** Lines a web or document site puts around a text (regexes, flag u, on the trimmed line). */
    chrome: string[]
    /** A short line at a page break inside a running sentence is the page's header or footer. */
    pageHeader: {maxWords: number; maxLength: number}
    /** A footnote's number set apart after a word marks it before one of `before` (or a stop), unless the word is a label. */
    footnoteMarker: {before: string[]; labels: string[]}
  }
  title: {
    tierWords: string[]
    tierValues: TierValue[]
    specialCase: string[]
    /** The tier words lower-cased, compiled once with the language. */
    tierKeys: ReadonlySet<string>
  }
  /** Words before a LAW name that belong to it (`#years` a year or year range in digits): its span takes them. */
  nameQualifiers: string[][]
  /** Country names as the language's titles write them (upper case) that ISO 3166 does not know → alpha-2 code. */
  countries: Record<string, string>
  sections: SectionSpec[]
  morphology: Morphology
  /** Derived from `morphology` once per language (lang/compile.ts). */
  inflection: Inflection
  /** The data's regular expressions and sorted lists, compiled once per language (lang/compile.ts). */
  patterns: LanguagePatterns
  slips: {allowedRepeats: string[]; compoundHeads: string[]; compoundStarts: string[]; minPart: number; vowels: string; onsets: string[]; breakBefore: string[]}
  /** What OCR reads for the language's letters ([as read, as written]), and the specks it reads between words. */
  ocr: {
    confusions: Array<[string, string]>
    specks: string[]
    twins: Record<string, string>
    /** How a word that ends sentences ends (a regex, flag u; null: none): a comma or colon after one before a capitalised common word is a blurred stop. */
    stopAfter: RegExp | null
  }
  /** Recognises the figures of a sentence (its number words, units, currencies, years). */
  numbers: NumberGrammar
  /** The stem of a lower-case word (English: Porter), for accepting a concept worded as another part of speech. */
  stem?: (word: string) => string
  /** A stem as the word's other parts of speech share it (English: identifi-/identif-ication, referr-/refer), for relating concepts. */
  stemRoot?: (stem: string) => string
  /** Function words that coverage reports leave out. */
  stopwords: string[]
  /** A regex (flag u) for forms of common verbs (almaq, edin, keçin) that coverage reports leave out. */
  commonVerbs?: string
  /** Lower-case word forms known to the language (lazy: loaded on first use). */
  words(): WordLookup
  /** Lower-case compounds the language writes with a hyphen (sosial-iqtisadi, üz-üzə). */
  hyphenated(): WordLookup
}

/**
 * How words inflect, for matching a base form against the text: suffix slots stacked in order (one optional
 * form per slot), stem-final alternations, and the rule for compounds whose last word carries a possessive.
 */
export interface Morphology {
  /** The vowel classes of a language with vowel harmony ([back, front]): a suffix's vowels take the class of the stem's last vowel. */
  harmony?: string[]
  slots: string[][]
  /** The stem's last letters `stem` written as `surface` when a suffix follows that starts as `before` says (a regex). */
  alternations: {surface: string; stem: string; before?: string}[]
  minStem: number
  suffixStarts: string[]
  /**
   * A multi-word entry whose last word ends in `possessive` (insan alverçisi) takes its plural before that
   * ending (insan alverçiləri): the plural must start as `pluralBefore` says.
   */
  compound?: {possessive: string; pluralBefore: string}
  /** Enclitic suffixes (ki, kı) that follow a case ending only, and the regex a stem must match before them. */
  enclitics?: string[]
  encliticAfter?: string
  /** Irregular forms of a base word that the suffix slots do not make (child → children). */
  irregular?: Record<string, string[]>
  /** An acronym takes its suffixes after a hyphen (az: QHT-lər); otherwise glued (en: NGOs). */
  acronymHyphen: boolean
  /**
   * Words the language writes alike as noun and verb (en: report, fund, sentence). A glossary verb found as one
   * of these in a form that does not show a verb (`plainEndings`: report, reports) is read as a verb only with a
   * sign of one beside it: a word of `verbBefore` just before it (to, not, did), the sentence's start (an
   * imperative: "Train judges"), or a figure or a word of `objectAfter` just after it (report an increase).
   */
  verbOrNoun?: {words: string[]; plainEndings: string[]; verbBefore: string[]; objectAfter: string[]}
  /** Verb forms (regexes, flag u), for glossary rows with pos=verb; a language without them matches verbs as words. */
  verb?: {
    /** The infinitive's endings (-maq, -mək): a verb is its stem and one of them. */
    infinitives: string[]
    chain: string
    alternations: {surface: string; stem: string; before?: string}[]
    passiveStems: string[]
    passive: string
    negated: string
    /** [form, regex] pairs, tried in order on what follows the stem. */
    forms: string[][]
  }
}

/** A figure a language's number grammar found in a sentence's tokens. */
export interface RecognizedNumber extends Figure {
  /** Token range [first, last] of the whole expression. */
  first: number
  last: number
  /** Index (in the returned list) of the amount this one converts: the dollar figure in "124,700 manat ($73,350)". */
  conversionOf?: number
  /** For counts: what is counted, as an English singular noun, or null. */
  counted?: string | null
  /** For counts and money: the year the figure belongs to, or null. */
  year?: number | null
}

export interface NumberContext {
  /** Edition year of the report (the file name's), for "this year" phrases. */
  edition: number | null
  /** What the previous sentence counted last ("of them, 14 …" refers back to it); the grammar updates it. */
  carry: {counted: string | null}
}

export interface NumberGrammar {
  find(tokens: readonly Token[], context: NumberContext): RecognizedNumber[]
}

/** A stem-final alternation with its condition on the suffix compiled (null: any suffix). */
export interface CompiledAlternation {
  surface: string
  stem: string
  before: RegExp | null
}

/** What is derived from a language's morphology (suffix slots, alternations, compounds, verbs), built once (lang/compile.ts). */
export interface Inflection {
  /** Every suffix chain the slots allow, '' included. */
  readonly chains: ReadonlySet<string>
  /** Length of the longest chain. */
  readonly longestChain: number
  /** Each vowel's harmony class (0 back, 1 front), from `morphology.harmony`; empty for a language without harmony. */
  readonly vowelClass: ReadonlyMap<string, number>
  /** Length of the longest stem-final form an alternation replaces. */
  readonly longestAlternation: number
  /** The stem-final alternations with their `before` compiled: the suffix after `surface` must match it. */
  readonly alternations: readonly CompiledAlternation[]
  /** `morphology.compound` compiled, or null. */
  readonly compound: {possessive: RegExp; pluralBefore: RegExp} | null
  /** `morphology.verb` compiled, or null for a language that matches its verbs as words. */
  readonly verb: {
    /** One of `infinitives` at a word's end. */
    infinitive: RegExp
    infinitives: readonly string[]
    chain: RegExp
    alternations: readonly CompiledAlternation[]
    passiveStems: readonly string[]
    passive: RegExp
    negated: RegExp
    forms: ReadonlyArray<readonly [kind: string, pattern: RegExp]>
  } | null
  /** `morphology.verbOrNoun` as sets, or null for a language whose verbs show in their form. */
  readonly verbOrNoun: {words: ReadonlySet<string>; plainEndings: ReadonlySet<string>; verbBefore: ReadonlySet<string>; objectAfter: ReadonlySet<string>} | null
}
