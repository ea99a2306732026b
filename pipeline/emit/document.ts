/**
 * The output contract (emit/hesabat.schema.json): one plain object per document, built from the
 * finished tree. Every writer (JSON, Markdown, CSV, the page, XLIFF, TMX) reads it, so they cannot disagree.
 */
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {compareMessage} from 'vfile-sort'
import {severityOf, type Severity} from '../diagnostics.js'
import {render, type UiLang} from '../i18n/index.js'
import {footnotes} from '../structure/notes.js'
import {tables} from '../structure/tables.js'
import {toPoint} from '../text/positions.js'
import type {Bead} from '../align/index.js'
import type {EntityItem, NumberItem, Paragraph, RawOffsets, Root, Section, TermItem, Title, VerbItem} from '../tree.js'
import {joinGloss, sentenceGloss} from './gloss.js'

export const SCHEMA_VERSION = '2.3.0'
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

/** Items as written out: their raw place as raw offsets [start, end) (schema 2.0; line and column from the sentence's raw place or the file). */
export type OutputNumber = Omit<NumberItem, 'raw'> & {raw: RawOffsets}
export type OutputEntity = Omit<EntityItem, 'raw'> & {raw: RawOffsets}
export type OutputTerm = Omit<TermItem, 'raw'> & {raw: RawOffsets}
export type OutputVerb = Omit<VerbItem, 'raw'> & {raw: RawOffsets}

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
  /** The text with the English of each entity, number and term in brackets after it (not for the English edition's sentences). */
  gloss?: string
  /** With an English edition: the English text of the sentence's bead ('' when it has none). */
  en?: string
  /** With an English edition: the sentence's bead and its confidence. */
  align?: {bead: string; confidence: number}
}

export interface OutputDiagnostic {
  rule: string
  severity: Severity
  message: string
  text: string | null
  suggestion?: string
  line: number
  column: number
  /** For translation QA: the bead concerned. */
  bead?: string
  /** For translation QA: the text and place in the original (the other side of the pair). */
  counterpart?: {file: string; text: string; line: number; column: number}
  /** Deprecated (removed in 3.0): `counterpart`, where the original is the English edition. */
  english?: {file: string; text: string; line: number; column: number}
}

export interface OutputSection {
  key: string
  headingAz: string | null
  headingEn: string | null
  inferred: boolean
  raw: RawSpan | null
  terms: OutputTerm[]
  /** How many of `sentences[]` (consecutive, in order) belong to this section. */
  sentences: number
  /** Ids of its first and last sentence (null when it has none). */
  first: string | null
  last: string | null
}

/** The English edition of a pair, analysed like the main side (raw places point into the English file). */
export interface EnglishEdition {
  source: 'edition'
  path: string
  sha256: string
  document: {country: string | null; tier: string | null; title: {text: string; raw: RawSpan} | null}
  sections: Array<Omit<OutputSection, 'headingAz'> & {heading: string | null}>
  sentences: OutputSentence[]
  diagnostics: OutputDiagnostic[]
  removed: OutputDocument['removed']
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

export interface OutputDocument {
  $schema: string
  schemaVersion: string
  source: {path: string; sha256: string; language: string; glossary: string | null; chapter?: {index: number; count: number; file: string}}
  document: {
    country: string | null
    countryAz: string | null
    tier: string | null
    year: number | null
    title: {text: string; raw: RawSpan; numbers: OutputNumber[]; entities: OutputEntity[]} | null
  }
  sections: OutputSection[]
  sentences: OutputSentence[]
  /** One row per count and money figure: the table an analyst compares across years. */
  facts: Fact[]
  diagnostics: OutputDiagnostic[]
  removed: Array<{reason: string; text: string; line: number; column: number}>
  /** The footnotes cleaning took out, each attached to the sentence of its marker (only when there are any). */
  notes?: OutputNote[]
  /** The tables cleaning took out, read back into rows (only when there are any). */
  tables?: OutputTable[]
  /** A pair only: which edition is the original (source) and which the translation under review (target), by language. */
  pair?: {source: string; target: string}
  /** The beads of the alignment with the English edition (a pair only). */
  beads?: Bead[]
  /** The English side: the edition of a pair, or the gloss of each sentence when there is none. */
  english: EnglishEdition | {source: 'gloss'}
}

/**
 * A raw place as a span. Tree positions come from vfile-location as {line, column, offset} already, so
 * they are used as they are: a large document then holds its positions once, not twice.
 */
function span(position: Pick<Position, 'start' | 'end'>): RawSpan {
  return position as RawSpan
}

/** Items with their raw place as a span (the tree's own objects; the tree is not used after this). */
function placed<T extends {raw?: RawOffsets}>(items: T[] = []): Array<Omit<T, 'raw'> & {raw: RawOffsets}> {
  return items as Array<Omit<T, 'raw'> & {raw: RawOffsets}>
}

/**
 * The sentences of a tree in order, with their section key and what the stages found; with `gloss`, the text
 * with the English of its items (the English edition's sentences have none: it would be their text again).
 */
function sentencesOf(sections: readonly Section[], {gloss = true} = {}): OutputSentence[] {
  const sentences: OutputSentence[] = []
  for (const section of sections) {
    for (const child of section.children) {
      if (child.type !== 'paragraph') continue
      for (const sentence of (child as Paragraph).children) {
        const {numbers = [], entities = [], terms = [], verbs = [], align} = sentence.data
        sentences.push({
          id: sentence.data.id,
          section: section.data.key,
          text: sentence.value,
          raw: span(sentence.position),
          numbers: placed(numbers),
          entities: placed(entities),
          terms: placed(terms),
          verbs: placed(verbs),
          ...(gloss ? {gloss: joinGloss(sentenceGloss({text: sentence.value, entities, numbers, terms, verbs}))} : {}),
          ...(align ? {...(align.en === undefined ? {} : {en: align.en}), align: {bead: align.bead, confidence: align.confidence}} : {})
        })
      }
    }
  }
  return sentences
}

function diagnosticsOf(file: VFile, uiLang: UiLang, englishPath?: string): OutputDiagnostic[] {
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
      ...(counterpart ? {counterpart, ...(counterpart.file === englishPath ? {english: counterpart} : {})} : {})
    }
  })
}

function removedOf(file: VFile): OutputDocument['removed'] {
  return [...(file.data.removed ?? [])]
    .sort((a, b) => a.offset - b.offset || a.reason.localeCompare(b.reason))
    .map(({reason, text, offset}) => {
      const {line, column} = toPoint(file, offset)
      return {reason, text, line, column}
    })
}

/** The document's footnotes as notes, each with the sentence its marker stood in; nothing when it has none. */
function notesOf(file: VFile, sentences: readonly OutputSentence[]): {notes?: OutputNote[]} {
  const notes = footnotes(file.data.removed ?? [])
  if (notes.length === 0) return {}
  const holding = (offset: number) => sentences.find((sentence) => sentence.raw.start.offset <= offset && offset <= sentence.raw.end.offset)?.id ?? null
  return {
    notes: notes.map((note) => ({
      number: note.number,
      text: note.text,
      raw: {start: toPoint(file, note.start), end: toPoint(file, note.end)},
      marker: note.marker === null ? null : toPoint(file, note.marker),
      sentence: note.marker === null ? null : holding(note.marker)
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
      after: sentences.filter((sentence) => sentence.raw.end.offset <= table.start).at(-1)?.id ?? null
    }))
  }
}

function sectionsOf(sections: readonly Section[]): OutputSection[] {
  return sections.map((section) => {
    const heading = section.children[0]?.type === 'heading' ? section.children[0] : undefined
    const sentences = section.children.flatMap((child) => (child.type === 'paragraph' ? (child as Paragraph).children : []))
    return {
      key: section.data.key,
      headingAz: section.data.heading,
      headingEn: section.data.headingEn,
      inferred: section.data.inferred,
      raw: heading ? span(heading.position) : null,
      terms: placed(heading?.data.terms),
      sentences: sentences.length,
      first: sentences[0]?.data.id ?? null,
      last: sentences.at(-1)?.data.id ?? null
    }
  })
}

/** The English edition of a pair as the `english` part of the output. */
function editionOf(tree: Root, file: VFile, uiLang: UiLang): EnglishEdition {
  const source = file.data.source!
  const title = tree.children.find((node): node is Title => node.type === 'title')
  const sections = tree.children.filter((node): node is Section => node.type === 'section')
  return {
    source: 'edition',
    path: source.path,
    sha256: source.sha256,
    document: {country: title?.data.country ?? null, tier: title?.data.tier ?? null, title: title ? {text: title.value, raw: span(title.position)} : null},
    sections: sectionsOf(sections).map(({headingAz, ...section}) => ({...section, heading: headingAz})),
    sentences: sentencesOf(sections, {gloss: false}),
    diagnostics: diagnosticsOf(file, uiLang),
    removed: removedOf(file)
  }
}

/** The output document of a processed tree; with `english`, the aligned pair (the tree has been through align). */
export function toDocument(tree: Root, file: VFile, english?: {tree: Root; file: VFile}, uiLang: UiLang = 'en'): OutputDocument {
  const source = file.data.source!
  const title = tree.children.find((node): node is Title => node.type === 'title')
  const sections = tree.children.filter((node): node is Section => node.type === 'section')
  // The gloss gives an edition the English of its items; an English edition has its text already.
  const sentences = sentencesOf(sections, {gloss: source.language !== 'en'})

  const facts: Fact[] = sentences.flatMap((sentence) =>
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

  return {
    $schema: SCHEMA_ID,
    schemaVersion: SCHEMA_VERSION,
    source: {path: source.path, sha256: source.sha256, language: source.language, glossary: file.data.glossary?.sha256 ?? null, ...(source.chapter ? {chapter: source.chapter} : {})},
    document: {
      country: title?.data.country ?? null,
      countryAz: title?.data.countryName ?? null,
      tier: title?.data.tier ?? null,
      year: source.year,
      title: title ? {text: title.value, raw: span(title.position), numbers: placed(title.data.numbers), entities: placed(title.data.entities)} : null
    },
    ...(file.data.pair ? {pair: file.data.pair} : {}),
    sections: sectionsOf(sections),
    sentences,
    ...(file.data.beads ? {beads: file.data.beads} : {}),
    facts,
    diagnostics: diagnosticsOf(file, uiLang, english?.file.path),
    removed: removedOf(file),
    ...notesOf(file, sentences),
    ...tablesOf(file, sentences),
    english: english ? editionOf(english.tree, english.file, uiLang) : {source: 'gloss'}
  }
}
