import {readFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'
import type {Root, Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import xliff from 'xliff'
import {convert} from 'xmlbuilder2'
import {formats, toDocument} from '../../pipeline/emit/index.js'
import {processText} from '../../pipeline/processor.js'
import {glossary, processToDocument, SEED_PATH, seedRaw} from '../support/pipeline.js'
import {ENGLISH_PATH, englishRaw, processSeedPair} from '../support/pair.js'

const pair = processSeedPair()
const az = new Map(pair.sentences.map((sentence) => [sentence.id, sentence.text]))
const english = pair.partner ? new Map(pair.partner.sentences.map((sentence) => [sentence.id, sentence.text])) : new Map()
const beads = pair.beads!
const sideText = (ids: string[], texts: Map<string, string>) => ids.map((id) => texts.get(id)).join(' ')
const schema = JSON.parse(readFileSync(new URL('../../pipeline/emit/hesabat.schema.json', import.meta.url), 'utf8'))
const validate = new Ajv2020({allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true}).compile(schema)

describe('JSON of a pair and of single editions', () => {
  it('validates against the schema: the pair, an Azerbaijani edition alone, an English edition alone', () => {
    const single = processToDocument(seedRaw, SEED_PATH)
    const {tree, file} = processText(englishRaw, {path: ENGLISH_PATH, sha256: '0'.repeat(64), language: 'en', year: 2022}, glossary)
    for (const document of [pair, single, toDocument(tree, file)]) {
      const json = JSON.parse(formats.json!.emit(document))
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true)
    }
    expect(single.partner).toBeUndefined()
    expect(single.beads).toBeUndefined()
  })

  it('every sentence of both sides is in exactly one bead, in order', () => {
    expect(beads.flatMap((bead) => bead.edition)).toEqual(pair.sentences.map((sentence) => sentence.id))
    expect(beads.flatMap((bead) => bead.partner)).toEqual([...english.keys()])
  })
})

describe('TMX 1.4b', () => {
  const tmx = convert(formats.tmx!.emit(pair), {format: 'object'}) as unknown as {
    tmx: {'@version': string; header: Record<string, string>; body: {tu: Array<{'@tuid': string; tuv: Array<{'@xml:lang': string; seg: string}>}>}}
  }

  it('has the header every CAT tool requires', () => {
    expect(tmx.tmx['@version']).toBe('1.4')
    expect(Object.keys(tmx.tmx.header).sort()).toEqual(['@adminlang', '@creationtool', '@creationtoolversion', '@datatype', '@o-tmf', '@segtype', '@srclang'])
    // The English is the original; the Azerbaijani its translation.
    expect(tmx.tmx.header['@srclang']).toBe('en')
  })

  it('keeps every bead with both sides as a unit, each segment exactly the sentences of its side', () => {
    const paired = beads.filter((bead) => bead.edition.length > 0 && bead.partner.length > 0)
    const units = tmx.tmx.body.tu
    expect(units.map((unit) => unit['@tuid'])).toEqual(paired.map((bead) => bead.id))
    units.forEach((unit, index) => {
      const bead = paired[index]!
      expect(unit.tuv.map((tuv) => [tuv['@xml:lang'], tuv.seg])).toEqual([
        ['en', sideText(bead.partner, english)],
        ['az', sideText(bead.edition, az)]
      ])
    })
  })
})

describe('XLIFF 1.2 (--format xlf12), which more CAT tools read', () => {
  it('reads back with the xliff package: a trans-unit per bead, source and target as the beads say, the findings as notes', async () => {
    const xml = formats.xlf12!.emit(pair)
    const read = await xliff.xliff12ToJs(xml)
    expect([read.sourceLanguage, read.targetLanguage]).toEqual(['en', 'az'])
    const units = Object.values(read.resources)[0]!
    expect(Object.keys(units)).toEqual(beads.map((bead) => bead.id))
    for (const bead of beads) {
      const unit = units[bead.id]!
      if (bead.partner.length > 0) expect(unit.source).toBe(sideText(bead.partner, english))
      if (bead.edition.length > 0) expect(unit.target).toBe(sideText(bead.edition, az))
    }
    // A bead with a finding wants a look (all but the one the translation left out, which has no target); its findings are notes.
    const figure = pair.diagnostics.find((d) => d.rule === 'qa-number')!
    expect(xml).toMatch(new RegExp(`<trans-unit id="${figure.bead}" resname="[a-z]+">\\s*<source>[^<]*</source>\\s*<target state="needs-review-translation">[^<]*</target>\\s*<note from="hesabat" priority="5">qa-number: `))
    expect(xml.match(/state="needs-review-translation"/gu)!.length).toBe(new Set(pair.diagnostics.filter((d) => d.bead && d.severity !== 'info').map((d) => d.bead)).size - 1)
  })
})

describe('XLIFF 2.1', () => {
  it('reads back with the xliff package: every unit, source and target as the beads say', async () => {
    const read = await xliff.xliff2js(formats.xlf!.emit(pair))
    // The original (English) is the source, the translation under review (Azerbaijani) the target.
    expect([read.sourceLanguage, read.targetLanguage]).toEqual(['en', 'az'])
    const units = read.resources.f1!
    expect(Object.keys(units)).toEqual(beads.map((bead) => bead.id))
    for (const bead of beads) {
      const unit = units[bead.id]!
      if (bead.partner.length > 0) expect(unit.source).toBe(sideText(bead.partner, english))
      if (bead.edition.length > 0) expect(unit.target).toBe(sideText(bead.edition, az))
    }
  })

  it('marks beads translated, a sentence the translation lacks initial with no target, and carries the QA findings as notes', () => {
    const xml = formats.xlf!.emit(pair)
    const untranslated = beads.find((bead) => bead.shape === '0-1')!
    expect(xml).toMatch(new RegExp(`<unit id="${untranslated.id}">[\\s\\S]*?<segment state="initial">\\s*<source>[^<]+</source>\\s*</segment>`))
    const figure = pair.diagnostics.find((d) => d.rule === 'qa-number')!
    expect(xml).toMatch(new RegExp(`<unit id="${figure.bead}">\\s*<notes>\\s*<note category="qa-number"`))
  })

  it('without an English edition: one unit per sentence, the gloss as an initial target', async () => {
    const single = processToDocument(seedRaw, SEED_PATH)
    const read = await xliff.xliff2js(formats.xlf!.emit(single))
    const units = read.resources.f1!
    expect(Object.keys(units)).toHaveLength(single.sentences.length)
    expect(units[single.sentences[0]!.id]!.target).toBe(single.sentences[0]!.gloss)
    expect(formats.xlf!.emit(single)).not.toContain('state="translated"')
    expect([read.sourceLanguage, read.targetLanguage]).toEqual(['az', 'en'])
  })

  it('an English edition alone is English: its source, no gloss, no target language', async () => {
    const {tree, file} = processText(englishRaw, {path: ENGLISH_PATH, sha256: '0'.repeat(64), language: 'en', year: 2022}, glossary)
    const alone = toDocument(tree, file)
    const xml = formats.xlf!.emit(alone)
    expect(xml).toContain('srcLang="en"')
    expect(xml).not.toContain('trgLang')
    expect(xml).not.toContain('<target>')
    expect(alone.sentences[0]!.gloss).toBeUndefined()
  })

  it('follows the pair when it declares the Azerbaijani the original (--source-lang az)', async () => {
    const reversed = processSeedPair(undefined, undefined, {sourceLang: 'az'})
    expect(reversed.languages).toEqual({source: 'az', target: 'en'})
    const read = await xliff.xliff2js(formats.xlf!.emit(reversed))
    expect([read.sourceLanguage, read.targetLanguage]).toEqual(['az', 'en'])
    const first = reversed.beads![0]!
    expect(read.resources.f1![first.id]!.source).toBe(sideText(first.edition, az))
    // The findings are the English translation's now.
    expect(reversed.diagnostics.filter((d) => d.rule.startsWith('qa-'))).toEqual([])
    expect(reversed.partner!.diagnostics.some((d) => d.rule === 'qa-number')).toBe(true)
  })
})

describe('Markdown of a pair', () => {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(formats.md!.emit(pair)) as Root
  const tables = tree.children.filter((node): node is Table => node.type === 'table')

  it('one two-column table per section; a reader gets back each bead’s two sides exactly', () => {
    expect(tables).toHaveLength(new Set(beads.map((bead) => bead.section)).size)
    const rows = tables.flatMap((table) => table.children.slice(1))
    expect(rows).toHaveLength(beads.length)
    rows.forEach((row, index) => {
      const bead = beads[index]!
      const [, left, right] = row.children.map((cell) => toString(cell))
      expect(left).toBe(bead.edition.length > 0 ? sideText(bead.edition, az) : '—')
      expect(right).toBe(bead.partner.length > 0 ? sideText(bead.partner, english) : '—')
    })
  })

  it('shows figures in bold and QA flags beside their bead', () => {
    const figure = pair.diagnostics.find((d) => d.rule === 'qa-number')!
    const row = tables.flatMap((table) => table.children).find((candidate) => toString(candidate.children[0]!).startsWith(`${figure.bead} `))!
    expect(toString(row.children[3]!)).toContain('qa-number')
    const strong = row.children[1]!.children.filter((node) => node.type === 'strong').map((node) => toString(node))
    expect(strong).toContain(figure.text)
  })
})
