import {parse} from 'csv-parse/sync'
import {describe, expect, it} from 'vitest'
import {formats} from '../pipeline/emit/index.js'
import {processToDocument, seedRaw, SEED_PATH} from './support/pipeline.js'

const doc = processToDocument(seedRaw, SEED_PATH)
const csv = formats.csv!.emit(doc)

describe('facts table', () => {
  it('has one row per count and money figure of the JSON', () => {
    const figures = doc.sentences.flatMap((s) => s.numbers).filter((n) => n.kind === 'count' || n.kind === 'money')
    expect(doc.facts.map((f) => f.id)).toEqual(figures.map((n) => n.id))
    expect(doc.facts).toHaveLength(55 + 28)
  })

  it('is RFC 4180 CSV with a UTF-8 byte-order mark and CRLF line ends, and parses back to the facts', () => {
    expect(csv.startsWith('\uFEFFid,section,sentence,kind,value,counted,currency,year,conversion_of,text,en\r\n')).toBe(true)
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n')
    const rows: Record<string, string>[] = parse(csv, {bom: true, columns: true})
    expect(rows).toHaveLength(doc.facts.length)
    const money = rows.find((row) => row.text === '73,350 ABŞ dolları')!
    expect(money).toMatchObject({kind: 'money', value: '73350', currency: 'USD', year: '2021', en: '$73,350'})
    expect(rows.find((row) => row.id === money.conversion_of)).toMatchObject({text: '124,700 manat', currency: 'AZN'})
    // A text with a comma is quoted, not split.
    expect(csv).toContain('"124,700 manat"')
  })
})
