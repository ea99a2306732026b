import {stringify} from 'csv-stringify/sync'
import type {OutputDocument} from './document.js'

const COLUMNS = ['id', 'section', 'sentence', 'kind', 'value', 'counted', 'currency', 'year', 'conversion_of', 'text', 'en'] as const

/**
 * `output/<stem>.facts.csv`: one row per count and money figure, for a spreadsheet. RFC 4180 (CRLF, quotes
 * where needed), UTF-8 with a byte-order mark so spreadsheet programs read the Azerbaijani letters right.
 */
export function emitFactsCsv(document: OutputDocument): string {
  const rows = document.facts.map((fact) => [
    fact.id,
    fact.section,
    fact.sentence,
    fact.kind,
    fact.value,
    fact.counted ?? '',
    fact.currency ?? '',
    fact.year ?? '',
    fact.conversionOf ?? '',
    fact.text,
    fact.en
  ])
  return `\uFEFF${stringify([[...COLUMNS], ...rows], {record_delimiter: 'windows'})}`
}
