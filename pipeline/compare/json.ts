import type {DocumentComparison, Comparison, SentenceChange} from './index.js'
import type {OutputSentence} from '../emit/document.js'

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
