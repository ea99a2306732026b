/**
 * The output contract (emit/hesabat.schema.json): one plain object per document, built from the
 * finished tree. JSON and Markdown are both written from it, so they cannot disagree.
 */
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {compareMessage} from 'vfile-sort'
import {severityOf, type Severity} from '../diagnostics.js'
import {toPoint} from '../text/positions.js'
import type {NumberItem, Paragraph, Root, Section, Title} from '../tree.js'

export const SCHEMA_VERSION = '1.1.0'

export interface Point {
  line: number
  column: number
  offset: number
}

export interface RawSpan {
  start: Point
  end: Point
}

/** A number item as written out: its raw place normalised like every other span. */
export type OutputNumber = Omit<NumberItem, 'raw'> & {raw: RawSpan}

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
  source: {path: string; sha256: string; language: string}
  document: {
    country: string | null
    countryAz: string | null
    tier: string | null
    year: number | null
    title: {text: string; raw: RawSpan; numbers: OutputNumber[]} | null
  }
  sections: Array<{key: string; headingAz: string | null; headingEn: string | null; inferred: boolean; raw: RawSpan | null}>
  sentences: Array<{id: string; section: string; text: string; raw: RawSpan; numbers: OutputNumber[]}>
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

function span(position: Pick<Position, 'start' | 'end'>): RawSpan {
  const point = (p: Position['start']): Point => ({line: p.line, column: p.column, offset: p.offset!})
  return {start: point(position.start), end: point(position.end)}
}

const outputNumbers = (items: NumberItem[] = []): OutputNumber[] => items.map((item) => ({...item, raw: span(item.raw!)}))

export function toDocument(tree: Root, file: VFile): OutputDocument {
  const source = file.data.source!
  const title = tree.children.find((node): node is Title => node.type === 'title')
  const sections = tree.children.filter((node): node is Section => node.type === 'section')

  const sentences: OutputDocument['sentences'] = []
  for (const section of sections) {
    for (const child of section.children) {
      if (child.type !== 'paragraph') continue
      for (const sentence of (child as Paragraph).children) {
        sentences.push({
          id: sentence.data.id,
          section: section.data.key,
          text: sentence.value,
          raw: span(sentence.position),
          numbers: outputNumbers(sentence.data.numbers)
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
    source: {path: source.path, sha256: source.sha256, language: source.language},
    document: {
      country: title?.data.country ?? null,
      countryAz: title?.data.countryAz ?? null,
      tier: title?.data.tier ?? null,
      year: source.year,
      title: title ? {text: title.value, raw: span(title.position), numbers: outputNumbers(title.data.numbers)} : null
    },
    sections: sections.map((section) => {
      const heading = section.children[0]?.type === 'heading' ? section.children[0] : undefined
      return {
        key: section.data.key,
        headingAz: section.data.headingAz,
        headingEn: section.data.headingEn,
        inferred: section.data.inferred,
        raw: heading ? span(heading.position) : null
      }
    }),
    sentences,
    facts,
    diagnostics,
    removed
  }
}
