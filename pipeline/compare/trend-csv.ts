import {stringify} from 'csv-stringify/sync'
import type {Series} from './figures.js'

const TREND_COLUMNS = ['series', 'kind', 'counted', 'edition', 'year', 'value', 'text', 'sentence', 'sentence_text'] as const

/**
 * `output/<country>.trend.csv`: each figure series over the editions given, one row per edition's value (RFC
 * 4180, CRLF, UTF-8 with a byte-order mark, like the facts table).
 */
export function emitTrendCsv(trend: readonly Series[]): string {
  const rows = trend.flatMap((series) =>
    series.points.map((point) => [series.name, series.kind, series.counted ?? series.currency ?? '', point.edition, point.year ?? '', point.value, point.text, point.sentence.id, point.sentence.text])
  )
  return `\uFEFF${stringify([[...TREND_COLUMNS], ...rows], {record_delimiter: 'windows'})}`
}
