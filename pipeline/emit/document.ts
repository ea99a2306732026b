/**
 * The document every writer reads (JSON, Markdown, CSV, the page, XLIFF, TMX), so they cannot disagree: one
 * plain object per document, built from the finished trees here, or read back from the JSON by readDocument
 * (read-document.ts). The JSON itself (contract.ts, schema 3.0) writes it without what follows from the rest.
 */
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {compareMessage} from 'vfile-sort'
import {severityOf} from '../diagnostics.js'
import {render, type UiLang} from '../i18n/index.js'
import {footnotes} from '../structure/notes.js'
import {tables} from '../structure/tables.js'
import {locatorOf, toPoint} from '../text/positions.js'
import {PAIR_SOURCE} from '../align/bead.js'
import type {EntityItem, NumberItem, Paragraph, RawOffsets, Root, Section, TermItem, Title, VerbItem} from '../tree.js'
import type {DiagnosticJson} from './contract.js'
import {joinGloss, sentenceGloss} from './gloss.js'

export const SCHEMA_VERSION = '3.1.0'
/** The schema's $id, written as the output's `$schema` (the file is pipeline/emit/hesabat.schema.json). */
export const SCHEMA_ID = 'https://hesabat.invalid/schema/hesabat.schema.json'

export interface Point {
  line: number
  column: number
  offset: number
}

export interface RawSpan {
  start: Point
  end: Point
}

/** An item's raw place: offsets [start, end), and the line and column of its start. */
interface Placed {
  raw: RawOffsets
  line: number
  column: number
}

/** Items as a reader gets them: their text, what their concept says (the English, the lemma) and their raw place. */
export type OutputNumber = Omit<NumberItem, 'raw'> & Placed
export type OutputEntity = Omit<EntityItem, 'raw' | 'ref'> & Placed
export type OutputTerm = Omit<TermItem, 'raw' | 'ref'> & Placed
export type OutputVerb = Omit<VerbItem, 'raw' | 'ref'> & Placed

export interface OutputSentence {
  id: string
  section: string
  text: string
  raw: RawSpan
  numbers: OutputNumber[]
  entities: OutputEntity[]
  terms: OutputTerm[]
  /** The glossary's verbs in their forms, with the English in that form. */
  verbs: OutputVerb[]
  /** The text with the English of each entity, number and term in brackets after it (not for an English edition). */
  gloss?: string
  /** In a pair, on the edition's side: the partner's text of the sentence's bead ('' when it has none). */
  en?: string
  /** In a pair: the sentence's bead and its confidence. */
  align?: {bead: string; confidence: number}
}

/** A diagnostic as written (the JSON keeps it as it is: contract.ts). */
export type OutputDiagnostic = DiagnosticJson

export interface OutputSection {
  key: string
  /** The heading as the edition writes it, or null when it has none. */
  heading: string | null
  /** The English heading of the section's kind (the language's section list), or null. */
  en: string | null
  inferred: boolean
  raw: RawSpan | null
  terms: OutputTerm[]
  /** How many of `sentences[]` (consecutive, in order) belong to this section. */
  sentences: number
  /** Ids of its first and last sentence (null when it has none). */
  first: string | null
  last: string | null
}

export interface Fact {
  /** The figure's number id (`<sentence>.n<k>`). */
  id: string
  section: string
  sentence: string
  kind: 'count' | 'money'
  value: number
  /** What is counted (counts) or null. */
  counted: string | null
  /** ISO 4217 code (money) or null. */
  currency: string | null
  year: number | null
  conversionOf: string | null
  text: string
  en: string
}

export interface OutputNote {
  number: string
  text: string
  raw: RawSpan
  marker: Point | null
  /** The id of the sentence its marker stood in, or null. */
  sentence: string | null
}

export interface OutputTable {
  columns: number
  rows: string[][]
  raw: RawSpan
  /** The id of the sentence the table follows in the text, or null. */
  after: string | null
}

/** A bead of the alignment: the sentence ids of the edition and of its partner that say the same thing. */
export interface OutputBead {
  id: string
  section: string
  edition: string[]
  partner: string[]
  /** `<edition count>-<partner count>`: 1-1, 2-1, 1-0 (left untranslated), 0-1 (added)… */
  shape: string
  confidence: number
  anchors: string[]
  /** Set by a reviewer (review/<stem>.review.json), the rest aligned around it. */
  fixed?: true
  /** A reviewer's word on the pairing. */
  review?: OutputDiagnostic['review']
}

/** The raw lines an edition's places fall on (emit/contract.ts LinesJson). */
export interface LineIndex {
  first: number
  offset: number
  lengths: number[]
}

/** One edition as read: its source, title, sections, sentences, diagnostics and what cleaning took out. */
export interface OutputEdition {
  source: {path: string; sha256: string; language: string; chapter?: {index: number; count: number; file: string}}
  document: {
    /** The country's English name, and as the edition writes it. */
    country: string | null
    countryName: string | null
    tier: string | null
    year: number | null
    title: {text: string; raw: RawSpan; numbers: OutputNumber[]; entities: OutputEntity[]} | null
  }
  sections: OutputSection[]
  sentences: OutputSentence[]
  diagnostics: OutputDiagnostic[]
  removed: Array<{reason: string; text: string; line: number; column: number; offset: number}>
  /** The footnotes cleaning took out, each attached to the sentence of its marker (only when there are any). */
  notes?: OutputNote[]
  /** The tables cleaning took out, read back into rows (only when there are any). */
  tables?: OutputTable[]
  lines: LineIndex
}

/**
 * The document every writer reads: the edition the outputs are named after, at the top, with its partner
 * edition and the beads in a pair. `toDocument` makes it from the trees; `readDocument` from the JSON.
 */
export interface OutputDocument extends OutputEdition {
  $schema: string
  schemaVersion: string
  /** Which language is the original (source) and which the translation (target); null for a side a single edition lacks. */
  languages: {source: string | null; target: string | null}
  /** sha256 of the glossary the run used, or null. */
  glossary: string | null
  /** One row per count and money figure: the table an analyst compares across years. */
  facts: Fact[]
  /** The other edition of a pair, analysed the same way (raw places point into its own file). */
  partner?: OutputEdition
  beads?: OutputBead[]
}

/**
 * A raw place as a span. Tree positions come from vfile-location as {line, column, offset} already, so
 * they are used as they are: a large document then holds its positions once, not twice.
 */
function span(position: Pick<Position, 'start' | 'end'>): RawSpan {
  return position as RawSpan
}

/**
 * Items as a reader gets them: without the tree's own ref, with the line and column of their raw start. Plain
 * loops: this runs for every item of a batch.
 */
function placed<T extends {raw?: RawOffsets; ref?: string}>(file: VFile, items: T[] = []): Array<Omit<T, 'raw' | 'ref'> & Placed> {
  const locate = locatorOf(file)
  const out = new Array<Omit<T, 'raw' | 'ref'> & Placed>(items.length)
  for (let at = 0; at < items.length; at++) {
    const item = items[at]!
    const copy: Record<string, unknown> = {}
    for (const key in item) if (key !== 'ref') copy[key] = item[key]
    const {line, column} = locate.toPoint(item.raw![0])!
    copy.line = line
    copy.column = column
    out[at] = copy as Omit<T, 'raw' | 'ref'> & Placed
  }
  return out
}

/** An edition in English needs no English gloss: its text is the English. */
export const glossed = (language: string) => language !== 'en'

/** The gloss of a sentence from its items: entities first, then figures, terms and verbs. */
export const glossOf = (sentence: Pick<OutputSentence, 'text' | 'entities' | 'numbers' | 'terms' | 'verbs'>) => joinGloss(sentenceGloss(sentence))

/**
 * The sentences of a tree in order, with their section key and what the stages found; with `gloss`, the text
 * with the English of its items (the English edition's sentences have none: it would be their text again).
 */
function sentencesOf(file: VFile, sections: readonly Section[], {gloss = true} = {}): OutputSentence[] {
  const sentences: OutputSentence[] = []
  for (const section of sections) {
    for (const child of section.children) {
      if (child.type !== 'paragraph') continue
      for (const sentence of (child as Paragraph).children) {
        const {align} = sentence.data
        const items = {
          text: sentence.value,
          numbers: placed(file, sentence.data.numbers),
          entities: placed(file, sentence.data.entities),
          terms: placed(file, sentence.data.terms),
          verbs: placed(file, sentence.data.verbs)
        }
        sentences.push({
          id: sentence.data.id,
          section: section.data.key,
          raw: span(sentence.position),
          ...items,
          ...(gloss ? {gloss: glossOf(items)} : {}),
          ...(align ? {...(align.en === undefined ? {} : {en: align.en}), align: {bead: align.bead, confidence: align.confidence}} : {})
        })
      }
    }
  }
  return sentences
}

function diagnosticsOf(file: VFile, uiLang: UiLang): OutputDiagnostic[] {
  return [...file.messages].sort(compareMessage).map((message) => {
    const counterpart = message.counterpart
      ? {file: message.counterpart.file, text: message.counterpart.text, line: message.counterpart.place.start.line, column: message.counterpart.place.start.column}
      : undefined
    return {
      rule: message.ruleId ?? 'unknown',
      severity: severityOf(message.fatal),
      // The reason is the message in English already (report() renders it so for the VFile).
      message: message.i18n && uiLang !== 'en' ? render(message.i18n.message, uiLang) : message.reason,
      text: message.actual ?? null,
      ...(message.expected?.[0] === undefined ? {} : {suggestion: message.i18n?.suggestion && uiLang !== 'en' ? render(message.i18n.suggestion, uiLang) : message.expected[0]}),
      line: message.line ?? 1,
      column: message.column ?? 1,
      ...(message.bead === undefined ? {} : {bead: message.bead}),
      ...(counterpart ? {counterpart} : {}),
      ...(message.review ? {review: message.review} : {})
    }
  })
}

function removedOf(file: VFile): OutputEdition['removed'] {
  return [...(file.data.removed ?? [])]
    .sort((a, b) => a.offset - b.offset || a.reason.localeCompare(b.reason))
    .map(({reason, text, offset}) => {
      const {line, column} = toPoint(file, offset)
      return {reason, text, line, column, offset}
    })
}

/** The sentence whose raw span holds an offset (a footnote marker's), or null. */
export const sentenceHolding = (sentences: readonly OutputSentence[], offset: number) =>
  sentences.find((sentence) => sentence.raw.start.offset <= offset && offset <= sentence.raw.end.offset)?.id ?? null

/** The last sentence that ends before an offset (the one a table follows), or null. */
export const sentenceBefore = (sentences: readonly OutputSentence[], offset: number) => sentences.filter((sentence) => sentence.raw.end.offset <= offset).at(-1)?.id ?? null

/** The document's footnotes as notes, each with the sentence its marker stood in; nothing when it has none. */
function notesOf(file: VFile, sentences: readonly OutputSentence[]): {notes?: OutputNote[]} {
  const notes = footnotes(file.data.removed ?? [])
  if (notes.length === 0) return {}
  return {
    notes: notes.map((note) => ({
      number: note.number,
      text: note.text,
      raw: {start: toPoint(file, note.start), end: toPoint(file, note.end)},
      marker: note.marker === null ? null : toPoint(file, note.marker),
      sentence: note.marker === null ? null : sentenceHolding(sentences, note.marker)
    }))
  }
}

/** The document's tables, each with the sentence it follows; nothing when it has none. */
function tablesOf(file: VFile, sentences: readonly OutputSentence[]): {tables?: OutputTable[]} {
  const found = tables(file.data.removed ?? [], String(file.value))
  if (found.length === 0) return {}
  return {
    tables: found.map((table) => ({
      columns: table.columns,
      rows: table.rows,
      raw: {start: toPoint(file, table.start), end: toPoint(file, table.end)},
      after: sentenceBefore(sentences, table.start)
    }))
  }
}

function sectionsOf(file: VFile, sections: readonly Section[]): OutputSection[] {
  return sections.map((section) => {
    const heading = section.children[0]?.type === 'heading' ? section.children[0] : undefined
    const sentences = section.children.flatMap((child) => (child.type === 'paragraph' ? (child as Paragraph).children : []))
    return {
      key: section.data.key,
      heading: section.data.heading,
      en: section.data.headingEn,
      inferred: section.data.inferred,
      raw: heading ? span(heading.position) : null,
      terms: placed(file, heading?.data.terms),
      sentences: sentences.length,
      first: sentences[0]?.data.id ?? null,
      last: sentences.at(-1)?.data.id ?? null
    }
  })
}

/** The figures an analyst compares across years: the count and money figures of the sentences, in order. */
export function factsOf(sentences: readonly OutputSentence[]): Fact[] {
  return sentences.flatMap((sentence) =>
    sentence.numbers
      .filter((item) => item.kind === 'count' || item.kind === 'money')
      .map((item) => ({
        id: item.id,
        section: sentence.section,
        sentence: sentence.id,
        kind: item.kind as Fact['kind'],
        value: item.value as number,
        counted: item.counted ?? null,
        currency: item.currency ?? null,
        year: item.year ?? null,
        conversionOf: item.conversionOf ?? null,
        text: item.text,
        en: item.en
      }))
  )
}

/**
 * The raw lines from the one holding `from` to the one holding `to`: what a reader of the JSON needs to turn
 * any raw offset of the edition into a line and column (a chapter's lines only, not its whole file's).
 */
function linesOf(file: VFile, from: number, to: number): LineIndex {
  const text = String(file.value)
  if (from > to) return {first: 1, offset: 0, lengths: []}
  const {line, column} = toPoint(file, from)
  const lengths: number[] = []
  const breaks = /\r\n|\r|\n/gu
  let start = from - column + 1
  breaks.lastIndex = start
  while (start <= to) {
    const found = breaks.exec(text)
    const next = found ? found.index + found[0].length : text.length
    lengths.push(next - start)
    if (!found) break
    start = next
  }
  return {first: line, offset: from - column + 1, lengths}
}

/** The smallest and largest raw offset an edition's places name. */
function extent(edition: Omit<OutputEdition, 'lines'>): [number, number] {
  let from = Infinity
  let to = -Infinity
  const take = (start: number, end: number) => {
    if (start < from) from = start
    if (end > to) to = end
  }
  const title = edition.document.title
  if (title) take(title.raw.start.offset, title.raw.end.offset)
  for (const section of edition.sections) if (section.raw) take(section.raw.start.offset, section.raw.end.offset)
  for (const sentence of edition.sentences) take(sentence.raw.start.offset, sentence.raw.end.offset)
  for (const removal of edition.removed) take(removal.offset, removal.offset)
  for (const note of edition.notes ?? []) take(note.raw.start.offset, note.raw.end.offset)
  for (const table of edition.tables ?? []) take(table.raw.start.offset, table.raw.end.offset)
  return [from, to]
}

/** One processed edition as a reader gets it. */
function editionOf(tree: Root, file: VFile, uiLang: UiLang): OutputEdition {
  const source = file.data.source!
  const title = tree.children.find((node): node is Title => node.type === 'title')
  const sections = tree.children.filter((node): node is Section => node.type === 'section')
  const sentences = sentencesOf(file, sections, {gloss: glossed(source.language)})
  const edition: Omit<OutputEdition, 'lines'> = {
    source: {path: source.path, sha256: source.sha256, language: source.language, ...(source.chapter ? {chapter: source.chapter} : {})},
    document: {
      country: title?.data.country ?? null,
      countryName: title?.data.countryName ?? null,
      tier: title?.data.tier ?? null,
      year: source.year,
      title: title ? {text: title.value, raw: span(title.position), numbers: placed(file, title.data.numbers), entities: placed(file, title.data.entities)} : null
    },
    sections: sectionsOf(file, sections),
    sentences,
    diagnostics: diagnosticsOf(file, uiLang),
    removed: removedOf(file),
    ...notesOf(file, sentences),
    ...tablesOf(file, sentences)
  }
  return {...edition, lines: linesOf(file, ...extent(edition))}
}

/** The output document of a processed tree; with `english`, the aligned pair (the tree has been through align). */
export function toDocument(tree: Root, file: VFile, english?: {tree: Root; file: VFile}, uiLang: UiLang = 'en'): OutputDocument {
  const edition = editionOf(tree, file, uiLang)
  const language = edition.source.language
  // A single edition is the original when it is in the pair's source language, else a translation without it.
  const languages = file.data.pair ?? (language === PAIR_SOURCE ? {source: language, target: null} : {source: null, target: language})
  const beads = file.data.beads?.map(({az, en, ...bead}) => ({
    id: bead.id,
    section: bead.section,
    edition: az,
    partner: en,
    shape: bead.shape,
    confidence: bead.confidence,
    anchors: bead.anchors,
    ...(bead.fixed ? {fixed: bead.fixed} : {}),
    ...(bead.review ? {review: bead.review} : {})
  }))
  return {
    $schema: SCHEMA_ID,
    schemaVersion: SCHEMA_VERSION,
    languages,
    glossary: file.data.glossary?.sha256 ?? null,
    ...edition,
    facts: factsOf(edition.sentences),
    ...(english ? {partner: editionOf(english.tree, english.file, uiLang)} : {}),
    ...(beads ? {beads} : {})
  }
}
