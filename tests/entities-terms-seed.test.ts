import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {OutputEntity, OutputTerm} from '../pipeline/emit/document.js'
import {processToDocument, seedRaw, SEED_PATH} from './support/pipeline.js'

interface Gold {
  line: number
  column: number
  text: string
  type?: string
  en: string
  lemma?: string
}

const load = (name: string): Gold[] => JSON.parse(readFileSync(new URL(`fixtures/seed/${name}`, import.meta.url), 'utf8'))
const place = (item: {line: number; column: number}) => `${item.line}:${item.column}`
const doc = processToDocument(seedRaw, SEED_PATH)
const lines = seedRaw.split('\n')
const offsetOf = (gold: Gold) => lines.slice(0, gold.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + gold.column - 1

describe('entities on the annotated seed (84 mentions, annotated by hand before the stage ran)', () => {
  const gold = load('entities.json')
  const found: OutputEntity[] = [...doc.document.title!.entities, ...doc.sentences.flatMap((s) => s.entities)]
  const matched = new Map<Gold, OutputEntity>()
  for (const item of gold) {
    const hit = found.find((entity) => place(entity.raw.start) === place(item) && entity.text === item.text && entity.type === item.type)
    if (hit) matched.set(item, hit)
  }
  const precision = new Set(matched.values()).size / found.length
  const recall = matched.size / gold.length

  it('finds every mention with its type: precision and recall ≥ 0.97', () => {
    console.log(`entities: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${gold.length} annotated, ${found.length} found)`)
    const misses = gold.filter((item) => !matched.has(item)).map((item) => `${place(item)} ${item.text}`)
    const extra = found.filter((item) => ![...matched.values()].includes(item)).map((item) => `${place(item.raw.start)} ${item.text}`)
    if (misses.length) console.log(`  missed: ${misses.join('; ')}`)
    if (extra.length) console.log(`  not annotated: ${extra.join('; ')}`)
    expect(precision).toBeGreaterThanOrEqual(0.97)
    expect(recall).toBeGreaterThanOrEqual(0.97)
  })

  it('gives the English name the annotator gave, for nearly every mention', () => {
    const differ = [...matched].filter(([item, entity]) => entity.en !== item.en)
    console.log(`entities: English name as annotated ${matched.size - differ.length}/${matched.size}`)
    for (const [item, entity] of differ) console.log(`  ${place(item)} ${item.text}: annotated “${item.en}”, glossary “${entity.en}”`)
    expect((matched.size - differ.length) / matched.size).toBeGreaterThanOrEqual(0.9)
  })
})

describe('terms on the annotated seed (372 occurrences of 83 key terms in all inflected forms)', () => {
  const gold = load('terms.json')
  const found: OutputTerm[] = [...doc.sections.flatMap((s) => s.terms), ...doc.sentences.flatMap((s) => s.terms)]

  it('marks every occurrence: recall ≥ 0.97', () => {
    // Found when a term of the output covers the occurrence; the longest glossary term wins, so
    // "QHT tərəfindən idarə olunan sığınacağın" (NGO-run shelter) covers both QHT and sığınacaq.
    const covering = (item: Gold) => found.find((term) => term.raw.start.offset <= offsetOf(item) && offsetOf(item) < term.raw.end.offset)
    const exact = (item: Gold) => found.some((term) => place(term.raw.start) === place(item) && term.text === item.text)
    const missed = gold.filter((item) => !covering(item))
    const recall = (gold.length - missed.length) / gold.length
    const strict = gold.filter(exact).length / gold.length
    console.log(`terms: recall ${recall.toFixed(3)} (covered by a term), ${strict.toFixed(3)} with the same span (${gold.length} annotated)`)
    if (missed.length) console.log(`  missed: ${missed.map((item) => `${place(item)} ${item.text}`).join('; ')}`)
    expect(recall).toBeGreaterThanOrEqual(0.97)
  })

  it('positions every entity and term truly in its sentence', () => {
    for (const sentence of doc.sentences) {
      for (const item of [...sentence.entities, ...sentence.terms]) expect(sentence.text.slice(item.start, item.end)).toBe(item.text)
    }
  })
})
