import {describe, expect, it} from 'vitest'
import {emitHtml} from '../../pipeline/emit/html/index.js'
import {processSeedPair} from '../support/pair.js'
import {toDocument} from '../../pipeline/emit/index.js'
import {processText} from '../../pipeline/processor.js'
import {glossary, processToDocument, seedRaw} from '../support/pipeline.js'

const pair = processSeedPair()
const single = processToDocument(seedRaw, 'input/2022-azerbaijan.az.txt')
const pairPage = emitHtml(pair)
const singlePage = emitHtml(single)
const rowIds = (page: string) => [...page.matchAll(/<tr id="([^"]+)"/gu)].map((match) => match[1]!)

describe('the review page (output/<stem>.html)', () => {
  it('is one self-contained file: inline style and script, nothing fetched', () => {
    for (const page of [pairPage, singlePage]) {
      expect(page.startsWith('<!doctype html>\n<html lang="en" data-generator="hesabat">')).toBe(true)
      expect(page).toMatch(/<style>[^<]+<\/style>/u)
      expect(page).toMatch(/<script>[\s\S]+<\/script>\n<\/body>\n<\/html>\n$/u)
      expect(page).not.toMatch(/<link|<script src|<img|url\(|https?:\/\//u)
    }
  })

  it('has a row per bead for a pair and per sentence for a single edition, under their sections', () => {
    expect(rowIds(pairPage)).toEqual(pair.beads!.map((bead) => `row-${bead.id}`))
    expect(rowIds(singlePage)).toEqual(single.sentences.map((sentence) => `row-${sentence.id}`))
    const sections = [...singlePage.matchAll(/<section id="sec-([^"]+)"/gu)].map((match) => match[1])
    expect(sections).toEqual(single.sections.filter((section) => section.sentences > 0).map((section) => section.key))
    // The table's header cells name the columns for screen readers.
    expect(pairPage).toContain('<th scope="col">Bead</th><th scope="col">Azerbaijani (translation)</th><th scope="col">English (original)</th><th scope="col">Confidence</th>')
    expect(singlePage).toContain('<th scope="col">Sentence</th><th scope="col">Azerbaijani</th><th scope="col">Gloss (English of marked items)</th><th scope="col">Flags</th>')
  })

  it('marks every figure, name, term and verb that no name covers, with its English and id', () => {
    const sentence = single.sentences.find((item) => item.id === 'summary-2')!
    const row = singlePage.slice(singlePage.indexOf('<tr id="row-summary-2"'), singlePage.indexOf('</tr>', singlePage.indexOf('<tr id="row-summary-2"')))
    const marks = [...row.matchAll(/<mark class="k-(\w+)" tabindex="-1" data-k="([^"]+)" aria-label="([^"]+)">([^<]+)<\/mark>/gu)]
    const expected = [...sentence.entities.map((e) => `e:${e.id}`), ...sentence.terms.filter((term) => !sentence.entities.some((e) => e.start <= term.start && term.end <= e.end)).map((term) => `t:${term.id}`)]
    expect(marks.map((match) => match[2]).sort()).toEqual(expect.arrayContaining(expected.sort()))
    const covid = marks.find((match) => match[4] === 'COVID-19 pandemiyasının')!
    expect(covid[3]).toContain('COVID-19 pandemic')
    // Twins across the sides share a key: Azerbaijan (the entity) on both sides of bead b2.
    const b2 = pairPage.slice(pairPage.indexOf('<tr id="row-b2"'), pairPage.indexOf('</tr>', pairPage.indexOf('<tr id="row-b2"')))
    expect(b2.match(/data-k="e:gpe\.azerbaijan"/gu)).toHaveLength(2)
    expect(b2.match(/data-k="n:2"/gu)).toHaveLength(2)
  })

  it('leads every diagnostic about a sentence to its row, and flags the row', () => {
    const buttons = [...pairPage.matchAll(/<button type="button" data-target="([^"]+)">/gu)].map((match) => match[1]!)
    const rows = new Set(rowIds(pairPage))
    expect(buttons.length).toBe(pair.diagnostics.length + (pair.partner?.diagnostics.length ?? 0))
    for (const target of buttons) expect(rows.has(target), target).toBe(true)
    // The planted wrong figure (16 → 17) is flagged on its bead.
    const finding = pair.diagnostics.find((d) => d.rule === 'qa-number' && d.text === '16')!
    expect(pairPage).toContain(`<tr id="row-${finding.bead}" data-section="${pair.beads!.find((b) => b.id === finding.bead)!.section}" tabindex="0" class="flagged" data-bead="yes">`)
    // The raw place is shown for the source to be found.
    expect(pairPage).toContain(`input/2022-azerbaijan.az.txt:${finding.line}:${finding.column}</span>`)
  })

  it('heads a single edition’s column with its own language: an English edition is no Azerbaijani text', () => {
    const {tree, file} = processText('AZERBAIJAN (Tier 2)\n\nThe government identified 14 victims in 2021.\n', {path: '2022-azerbaijan.en.txt', sha256: '0'.repeat(64), language: 'en', year: 2022}, glossary)
    const page = emitHtml(toDocument(tree, file))
    expect([...page.matchAll(/<td lang="([a-z]+)"/gu)].map((match) => match[1])).toEqual(['en'])
    expect(page).toContain('<th scope="col">English</th>')
    expect(page).not.toContain('<th scope="col">Azerbaijani</th>')
    expect(singlePage).toContain('<th scope="col">Azerbaijani</th>')
    expect(singlePage).toContain('<td lang="az">')
  })

  it('escapes the text it shows', () => {
    const document = processToDocument('AZƏRBAYCAN (Səviyyə 2)\n\nHökumət <script>alert(1)</script> & "QHT" ilə işləyib.\n')
    const page = emitHtml(document)
    expect(page).not.toContain('<script>alert(1)')
    // (the 1 inside is a marked figure)
    expect(page).toContain('&lt;script&gt;alert(<mark')
    expect(page).toContain('>1</mark>)&lt;/script&gt; &amp; &quot;<mark')
  })

  it('stays small: a few times its chapter, not megabytes', () => {
    // The seed chapter is 25 KB (the pair 43 KB); every item is marked, with its English, once.
    expect(Buffer.byteLength(pairPage)).toBeLessThan(400_000)
    expect(Buffer.byteLength(singlePage)).toBeLessThan(300_000)
  })

  it('speaks Azerbaijani with --ui-lang az: labels, severities and messages', () => {
    const page = emitHtml(pair, 'az')
    expect(page).toContain('<html lang="az"')
    expect(page).toContain('<th scope="col">Cüt</th><th scope="col">Azərbaycanca (tərcümə)</th><th scope="col">İngiliscə (orijinal)</th>')
    expect(page).toContain('Yalnız qeyd olunanlar')
    expect(page).toContain('<h1>Azərbaycan — Səviyyə 2</h1>')
    expect(page).not.toContain('>warning<')
    expect(page).toContain('>xəbərdarlıq<')
  })
})
