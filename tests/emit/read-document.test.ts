import {readFileSync} from 'node:fs'
import {gunzipSync} from 'node:zlib'
import {location} from 'vfile-location'
import {describe, expect, it} from 'vitest'
import {formats, readDocument, SCHEMA_VERSION, type OutputDocument} from '../../pipeline/emit/index.js'
import {processToDocument, seedRaw, SEED_PATH} from '../support/pipeline.js'
import {englishRaw, processSeedPair} from '../support/pair.js'

/** The same run of the seed pair written by schema 2.3 (commit e3daab3) and by schema 3.0: every other output was byte-identical. */
const fixture = (name: string) => JSON.parse(gunzipSync(readFileSync(new URL(`../fixtures/schema/${name}`, import.meta.url))).toString('utf8'))
const old = fixture('2022-azerbaijan.2.3.json.gz')
const read = readDocument(fixture('2022-azerbaijan.3.0.json.gz'))

/** What a 2.x sentence said, the way a program read it: text, section, raw place, bead and each item's text, English and place. */
function sentenceView(sentence: Record<string, any>) {
  const items = (list: Array<Record<string, any>> = []) => list.map((item) => [item.id, item.text, item.en, item.lemma ?? null, item.raw, item.fuzzy ?? false])
  return {
    id: sentence.id,
    section: sentence.section,
    text: sentence.text,
    raw: sentence.raw,
    en: sentence.en,
    align: sentence.align,
    gloss: sentence.gloss,
    numbers: (sentence.numbers ?? []).map((item: Record<string, any>) => [item.id, item.text, item.en, item.kind, item.value ?? null, item.raw]),
    entities: items(sentence.entities),
    terms: items(sentence.terms),
    verbs: (sentence.verbs ?? []).map((item: Record<string, any>) => [item.id, item.text, item.en, item.lemma, item.form, item.raw])
  }
}

describe('readDocument: schema 3.0 read back as the 2.x document said it', () => {
  it('gives every sentence of both sides its text, section, raw place, bead and items with their text, English, lemma and place', () => {
    expect(read.sentences).toHaveLength(117)
    expect(read.sentences.map(sentenceView)).toEqual(old.sentences.map(sentenceView))
    expect(read.partner!.sentences.map(sentenceView)).toEqual(old.english.sentences.map(sentenceView))
  })

  it('gives the sections their headings in both languages, the title, the facts and the removals with their places', () => {
    expect(read.sections.map((s) => [s.key, s.heading, s.en, s.inferred, s.raw, s.sentences, s.first, s.last])).toEqual(
      old.sections.map((s: Record<string, any>) => [s.key, s.headingAz, s.headingEn, s.inferred, s.raw, s.sentences, s.first, s.last])
    )
    expect(read.sections.map((s) => s.terms.map((t) => [t.id, t.text, t.en, t.raw]))).toEqual(old.sections.map((s: Record<string, any>) => s.terms.map((t: any) => [t.id, t.text, t.en, t.raw])))
    expect(read.document).toMatchObject({country: old.document.country, countryName: old.document.countryAz, tier: old.document.tier, year: old.document.year})
    expect(read.document.title!.raw).toEqual(old.document.title.raw)
    expect(read.facts).toEqual(old.facts)
    expect(read.removed.map(({reason, text, line, column}) => ({reason, text, line, column}))).toEqual(old.removed)
    expect(read.partner!.removed.map(({reason, text, line, column}) => ({reason, text, line, column}))).toEqual(old.english.removed)
  })

  it('keeps the beads, the languages and the diagnostics (without 2.x’s repeated `english`)', () => {
    expect(read.beads!.map((b) => [b.id, b.section, b.edition, b.partner, b.shape, b.confidence, b.anchors])).toEqual(
      old.beads.map((b: Record<string, any>) => [b.id, b.section, b.az, b.en, b.shape, b.confidence, b.anchors])
    )
    expect(read.languages).toEqual(old.pair)
    expect(read.diagnostics).toEqual(old.diagnostics.map(({english, ...diagnostic}: Record<string, unknown>) => diagnostic))
  })

  it('gives each item the line and column of its raw start in its own file', () => {
    const sides: Array<[OutputDocument['sentences'], string]> = [
      [read.sentences, seedRaw],
      [read.partner!.sentences, englishRaw]
    ]
    let checked = 0
    for (const [sentences, raw] of sides) {
      const lines = location(raw)
      for (const sentence of sentences) {
        for (const item of [...sentence.numbers, ...sentence.entities, ...sentence.terms, ...sentence.verbs]) {
          const {line, column} = lines.toPoint(item.raw[0])!
          expect([item.line, item.column], item.id).toEqual([line, column])
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(1500)
  })
})

describe('readDocument and the JSON writer', () => {
  it('the JSON of a document reads back as that document: the seed alone, the pair, the English edition alone', () => {
    const documents = [processToDocument(seedRaw, SEED_PATH), processSeedPair(), processToDocument(englishRaw, 'input/2022-azerbaijan.en.txt')]
    for (const document of documents) expect(readDocument(JSON.parse(formats.json!.emit(document)))).toEqual(document)
  })

  it('writes what the items of one concept share once, and an item only where it differs', () => {
    const json = JSON.parse(formats.json!.emit(processSeedPair()))
    expect(json.concepts['org.mia']).toEqual({type: 'ORG', en: 'Ministry of Internal Affairs', acronym: 'MIA', lemmas: {az: ['Daxili İşlər Nazirliyi', 'DİN'], en: ['Ministry of Internal Affairs', 'MIA']}})
    const items = json.edition.sentences.flatMap((s: Record<string, any[]>) => [...(s.entities ?? []), ...(s.terms ?? [])])
    expect(items.length).toBeGreaterThan(500)
    // No 2.x field that follows from the rest is written.
    for (const item of items) for (const key of ['text', 'ref', 'en', 'lemma', 'type', 'acronymEn']) if (key !== 'lemma' || item.lemma === undefined) expect(item, key).not.toHaveProperty(key)
    // DİN is the second Azerbaijani form of org.mia.
    expect(items.find((item: Record<string, unknown>) => item.id === 'org.mia' && item.lemma === 1)).toBeDefined()
  })

  it('a document where an item differs from its concept keeps that item’s own English, type and acronym', () => {
    const document = processToDocument(seedRaw, SEED_PATH)
    const entity = document.sentences.flatMap((sentence) => sentence.entities).find((item) => item.id === 'org.mia')!
    const other = document.sentences.flatMap((sentence) => sentence.entities).filter((item) => item.id === 'org.mia').at(-1)!
    expect(other).not.toBe(entity)
    Object.assign(other, {en: 'the Interior Ministry', type: 'LOC', acronymEn: null})
    const back = readDocument(JSON.parse(formats.json!.emit(document)))
    const items = back.sentences.flatMap((sentence) => sentence.entities).filter((item) => item.id === 'org.mia')
    expect(items[0]).toMatchObject({en: 'Ministry of Internal Affairs', type: 'ORG', acronymEn: 'MIA'})
    expect(items.at(-1)).toMatchObject({en: 'the Interior Ministry', type: 'LOC', acronymEn: null})
  })

  it('refuses a 2.x document and anything that is no hesabat document, saying what to do', () => {
    expect(() => readDocument(old)).toThrow(/schema 2\.3\.0 document.*regenerate it with `hesabat run`/u)
    expect(() => readDocument([])).toThrow(/not a hesabat document/u)
    expect(() => readDocument({schemaVersion: '3.0.0'})).toThrow(/no edition/u)
  })
})

describe('schema 3.0 size', () => {
  it('the JSON of the seed is at most 8× its input, of the pair at most 10× its two inputs', () => {
    const single = Buffer.byteLength(formats.json!.emit(processToDocument(seedRaw, SEED_PATH)))
    const pair = Buffer.byteLength(formats.json!.emit(processSeedPair()))
    const seed = Buffer.byteLength(seedRaw)
    console.log(`JSON (schema ${SCHEMA_VERSION}): the seed chapter ${(single / seed).toFixed(1)} × its input, the seed pair ${(pair / (seed + Buffer.byteLength(englishRaw))).toFixed(1)} × its two inputs`)
    expect(single / seed).toBeLessThanOrEqual(8)
    expect(pair / (seed + Buffer.byteLength(englishRaw))).toBeLessThanOrEqual(10)
  })
})
