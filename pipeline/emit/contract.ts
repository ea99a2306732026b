/**
 * hesabat's JSON as written, schema 3.0 (emit/hesabat.schema.json). Imports nothing: a program that reads the
 * files can take these types alone. `readDocument` (emit/read-document.ts) resolves one into the document the
 * writers read, with every item's text, English and raw line and column.
 *
 * What 3.0 leaves out, because it follows from what is kept: an item's text (its sentence's text between its
 * start and end), what its concept says (type, English, lemma, acronym: in `concepts`), a sentence's section
 * (the sections' counts), its bead (the beads), the facts (the count and money figures), the gloss, and every
 * line and column (the edition's `lines`).
 */

/** A raw place as offsets [start, end) into the decoded raw file (UTF-16 code units). */
export type OffsetsJson = [number, number]

/**
 * What the items of one id share, written once: a glossary concept (a term, verb or entity type with its English
 * and acronym) or a section (`section.<key>`, with the English heading of its kind). `lemmas` are the forms items
 * matched, by the language of their edition; an item names its lemma by place in that list when it is not the first.
 */
export interface ConceptJson {
  type: string
  en?: string
  acronym?: string
  lemmas?: Record<string, string[]>
}

interface ItemJson {
  id: string
  start: number
  end: number
  raw: OffsetsJson
}

/** A figure: the kind, value and what it counts are its own (lang/types.ts Figure). */
export interface NumberJson extends ItemJson {
  kind: string
  en: string
  [own: string]: unknown
}

/** An entity or term: its concept's fields, and the fields where this occurrence differs from them. */
export interface GlossaryItemJson extends ItemJson {
  /** Place of the matched form in the concept's lemmas of its language, when not 0. */
  lemma?: number
  fuzzy?: true
  type?: string
  en?: string
  acronym?: string | null
}

/** A glossary verb in a form: the English in that form is its own. */
export interface VerbJson extends ItemJson {
  form: string
  passive?: true
  negated?: true
  en: string
  lemma?: number
}

export interface SentenceJson {
  id: string
  text: string
  raw: OffsetsJson
  numbers?: NumberJson[]
  entities?: GlossaryItemJson[]
  terms?: GlossaryItemJson[]
  verbs?: VerbJson[]
}

export interface SectionJson {
  key: string
  /** The heading as the edition writes it, or null. */
  heading: string | null
  /** The English heading of its kind, only where it differs from the `section.<key>` concept's. */
  en?: string | null
  inferred?: true
  raw: OffsetsJson | null
  terms?: GlossaryItemJson[]
  /** How many of the edition's sentences, in order from the previous section's, are this section's. */
  sentences: number
}

export interface DiagnosticJson {
  rule: string
  severity: 'error' | 'warning' | 'info'
  message: string
  text: string | null
  suggestion?: string
  line: number
  column: number
  bead?: string
  counterpart?: {file: string; text: string; line: number; column: number}
  /** A reviewer's decision about the finding (review/<stem>.review.json): to fix (with why), dismissed, confirmed. */
  review?: {status: 'to-fix' | 'dismissed' | 'confirmed'; comment?: string}
}

/** The raw lines an edition's places fall on: the first one's number and offset, and each one's length with its line break. */
export interface LinesJson {
  first: number
  offset: number
  lengths: number[]
}

export interface EditionJson {
  path: string
  sha256: string
  language: string
  year: number | null
  chapter?: {index: number; count: number; file: string}
  /** The country's English name (the glossary's pivot) and as the edition writes it. */
  country: string | null
  countryName: string | null
  tier: string | null
  title: {text: string; raw: OffsetsJson; numbers?: NumberJson[]; entities?: GlossaryItemJson[]} | null
  lines: LinesJson
  sections: SectionJson[]
  sentences: SentenceJson[]
  diagnostics: DiagnosticJson[]
  removed: Array<{reason: string; text: string; offset: number}>
  notes?: Array<{number: string; text: string; raw: OffsetsJson; marker: number | null}>
  tables?: Array<{columns: number; rows: string[][]; raw: OffsetsJson}>
}

/** A bead: the sentence ids of the edition and of its partner that say the same thing. */
export interface BeadJson {
  id: string
  section: string
  edition: string[]
  partner: string[]
  confidence: number
  anchors: string[]
  /** Set by a reviewer (review/<stem>.review.json), the rest aligned around it (3.1). */
  fixed?: true
  /** A reviewer's word on the pairing (3.1). */
  review?: {status: 'to-fix' | 'dismissed' | 'confirmed'; comment?: string}
}

export interface DocumentJson {
  $schema: string
  schemaVersion: string
  /** Which language is the original (source) and which the translation (target); null for a side a single edition lacks. */
  languages: {source: string | null; target: string | null}
  /** sha256 of the glossary the run used, or null. */
  glossary: string | null
  concepts: Record<string, ConceptJson>
  /** The input the outputs are named after. */
  edition: EditionJson
  /** Its other edition, aligned with it (a pair only). */
  partner?: EditionJson
  beads?: BeadJson[]
}
