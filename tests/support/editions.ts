import {readFileSync} from 'node:fs'
import type {Comparison} from '../../pipeline/compare/index.js'
import {toDocument, type OutputDocument} from '../../pipeline/emit/index.js'
import {processPair, processText} from '../../pipeline/processor.js'
import {glossary} from './pipeline.js'

/**
 * The editions of the Azerbaijan chapter written for the comparison by a helper who saw no code
 * (tests/fixtures/editions/README.md), with the gold lists of changes it wrote before any code ran on them.
 */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/editions/${name}`, import.meta.url), 'utf8')
const input = (name: string) => readFileSync(new URL(`../../input/${name}`, import.meta.url), 'utf8')

const source = (path: string, language: string, year: number) => ({path, sha256: '', language, year})

/** An edition as the CLI processes it: with its English edition when it has one. */
function edition(year: number, az: string, en?: string): OutputDocument {
  const azPath = year === 2022 ? 'input/2022-azerbaijan.az.txt' : `tests/fixtures/editions/${year}-azerbaijan.az.txt`
  if (en === undefined) {
    const {tree, file} = processText(az, source(azPath, 'az', year), glossary)
    return toDocument(tree, file)
  }
  const pair = processPair(az, source(azPath, 'az', year), en, source(azPath.replace('.az.', '.en.'), 'en', year), glossary)
  return toDocument(pair.tree, pair.file, pair.english)
}

export const editions = {
  2020: () => edition(2020, fixture('2020-azerbaijan.az.txt')),
  2021: () => edition(2021, fixture('2021-azerbaijan.az.txt'), fixture('2021-azerbaijan.en.txt')),
  2022: () => edition(2022, input('2022-azerbaijan.az.txt'), input('2022-azerbaijan.en.txt'))
}

export interface GoldChange {
  kind: string
  older: string
  newer: string
  figures: string
}

/** A gold file's rows (comment lines skipped). */
export function goldChanges(name: string): GoldChange[] {
  return fixture(name)
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [kind, , , older, newer, figures] = line.split('\t')
      return {kind: kind!, older: older ?? '', newer: newer ?? '', figures: figures ?? ''}
    })
}

export const goldRows = (name: string) =>
  fixture(name)
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'))

/** Texts compared as a reader would: spaces collapsed. */
const same = (a: string | undefined, b: string) => (a ?? '').replace(/\s+/gu, ' ').trim() === b.replace(/\s+/gu, ' ').trim()

/** Precision, recall and F1 of the comparison's changes (unchanged left out) against a gold list, by kind and overall. */
export function scoreChanges(comparison: Comparison, gold: readonly GoldChange[]) {
  const found = comparison.changes.filter((change) => change.kind !== 'unchanged')
  const matches = (change: (typeof found)[number], row: GoldChange) =>
    change.kind === row.kind && (row.older === '' ? change.older === null : same(change.older?.text, row.older)) && (row.newer === '' ? change.newer === null : same(change.newer?.text, row.newer))
  const kinds = [...new Set([...gold.map((row) => row.kind), ...found.map((change) => change.kind)])].sort()
  const byKind = Object.fromEntries(
    kinds.map((kind) => {
      const rows = gold.filter((row) => row.kind === kind)
      const predicted = found.filter((change) => change.kind === kind)
      const hit = rows.filter((row) => predicted.some((change) => matches(change, row))).length
      const precision = predicted.length === 0 ? 1 : hit / predicted.length
      const recall = rows.length === 0 ? 1 : hit / rows.length
      return [kind, {gold: rows.length, found: predicted.length, hit, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)}]
    })
  )
  const hit = gold.filter((row) => found.some((change) => matches(change, row))).length
  const precision = hit / Math.max(1, found.length)
  const recall = hit / Math.max(1, gold.length)
  const missed = gold.filter((row) => !found.some((change) => matches(change, row)))
  const extra = found.filter((change) => !gold.some((row) => matches(change, row)))
  return {byKind, precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), missed, extra}
}
