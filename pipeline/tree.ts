/**
 * The hesabat syntax tree (unist). Language-neutral: node types say what a piece of the document is,
 * never which language it is in. Every node's `position` points into the RAW input (line, column,
 * offset); `data.clean` holds the node's span [start, end) in the clean text (file.data.clean.text).
 *
 *   root ─ line*                                   after parse
 *   root ─ paragraph*                              after clean
 *   root ─ title? section* ─ heading? paragraph*   after sections
 *   paragraph ─ sentence*                          after sentences
 */
import type {Literal, Parent, Position} from 'unist'

export type TokenType = 'number' | 'word' | 'identifier' | 'punct'

/**
 * One token of a sentence: the layer every stage after `tokens` reads (numbers, entities, terms, the
 * aligner). Offsets are in the text of the node it belongs to.
 */
export interface Token {
  type: TokenType
  text: string
  /** Lower case in the document's language (Turkic casing for az). */
  key: string
  start: number
  end: number
  /** For numbers: the value of each hyphen-joined digit group (2020-2024 → [2020, 2024]). */
  parts?: number[]
  /** For numbers: the digits had a thousands or decimal separator. */
  separated?: boolean
  /** For numbers: letters after the last hyphen (2021-ci → ci, 14-ü → ü), a glued English ordinal (21st → st) or a % sign. */
  suffix?: string
  /** For a numeric date (20/09/2013, 02.11.2021): day, month and year as written. */
  date?: {day: number; month: number; year: number}
}

/** The kinds of figure a language's grammar tells apart (a number item's kind on the tree). */
export type NumberKind =
  | 'year'
  | 'year_range'
  | 'count'
  | 'money'
  | 'duration'
  | 'duration_range'
  | 'ordinal'
  | 'legal_ref'
  | 'date'
  | 'percent'
  | 'identifier'

/** What a figure is, whatever its place: its kind and values (a number item of the tree is one with its place and English). */
export interface Figure {
  kind: NumberKind
  value?: number | string
  from?: number
  to?: number
  unit?: string
  currency?: string
}

/**
 * One candidate of the glossary lookup layer (stage `lookup`). Its fields are the glossary's: glossary/matcher.ts
 * declares them into this interface (declaration merging, as unist's users declare their fields into `Data`), so
 * this file imports nothing.
 */
export interface LookupCandidate {}

export interface CleanSpan {
  start: number
  end: number
}

export interface Line extends Literal {
  type: 'line'
  value: string
  position: Position
}

export interface Title extends Literal {
  type: 'title'
  value: string
  position: Position
  data: {
    clean: CleanSpan
    /** The country as the title writes it, in the document's language (name case). */
    countryName: string
    /** The country's English name, from the language data. */
    country: string | null
    tier: string | null
    tokens?: Token[]
    lookup?: LookupCandidate[]
    numbers?: NumberItem[]
    entities?: EntityItem[]
  }
}

export interface Heading extends Literal {
  type: 'heading'
  value: string
  position: Position
  data: {clean: CleanSpan; tokens?: Token[]; lookup?: LookupCandidate[]; terms?: TermItem[]}
}

/** A numeric expression; `start`/`end` are offsets in the text of the sentence (or title) it is in. */
export interface NumberItem extends Figure {
  id: string
  text: string
  start: number
  end: number
  counted?: string | null
  year?: number | null
  /** Id of the amount this one converts (the dollar figure in "124,700 manat (73,350 ABŞ dolları)"). */
  conversionOf?: string
  /** How an English report writes it. */
  en: string
  /** Where it stands in the raw input: raw offsets [start, end) (line and column come from the sentence's, or the file's line index). */
  raw?: RawOffsets
}

/** An item's place in the raw input as offsets [start, end): cheap to keep, turned into line:column only where shown. */
export type RawOffsets = [number, number]

/** A named entity mention; `id` is the glossary's entity id, `ref` the mention's own id. */
export interface EntityItem {
  id: string
  ref: string
  text: string
  start: number
  end: number
  type: string
  en: string
  acronymEn: string | null
  /** The glossary form it matched (or the name the document defined). */
  lemma: string
  fuzzy: boolean
  raw?: RawOffsets
}

/** What a glossary match in a sentence is: the glossary's id, the occurrence's own ref, its text and place. */
interface GlossaryItem {
  id: string
  ref: string
  text: string
  start: number
  end: number
  /** The glossary row it matched. */
  lemma: string
  en: string
  raw?: RawOffsets
}

/** A glossary term occurrence; `id` is the glossary's concept id. */
export interface TermItem extends GlossaryItem {
  fuzzy: boolean
}

/** A glossary verb in one of its forms (the row: the infinitive or the light-verb construction); `id` is v.… */
export interface VerbItem extends GlossaryItem {
  /** What the form is: finite, participle, verbal-noun, infinitive or converb; passive; negated. */
  form: {kind: string; passive: boolean; negated: boolean}
  /** The English verb in that form ("investigated", "was not investigated", "to prosecute"). */
  en: string
}

export interface Sentence extends Literal {
  type: 'sentence'
  value: string
  position: Position
  data: {
    id: string
    clean: CleanSpan
    tokens?: Token[]
    /** What the glossary holds at each token (the lookup stage), for the entities, terms and verbs stages. */
    lookup?: LookupCandidate[]
    numbers?: NumberItem[]
    entities?: EntityItem[]
    terms?: TermItem[]
    verbs?: VerbItem[]
    /** Its bead in the alignment with the other edition; `en` (source side only) is the bead's English text. */
    align?: {bead: string; confidence: number; en?: string}
  }
}

export interface Paragraph extends Parent {
  type: 'paragraph'
  /** Clean text of the paragraph (a slice of the clean document text). */
  value: string
  position: Position
  children: Sentence[]
  data: {clean: CleanSpan}
}

export interface Section extends Parent {
  type: 'section'
  children: Array<Heading | Paragraph>
  position?: Position
  data: {
    key: string
    /** The heading as the document writes it (its own language), or null when there is none. */
    heading: string | null
    headingEn: string | null
    inferred: boolean
  }
}

export interface Root extends Parent {
  type: 'root'
  children: Array<Line | Paragraph | Title | Section>
}

/** Something cleaning took out of the text, with its raw place and why. */
export interface Removal {
  reason: string
  text: string
  offset: number
}

/** What the CLI knows about an input before the pipeline sees it. */
export interface SourceInfo {
  path: string
  sha256: string
  language: string
  /** Edition year from the file name (`2022-azerbaijan.az.txt`), null when the name has none. */
  year: number | null
  /** A chapter of a file that holds several: its place among them and the file's path. */
  chapter?: {index: number; count: number; file: string}
}
