/**
 * The output contract (emit/hesabat.schema.json): one plain object per document, built from the
 * finished tree. JSON and Markdown are both written from it, so they cannot disagree.
 */
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {compareMessage} from 'vfile-sort'
import {severityOf, type Severity} from '../diagnostics.js'
import {toPoint} from '../text/positions.js'
import type {EntityItem, NumberItem, Paragraph, Root, Section, TermItem, Title} from '../tree.js'
import {gloss} from './gloss.js'

export const SCHEMA_VERSION = '1.3.0'

export interface Point {
  line: number
  column: number
  offset: number
}

export interface RawSpan {
  start: Point
  end: Point
}

/** Items as written out: their raw place normalised like every other span. */
export type OutputNumber = Omit<NumberItem, 'raw'> & {raw: RawSpan}
export type OutputEntity = Omit<EntityItem, 'raw'> & {raw: RawSpan}
export type OutputTerm = Omit<TermItem, 'raw'> & {raw: RawSpan}

export interface OutputSentence {
  id: string
  section: string
  text: string
  raw: RawSpan
  numbers: OutputNumber[]
  entities: OutputEntity[]
  terms: OutputTerm[]
  /** The text with the English of each entity, number and term in brackets after it. */
  gloss: string
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

export interface OutputDocument {
  schemaVersion: string
  source: {path: string; sha256: string; language: string; glossary: string | null}
  document: {
    country: string | null
    countryAz: string | null
    tier: string | null
    year: number | null
    title: {text: string; raw: RawSpan; numbers: OutputNumber[]; entities: OutputEntity[]} | null
  }
  sections: Array<{
    key: string
    headingAz: string | null
    headingEn: string | null
    inferred: boolean
    raw: RawSpan | null
    terms: OutputTerm[]
    /** How many of `sentences[]` (consecutive, in order) belong to this section. */
    sentences: number
  }>
  sentences: OutputSentence[]
  /** One row per count and money figure: the table an analyst compares across years. */
  facts: Fact[]
  diagnostics: Array<{
    rule: string
    severity: Severity
    message: string
    text: string | null
    suggestion?: string
    line: number
    column: number
  }>
  removed: Array<{reason: string; text: string; line: number; column: number}>
}

/**
 * A raw place as a span. Tree positions come from vfile-location as {line, column, offset} already, so
 * they are used as they are: a large document then holds its positions once, not twice.
 */
function span(position: Pick<Position, 'start' | 'end'>): RawSpan {
  return position as RawSpan
}

/** Items with their raw place as a span (the tree's own objects; the tree is not used after this). */
function placed<T extends {raw?: Pick<Position, 'start' | 'end'>}>(items: T[] = []): Array<Omit<T, 'raw'> & {raw: RawSpan}> {
  return items as Array<Omit<T, 'raw'> & {raw: RawSpan}>
}

export function toDocument(tree: Root, file: VFile): OutputDocument {
  const source = file.data.source!
  const title = tree.children.find((node): node is Title => node.type === 'title')
  const sections = tree.children.filter((node): node is Section => node.type === 'section')

  const sentences: OutputSentence[] = []
  for (const section of sections) {
    for (const child of section.children) {
      if (child.type !== 'paragraph') continue
      for (const sentence of (child as Paragraph).children) {
        const {numbers = [], entities = [], terms = []} = sentence.data
        const english = (item: EntityItem) => (item.acronymEn && item.text.startsWith(item.lemma) && /^\p{Lu}+$/u.test(item.lemma) ? item.acronymEn : item.en)
        sentences.push({
          id: sentence.data.id,
          section: section.data.key,
          text: sentence.value,
          raw: span(sentence.position),
          numbers: placed(numbers),
          entities: placed(entities),
          terms: placed(terms),
          gloss: gloss(sentence.value, entities.map((item) => ({...item, en: english(item)})), numbers, terms)
        })
      }
    }
  }

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

  const diagnostics = [...file.messages].sort(compareMessage).map((message) => ({
    rule: message.ruleId ?? 'unknown',
    severity: severityOf(message.fatal),
    message: message.reason,
    text: message.actual ?? null,
    ...(message.expected?.[0] === undefined ? {} : {suggestion: message.expected[0]}),
    line: message.line ?? 1,
    column: message.column ?? 1
  }))

  const removed = [...(file.data.removed ?? [])]
    .sort((a, b) => a.offset - b.offset || a.reason.localeCompare(b.reason))
    .map(({reason, text, offset}) => {
      const {line, column} = toPoint(file, offset)
      return {reason, text, line, column}
    })

  return {
    schemaVersion: SCHEMA_VERSION,
    source: {path: source.path, sha256: source.sha256, language: source.language, glossary: file.data.glossary?.sha256 ?? null},
    document: {
      country: title?.data.country ?? null,
      countryAz: title?.data.countryName ?? null,
      tier: title?.data.tier ?? null,
      year: source.year,
      title: title ? {text: title.value, raw: span(title.position), numbers: placed(title.data.numbers), entities: placed(title.data.entities)} : null
    },
    sections: sections.map((section) => {
      const heading = section.children[0]?.type === 'heading' ? section.children[0] : undefined
      return {
        key: section.data.key,
        headingAz: section.data.heading,
        headingEn: section.data.headingEn,
        inferred: section.data.inferred,
        raw: heading ? span(heading.position) : null,
        terms: placed(heading?.data.terms),
        sentences: section.children.reduce((sum, child) => sum + (child.type === 'paragraph' ? (child as Paragraph).children.length : 0), 0)
      }
    }),
    sentences,
    facts,
    diagnostics,
    removed
  }
}
