import {readFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'
import type {List, Root, Table} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {comparableStems} from '../../pipeline/compare/editions.js'
import {compareDocuments, compareEditions, CompareError, trendOf} from '../../pipeline/compare/index.js'
import {emitCompareJson} from '../../pipeline/compare/json.js'
import {emitCompareMarkdown} from '../../pipeline/compare/markdown.js'
import {emitTrendCsv} from '../../pipeline/compare/trend-csv.js'
import {editions, goldChanges, goldRows, scoreChanges} from '../support/editions.js'
import {processToDocument, seedRaw, SEED_PATH} from '../support/pipeline.js'

const [e2020, e2021, e2022] = [editions[2020](), editions[2021](), editions[2022]()]
const recent = compareDocuments(e2021, e2022)
const earlier = compareDocuments(e2020, e2021)
const [azerbaijani, english] = recent.editions as [NonNullable<(typeof recent.editions)[0]>, NonNullable<(typeof recent.editions)[1]>]

describe('comparing editions: the helper’s three editions and its gold lists of changes', () => {
  it.each([
    ['Azerbaijani 2021 → 2022', () => azerbaijani, 'changes-2021-2022.az.tsv'],
    ['English 2021 → 2022', () => english, 'changes-2021-2022.en.tsv'],
    ['Azerbaijani 2020 → 2021', () => earlier.editions[0]!, 'changes-2020-2021.az.tsv']
  ])('%s: every change found with its kind (F1 ≥ 0.95 by kind)', (name, comparison, gold) => {
    const score = scoreChanges(comparison(), goldChanges(gold))
    console.log(
      `${name}: ${Object.entries(score.byKind)
        .map(([kind, s]) => `${kind} ${s.hit}/${s.gold} (found ${s.found})`)
        .join(', ')}; F1 ${score.f1.toFixed(3)}`
    )
    for (const [kind, s] of Object.entries(score.byKind)) expect(s.f1, kind).toBeGreaterThanOrEqual(0.95)
    expect(score.missed).toEqual([])
  })

  it('reports the tier change, the moved sentence as moved and every changed figure with both values', () => {
    expect(azerbaijani.tier).toEqual({older: '2 Watch List', newer: '2', changed: true})
    expect(english.tier.changed).toBe(true)
    const moved = azerbaijani.changes.filter((change) => change.kind === 'moved')
    expect(moved.map((change) => [change.older!.section, change.newer!.section])).toEqual([['prosecution', 'profile']])
    // The gold's figures column: the numbers of each changed sentence, older → newer, as written without suffixes.
    for (const row of goldChanges('changes-2021-2022.az.tsv').filter((item) => item.kind === 'figures')) {
      const change = azerbaijani.changes.find((item) => item.kind === 'figures' && item.newer?.text === row.newer)!
      const found = change.figures!.map(({older, newer}) => `${older.text.replace(/-\p{L}+$/u, '')}→${newer.text.replace(/-\p{L}+$/u, '')}`)
      const digits = (text: string) => text.replace(/ (manat|ABŞ dolları)/gu, '')
      expect(found.map(digits), row.newer.slice(0, 40)).toEqual(row.figures.split('; '))
    }
  })

  it('notes the Azerbaijani figure that changed where the English did not (the translation left behind)', () => {
    expect(recent.leftBehind.map((left) => [left.change.kind, left.change.newer!.text.slice(0, 48)])).toEqual([['figures', 'Sığınacaqda rəsmi təsdiqlənmiş 90 qurban və bir ']])
  })

  it('follows each figure of the gold trend table through the three editions as one series, a figure restated for its year in it too', () => {
    const trend = trendOf([e2020, e2021, e2022], [earlier.editions[0]!.changes, azerbaijani.changes])
    const gold = new Map<string, string[][]>()
    for (const row of goldRows('figures.tsv')) gold.set(row[0]!, [...(gold.get(row[0]!) ?? []), row])
    expect(gold.size).toBeGreaterThanOrEqual(5)
    for (const [name, rows] of gold) {
      const series = trend.filter((item) => rows.every(([, edition, year, value, sentence]) => item.points.some((point) => point.edition === Number(edition) && point.year === Number(year) && point.value === Number(value) && point.sentence.text === sentence)))
      expect(series, name).toHaveLength(1)
    }
    // The shelter's victims: each edition gives this year's figure and last year's, restated; one series of four years.
    const shelter = trend.find((item) => item.points.some((point) => point.edition === 2022 && point.value === 90))!
    expect(shelter.points.map((point) => [point.edition, point.year, point.value])).toEqual([
      [2020, 2018, 87],
      [2020, 2019, 83],
      [2021, 2019, 83],
      [2021, 2020, 80],
      [2022, 2020, 80],
      [2022, 2021, 90]
    ])
    // The CSV has a row per point, the columns named.
    const csv = emitTrendCsv(trend).replace(/^\uFEFF/u, '').split('\r\n')
    expect(csv[0]).toBe('series,kind,counted,edition,year,value,text,sentence,sentence_text')
    expect(csv.filter((line) => line !== '').length - 1).toBe(trend.reduce((sum, item) => sum + item.points.length, 0))
  })
})

describe('which editions a batch compares', () => {
  it('those of a chapter given in two years or more, judged by the names alone', () => {
    expect([...comparableStems(['2021-azerbaijan', '2022-azerbaijan', '2022-georgia', 'azerbaijan', '2022-iran'])]).toEqual(['2021-azerbaijan', '2022-azerbaijan'])
    expect(comparableStems(['2022-azerbaijan', '2022-georgia']).size).toBe(0)
  })
})

describe('comparing editions: what must not be reported', () => {
  const seed = processToDocument(seedRaw, SEED_PATH)

  it('an edition compared with itself has no change', () => {
    const same = compareEditions(seed, seed)
    expect(same.changes.every((change) => change.kind === 'unchanged')).toBe(true)
    expect(same.changes).toHaveLength(117)
    expect(same.tier.changed).toBe(false)
  })

  it('two countries are refused with a message naming both files', () => {
    const other = processToDocument(seedRaw.replace('AZƏRBAYCAN (Səviyyə 2)', 'GÜRCÜSTAN (Səviyyə 2)'), 'input/2022-georgia.az.txt')
    expect(() => compareEditions(seed, other)).toThrow(CompareError)
    expect(() => compareEditions(seed, other)).toThrow(/input\/2022-georgia\.az\.txt is the chapter of Georgia, input\/2022-azerbaijan\.az\.txt of Azerbaijan/u)
  })

  it('a section one edition lacks is reported as a section, not sentence by sentence', () => {
    const start = seedRaw.indexOf('İNSAN ALVERİ PROFİLİ')
    const without = processToDocument(seedRaw.slice(0, start), SEED_PATH)
    const result = compareEditions(seed, without)
    expect(result.sections.filter((section) => section.status !== 'kept')).toEqual([{key: 'profile', status: 'dropped'}])
    expect(result.changes.filter((change) => change.kind !== 'unchanged')).toEqual([])
    expect(compareEditions(without, seed).sections.filter((section) => section.status !== 'kept')).toEqual([{key: 'profile', status: 'new'}])
  })
})

describe('the comparison’s outputs', () => {
  const schema = JSON.parse(readFileSync(new URL('../../pipeline/compare/hesabat-compare.schema.json', import.meta.url), 'utf8'))
  const validate = new Ajv2020({allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true}).compile(schema)

  it('the JSON validates against its schema and holds every sentence of both languages', () => {
    const json = JSON.parse(emitCompareJson(recent))
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    expect(json.editions.map((edition: {language: string; changes: unknown[]}) => [edition.language, edition.changes.length])).toEqual([
      ['az', azerbaijani.changes.length],
      ['en', english.changes.length]
    ])
    expect(json.editions[0].changes.filter((change: {newer: unknown}) => change.newer !== null)).toHaveLength(e2022.sentences.length)
    expect(json.leftBehind).toHaveLength(1)
    const broken = {...json, editions: [{...json.editions[0], changes: [{kind: 'renamed'}]}]}
    expect(validate(broken)).toBe(false)
  })

  it('the Markdown lists the changes by section and the figures changed as a table', () => {
    const tree = unified().use(remarkParse).use(remarkGfm).parse(emitCompareMarkdown(recent)) as Root
    const tables = tree.children.filter((node): node is Table => node.type === 'table')
    expect(tables[0]!.children.length - 1).toBe(azerbaijani.changes.reduce((sum, change) => sum + (change.figures?.length ?? 0), 0))
    const lists = tree.children.filter((node): node is List => node.type === 'list')
    const items = lists.flatMap((list) => list.children)
    const changed = recent.editions.flatMap((edition) => edition.changes.filter((change) => change.kind !== 'unchanged'))
    expect(items).toHaveLength(changed.length + recent.leftBehind.length)
  })
})
