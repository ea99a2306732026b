import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {type OutputDocument, toDocument} from '../../pipeline/emit/index.js'
import {processText} from '../../pipeline/processor.js'
import {glossary} from '../support/pipeline.js'

/**
 * English figures as English writes them, against sentences written and annotated by a helper who never saw the
 * code (tests/fixtures/english-figures/README.md): `tune` was looked at while the grammar was built, `held` was not.
 * Scored: the quantities (counts, durations, money, percents and their ranges) found with their values, and the
 * year each count and amount is dated by.
 */
interface Annotated {
  n: number
  text: string
  kind: string
  value: string
  year: string
}

const QUANTITIES = new Set(['count', 'count_range', 'duration', 'duration_range', 'money', 'percent'])
/** A duration's length in years, the unit the annotation gives them in. */
const YEARS: Record<string, number> = {year: 1, month: 1 / 12, week: 7 / 365, day: 1 / 365}

const table = (set: string, file: string) =>
  readFileSync(new URL(`../fixtures/english-figures/${set}/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'))

const english = (text: string): OutputDocument => {
  const {tree, file} = processText(`${text}\n`, {path: 'figures.en.txt', sha256: '0'.repeat(64), language: 'en', year: 2022}, glossary)
  return toDocument(tree, file)
}

type Found = OutputDocument['sentences'][number]['numbers'][number]

/** Does a figure found say the annotated value (a range its ends; a duration in years)? */
function sameValue(found: Found, annotated: Annotated): boolean {
  const close = (a: number, b: number) => Math.abs(a - b) < 0.01 * Math.max(1, Math.abs(b))
  if (annotated.value.includes('-') && /^[\d.]+-[\d.]+$/u.test(annotated.value)) {
    const [from, to] = annotated.value.split('-').map(Number) as [number, number]
    const scale = found.unit ? (YEARS[found.unit] ?? 1) : 1
    return found.from !== undefined && found.to !== undefined && close(found.from * scale, from) && close(found.to * scale, to)
  }
  if (typeof found.value !== 'number') return false
  return close(found.value * (found.kind === 'duration' && found.unit ? (YEARS[found.unit] ?? 1) : 1), Number(annotated.value))
}

function scoreEnglishFigures(set: string) {
  const sentences = new Map(table(set, 'sentences.tsv').map(([n, text]) => [Number(n), text!]))
  const annotated: Annotated[] = table(set, 'figures.tsv').map(([n, text, kind, value, year]) => ({n: Number(n), text: text!, kind: kind!, value: value!, year: year!}))
  let found = 0
  let matchedFound = 0
  let matchedAnnotated = 0
  let dated = 0
  let datedRight = 0
  const misses: string[] = []
  for (const [n, sentence] of sentences) {
    const figures = english(sentence).sentences.flatMap((item) => item.numbers.map((number) => ({number, offset: sentence.indexOf(item.text)})))
    const wanted = annotated.filter((row) => row.n === n && QUANTITIES.has(row.kind))
    const spans = wanted.map((row) => ({row, start: sentence.indexOf(row.text), end: sentence.indexOf(row.text) + row.text.length}))
    const quantities = figures.filter(({number}) => QUANTITIES.has(number.kind))
    found += quantities.length
    const taken = new Set<Annotated>()
    for (const {number, offset} of quantities) {
      const [start, end] = [offset + number.start, offset + number.end]
      const match = spans.find(({row, start: from, end: to}) => !taken.has(row) && start < to && from < end && sameValue(number, row))
      if (!match) {
        misses.push(`${set} ${n}: found ${number.kind} ${number.text} = ${number.value ?? `${number.from}-${number.to}`}, not annotated so`)
        continue
      }
      taken.add(match.row)
      matchedFound++
      // The product dates counts and amounts (the figures compared across years), not shares or penalties.
      if (match.row.year !== '-' && (match.row.kind === 'count' || match.row.kind === 'money')) {
        dated++
        if (String(number.year ?? '-') === match.row.year) datedRight++
        else misses.push(`${set} ${n}: ${number.text} dated ${number.year ?? '-'}, annotated ${match.row.year}`)
      }
    }
    for (const {row} of spans) if (!taken.has(row)) misses.push(`${set} ${n}: missed ${row.kind} "${row.text}" = ${row.value}`)
    matchedAnnotated += taken.size
  }
  const total = annotated.filter((row) => QUANTITIES.has(row.kind)).length
  return {precision: matchedFound / Math.max(1, found), recall: matchedAnnotated / Math.max(1, total), years: datedRight / Math.max(1, dated), dated, misses}
}

describe('English figures read as English writes them', () => {
  it.each(['tune', 'held'])('%s: quantities with their values, and the year each belongs to', (set) => {
    const score = scoreEnglishFigures(set)
    console.log(
      `english figures ${set}: quantities precision ${score.precision.toFixed(2)}, recall ${score.recall.toFixed(2)}; years right ${(score.years * 100).toFixed(0)}% of ${score.dated}` +
        (set === 'tune' ? `\n  ${score.misses.join('\n  ')}` : '')
    )
    // Measured when this was written: tune 0.96 / 0.98 / 100%, held 0.77 / 0.93 / 100% (before: 0.89 / 0.85 / 59%, 0.75 / 0.84 / 61%).
    expect(score.precision).toBeGreaterThanOrEqual(set === 'tune' ? 0.95 : 0.75)
    expect(score.recall).toBeGreaterThanOrEqual(0.9)
    expect(score.years).toBeGreaterThanOrEqual(0.95)
  })
})
