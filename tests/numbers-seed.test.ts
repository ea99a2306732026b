import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {OutputNumber} from '../pipeline/emit/document.js'
import {cleanSlice} from './support/invariants.js'
import {processToDocument, seedPlaceOf, seedRaw, SEED_PATH} from './support/pipeline.js'

interface Annotated {
  line: number
  column: number
  text: string
  kind: string
  value?: number | string
  from?: number
  to?: number
  unit?: string
  currency?: string
  counted?: string
  year?: number | null
  conversionOf?: number
  en: string
}

/** Every numeric expression of the seed, annotated by hand before the stage was run on it. */
const annotated: Annotated[] = JSON.parse(readFileSync(new URL('fixtures/seed/numbers.json', import.meta.url), 'utf8'))
const doc = processToDocument(seedRaw, SEED_PATH)
const predicted: OutputNumber[] = [...doc.document.title!.numbers, ...doc.sentences.flatMap((s) => s.numbers)]

const values = (item: {value?: unknown; from?: unknown; to?: unknown; unit?: unknown; currency?: unknown}) =>
  JSON.stringify([item.value, item.from, item.to, item.unit, item.currency])
const place = (item: {line: number; column: number}) => `${item.line}:${item.column}`

describe('numbers on the annotated seed', () => {
  const matched = new Map<Annotated, OutputNumber>()
  for (const gold of annotated) {
    const hit = predicted.find(
      (item) => place(seedPlaceOf(item)) === place(gold) && item.text === gold.text && item.kind === gold.kind && values(item) === values(gold)
    )
    if (hit) matched.set(gold, hit)
  }
  const hits = new Set(matched.values())
  const precision = hits.size / predicted.length
  const recall = matched.size / annotated.length

  it('finds every numeric expression with its kind and values, and nothing else', () => {
    const misses = annotated.filter((gold) => !matched.has(gold)).map((gold) => `${place(gold)} ${gold.text} (${gold.kind})`)
    const extra = predicted.filter((item) => !hits.has(item)).map((item) => `${place(seedPlaceOf(item))} ${item.text} (${item.kind})`)
    console.log(`numbers: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${annotated.length} annotated, ${predicted.length} found)`)
    if (misses.length) console.log(`  missed: ${misses.join('; ')}`)
    if (extra.length) console.log(`  not in the annotation: ${extra.join('; ')}`)
    expect(precision).toBeGreaterThanOrEqual(0.98)
    expect(recall).toBeGreaterThanOrEqual(0.98)
    // The code now finds every annotated figure and nothing else: any miss or extra fails.
    expect(misses).toEqual([])
    expect(extra).toEqual([])
  })

  it('says what each count counts and which year a figure is for, but for the years named here', () => {
    const counts = [...matched].filter(([gold]) => gold.kind === 'count')
    const counted = counts.filter(([gold, item]) => item.counted === gold.counted)
    const dated = [...matched].filter(([gold]) => gold.kind === 'count' || gold.kind === 'money')
    const years = dated.filter(([gold, item]) => item.year === gold.year)
    console.log(`numbers: counted ${counted.length}/${counts.length}, year ${years.length}/${dated.length}`)
    for (const [gold, item] of dated) {
      if (item.year !== gold.year) console.log(`  year ${place(gold)} ${gold.text}: annotated ${gold.year}, found ${item.year}`)
      if (gold.kind === 'count' && item.counted !== gold.counted) console.log(`  counted ${place(gold)} ${gold.text}: annotated ${gold.counted}, found ${item.counted}`)
    }
    expect(counted.length / counts.length).toBeGreaterThanOrEqual(0.95)
    expect(years.length / dated.length).toBeGreaterThanOrEqual(0.95)
    // Every count says what the annotation says it counts; the year of a figure differs only where named here.
    expect(counts.filter(([gold, item]) => item.counted !== gold.counted).map(([gold]) => place(gold))).toEqual([])
    const KNOWN_YEARS: Record<string, string> = {
      '185:28 33': 'the sentence names the claims’ year (2009) and the ruling’s (2021): the annotator dates the award by the ruling',
      '185:61 5000 avro': 'the same award',
      '185:72 5,670 ABŞ dolları': 'the same award, converted'
    }
    expect(dated.filter(([gold, item]) => item.year !== gold.year).map(([gold]) => `${place(gold)} ${gold.text}`)).toEqual(Object.keys(KNOWN_YEARS))
  })

  it('renders each figure in English as the annotation does, and links conversions', () => {
    const wrong = [...matched].filter(([gold, item]) => item.en !== gold.en)
    expect(wrong.map(([gold, item]) => `${gold.text}: ${item.en} ≠ ${gold.en}`)).toEqual([])
    for (const [gold, item] of matched) {
      if (gold.conversionOf === undefined) continue
      expect(item.conversionOf).toBe(matched.get(annotated[gold.conversionOf]!)!.id)
    }
  })

  it('positions every figure truly, in its sentence and in the raw input (its raw slice, cleaned the simple way, is its text)', () => {
    for (const sentence of doc.sentences) {
      for (const item of sentence.numbers) {
        expect(sentence.text.slice(item.start, item.end)).toBe(item.text)
        expect(cleanSlice(seedRaw, doc, item.raw[0], item.raw[1]), `${sentence.id} ${item.text}`).toBe(item.text)
      }
    }
    for (const item of doc.document.title!.numbers) expect(seedRaw.slice(item.raw[0], item.raw[1])).toBe(item.text)
  })
})
