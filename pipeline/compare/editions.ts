import path from 'node:path'
import type {OutputDocument} from '../emit/document.js'
import type {UiLang} from '../i18n/index.js'
import {compareDocuments, type DocumentComparison} from './index.js'
import {emitCompareJson} from './json.js'
import {emitCompareMarkdown} from './markdown.js'
import {emitCompareHtml} from './page/index.js'
import {trendOf} from './figures.js'
import {emitTrendCsv} from './trend-csv.js'

/** An edition's document and the stem of its outputs (`2022-azerbaijan`). */
export interface DatedEdition {
  stem: string
  document: OutputDocument
}

/** The chapter a stem names, without its year (`2022-azerbaijan` → azerbaijan). */
export const chapterOf = (stem: string) => stem.replace(/^\d{4}-/u, '')

/**
 * The outputs of comparing editions of one chapter, oldest first: for each two consecutive editions
 * `<out>/compare/<chapter>-<older>-<newer>.json`, `.md` and `.html`, and `<out>/<chapter>.trend.csv` over all of
 * them. The editions must be of one chapter and of distinct years (compareDocuments refuses two countries).
 */
export function comparisonOutputs(chapter: string, editions: readonly DatedEdition[], out: string, uiLang: UiLang): Array<[string, string]> {
  const order = [...editions].sort((a, b) => (a.document.document.year ?? 0) - (b.document.document.year ?? 0))
  const results: DocumentComparison[] = []
  for (let k = 1; k < order.length; k++) results.push(compareDocuments(order[k - 1]!.document, order[k]!.document))
  const trend = trendOf(
    order.map((edition) => edition.document),
    results.map((result) => result.editions[0]!.changes)
  )
  const outputs: Array<[string, string]> = []
  for (const [k, result] of results.entries()) {
    const name = path.join(out, 'compare', `${chapter}-${order[k]!.document.document.year}-${order[k + 1]!.document.document.year}`)
    outputs.push([`${name}.json`, emitCompareJson(result)], [`${name}.md`, emitCompareMarkdown(result, uiLang)], [`${name}.html`, emitCompareHtml(result, trend, uiLang)])
  }
  outputs.push([path.join(out, `${chapter}.trend.csv`), emitTrendCsv(trend)])
  return outputs
}

/**
 * The stems (`2022-azerbaijan`) whose chapter the batch has of two years or more, read from the names alone: only
 * their documents need reading back for the comparison.
 */
export function comparableStems(stems: Iterable<string>): Set<string> {
  const list = [...stems]
  const years = new Map<string, Set<string>>()
  for (const stem of list) {
    const year = /^(\d{4})-/u.exec(stem)?.[1]
    if (year) years.set(chapterOf(stem), (years.get(chapterOf(stem)) ?? new Set()).add(year))
  }
  return new Set(list.filter((stem) => /^\d{4}-/u.test(stem) && (years.get(chapterOf(stem))?.size ?? 0) >= 2))
}

/** The chapters a batch has two years or more of (one edition a year), each with its editions. */
export function chaptersWithYears(editions: readonly DatedEdition[]): Map<string, DatedEdition[]> {
  const chapters = new Map<string, DatedEdition[]>()
  for (const edition of editions) {
    if (edition.document.document.year === null) continue
    const chapter = chapterOf(edition.stem)
    chapters.set(chapter, [...(chapters.get(chapter) ?? []), edition])
  }
  for (const [chapter, list] of chapters) if (new Set(list.map((edition) => edition.document.document.year)).size < 2) chapters.delete(chapter)
  return chapters
}
