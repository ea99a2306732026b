import {stringify} from 'csv-stringify/sync'
import type {Comparison, DocumentComparison, SentenceChange, Series} from '../compare/index.js'
import {sentenceCase, translator, type UiLang} from '../i18n/index.js'
import type {OutputSentence} from './document.js'
import {code, heading, item, paragraph, strong, table, text} from './markdown-syntax.js'

export const COMPARE_SCHEMA_VERSION = '1.0.0'
export const COMPARE_SCHEMA_ID = 'https://hesabat.invalid/schema/hesabat-compare.schema.json'

const place = (sentence: OutputSentence | null) =>
  sentence === null ? null : {id: sentence.id, text: sentence.text, line: sentence.raw.start.line, column: sentence.raw.start.column}

function changeJson(change: SentenceChange) {
  return {
    kind: change.kind,
    section: change.section,
    older: place(change.older),
    newer: place(change.newer),
    similarity: change.similarity,
    ...(change.figures ? {figures: change.figures.map(({older, newer}) => ({older: {text: older.text, value: older.value ?? null}, newer: {text: newer.text, value: newer.value ?? null}}))} : {}),
    ...(change.diff ? {diff: change.diff.map(({op, text}) => [op, text])} : {})
  }
}

const comparisonJson = (comparison: Comparison) => ({
  language: comparison.language,
  older: comparison.older,
  newer: comparison.newer,
  tier: comparison.tier,
  title: comparison.title,
  counts: comparison.counts,
  sections: comparison.sections,
  changes: comparison.changes.map(changeJson)
})

/**
 * `output/compare/<country>-<older>-<newer>.json` (emit/hesabat-compare.schema.json): each language's comparison
 * with every sentence's change, a change per line; a translation left behind; the figures followed across the two.
 */
export function emitCompareJson(result: DocumentComparison): string {
  const lines = [
    '{',
    `  "$schema": ${JSON.stringify(COMPARE_SCHEMA_ID)},`,
    `  "schemaVersion": ${JSON.stringify(COMPARE_SCHEMA_VERSION)},`,
    `  "country": ${JSON.stringify(result.editions[0]!.country)},`,
    '  "editions": ['
  ]
  result.editions.forEach((comparison, index) => {
    const {changes, ...rest} = comparisonJson(comparison)
    const head = JSON.stringify(rest, null, 2).replace(/\n/gu, '\n    ').replace(/\n {4}\}$/u, '')
    lines.push(`    ${head},\n      "changes": [\n${changes.map((change) => `        ${JSON.stringify(change)}`).join(',\n')}\n      ]\n    }${index < result.editions.length - 1 ? ',' : ''}`)
  })
  lines.push('  ],')
  lines.push(`  "leftBehind": [${result.leftBehind.map((left) => `\n    ${JSON.stringify({bead: left.bead, kind: left.change.kind, older: left.change.older?.id ?? null, newer: left.change.newer!.id, original: left.original})}`).join(',')}${result.leftBehind.length > 0 ? '\n  ' : ''}],`)
  lines.push(`  "trend": [${result.trend.map((series) => `\n    ${JSON.stringify(series)}`).join(',')}${result.trend.length > 0 ? '\n  ' : ''}]`)
  lines.push('}')
  return `${lines.join('\n')}\n`
}

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

/** A word diff in Markdown: what went struck through, what came in bold. */
const diffMarkdown = (diff: NonNullable<SentenceChange['diff']>) =>
  diff.map(({op, text: part}) => (op === 'same' ? text(part) : part.trim() === '' ? text(part) : op === 'removed' ? `~~${text(part)}~~` : strong(part))).join('')

/** `output/compare/<country>-<older>-<newer>.md`: the changes by section, the figures changed as a table. */
export function emitCompareMarkdown(result: DocumentComparison, uiLang: UiLang = 'en'): string {
  const t = translator(uiLang)
  const lead = result.editions[0]!
  const out: string[] = [heading(1, t('compare.title', {country: lead.country ?? '—', older: lead.older.year ?? '?', newer: lead.newer.year ?? '?'}))]
  for (const comparison of result.editions) {
    const language = t(comparison.language === 'en' ? 'labels.english' : 'labels.azerbaijani')
    out.push(heading(2, language))
    out.push(paragraph(`${code(comparison.older.path)} → ${code(comparison.newer.path)}`))
    if (comparison.tier.changed) out.push(paragraph(t('compare.tierChanged', {older: comparison.tier.older ?? '—', newer: comparison.tier.newer ?? '—'})))
    const counts = (['figures', 'reworded', 'moved', 'new', 'dropped', 'unchanged'] as const).map((kind) => `${t(`compare.kind.${kind}`)}: ${comparison.counts[kind]}`)
    out.push(paragraph(counts.join(' · ')))
    for (const section of comparison.sections.filter((item) => item.status !== 'kept')) out.push(paragraph(t(`compare.section.${section.status}`, {section: section.key})))
    const figures = comparison.changes.flatMap((change) =>
      (change.figures ?? []).map((pair) => [code(change.newer!.id), text(pair.older.text), text(pair.newer.text)])
    )
    if (figures.length > 0) {
      out.push(heading(3, t('compare.figuresChanged')))
      out.push(table([t('compare.sentence'), String(comparison.older.year ?? t('compare.older')), String(comparison.newer.year ?? t('compare.newer'))], figures))
    }
    for (const key of [...new Set(comparison.changes.map((change) => change.section))]) {
      const changes = comparison.changes.filter((change) => change.section === key && change.kind !== 'unchanged')
      if (changes.length === 0) continue
      out.push(heading(3, sentenceCase(key, 'en')))
      out.push(
        changes
          .map((change) => {
            const label = strong(t(`compare.kind.${change.kind}`))
            const ids = code([change.older?.id, change.newer?.id].filter(Boolean).join(' → '))
            const body = change.diff ? diffMarkdown(change.diff) : text((change.newer ?? change.older)!.text)
            return item('-', [`${label} ${ids} ${body}`])
          })
          .join('\n')
      )
    }
  }
  if (result.leftBehind.length > 0) {
    out.push(heading(2, t('compare.leftBehind')))
    out.push(result.leftBehind.map((left) => item('-', [`${code(left.bead)} ${text(left.change.newer!.text)}`])).join('\n'))
  }
  return `${out.join('\n\n')}\n`
}
