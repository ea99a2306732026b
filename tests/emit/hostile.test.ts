import {DOMParser} from '@xmldom/xmldom'
import {parse as parseCsv} from 'csv-parse/sync'
import fc from 'fast-check'
import type {Root, Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {type DefaultTreeAdapterMap, parse as parseHtml} from 'parse5'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {escapeHtml} from '../../pipeline/emit/html/index.js'
import {formats} from '../../pipeline/emit/index.js'
import {table, text} from '../../pipeline/emit/markdown-syntax.js'
import type {OutputDocument} from '../../pipeline/emit/index.js'
import {xmlAttribute, xmlElement, xmlText} from '../../pipeline/emit/xml.js'
import {toTbx} from '../../pipeline/emit/tbx.js'
import {processSeedPair} from '../support/pair.js'
import {glossary, processToDocument} from '../support/pipeline.js'

/**
 * Text as a hostile sender, a careless glossary editor or an OCR of a web page would have it, through every
 * writer and back through a real reader of its syntax: the reader gets the same text back. A fixed seed in
 * `npm test`; `FUZZ_RUNS` for more.
 */
const runs = Number(process.env.FUZZ_RUNS ?? 200)
fc.configureGlobal(process.env.FUZZ_RUNS ? {} : {seed: 20221207})

const nasty = fc.constantFrom(
  '"', "'", '<', '>', '&', '&amp;', '&lt;', '&#x41;', '&quot;', ']]>', '<!--', '-->', '<script>', '</td>', '|', '`', '*', '_', '\\', '\t', '\r', '\n', '\r\n',
  '\u0000', '\u0001', '\u001F', '\uFFFE', '\uD800', '\uDC00', '\u202E', '\u200F', 'ə', 'İ', '😀', ' onerror=alert(1) ', 'x'.repeat(300)
)
const hostile = fc.array(fc.oneof({weight: 3, arbitrary: nasty}, {weight: 2, arbitrary: fc.string({unit: 'binary', maxLength: 4})}), {minLength: 1, maxLength: 12}).map((parts) => parts.join(''))

/** What an XML reader gives back for a text written by xml.ts: the characters XML 1.0 cannot carry are U+FFFD. */
const asXmlCarries = (text: string) => text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
/** A string as UTF-8 carries it: each lone surrogate U+FFFD. */
const wellFormed = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
const parseXml = (xml: string) => {
  const errors: string[] = []
  const document = new DOMParser({onError: (level, message) => void (level !== 'warning' && errors.push(message))}).parseFromString(xml, 'text/xml')
  expect(errors).toEqual([])
  return document
}

describe('XML: text and attribute values come back from an XML reader as they were written', () => {
  it('any string, as text and as an attribute value', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const root = parseXml(xmlElement({name: 'a', attributes: {x: value}, text: value})).documentElement!
        expect(root.getAttribute('x')).toBe(asXmlCarries(value))
        expect(root.textContent ?? '').toBe(asXmlCarries(value))
      }),
      {numRuns: runs}
    )
  })

  it('escapes an ampersand before an entity name too (AT&amp;T stays AT&amp;T), and a line break in an attribute as a reference', () => {
    expect(xmlText('AT&amp;T <b>')).toBe('AT&amp;amp;T &lt;b&gt;')
    expect(xmlAttribute('a"b\nc')).toBe('a&quot;b&#xA;c')
  })
})

describe('TMX, XLIFF and TBX keep a hostile text', () => {
  const pair = processSeedPair()
  // The first bead's sentences on both sides made hostile, the rest of the document as it is.
  const withText = (document: OutputDocument, az: string, en: string): OutputDocument => {
    const copy = structuredClone(document)
    const bead = copy.beads![0]!
    for (const sentence of copy.sentences) if (bead.edition.includes(sentence.id)) sentence.text = az
    for (const sentence of copy.partner?.sentences ?? []) if (bead.partner.includes(sentence.id)) sentence.text = en
    return copy
  }
  const segs = (xml: string, unit: string, id: string, attribute: string) => {
    const element = [...parseXml(xml).getElementsByTagName(unit)].find((node) => node.getAttribute(attribute) === id)!
    return element
  }

  it('TMX: both sides of a unit, as written', () => {
    fc.assert(
      fc.property(hostile, hostile, (az, en) => {
        const document = withText(pair, az, en)
        const unit = segs(formats.tmx!.emit(document), 'tu', 'b1', 'tuid')
        const texts = [...unit.getElementsByTagName('seg')].map((seg) => seg.textContent)
        expect(texts).toEqual([asXmlCarries(en), asXmlCarries(az)])
      }),
      {numRuns: Math.ceil(runs / 4)}
    )
  })

  it('XLIFF: source and target of a unit, as written', () => {
    fc.assert(
      fc.property(hostile, hostile, (az, en) => {
        const document = withText(pair, az, en)
        const unit = segs(formats.xlf!.emit(document), 'unit', 'b1', 'id')
        expect(unit.getElementsByTagName('source')[0]!.textContent).toBe(asXmlCarries(en))
        expect(unit.getElementsByTagName('target')[0]!.textContent ?? '').toBe(asXmlCarries(az))
      }),
      {numRuns: Math.ceil(runs / 4)}
    )
  })

  it('TBX: a glossary English and note as written', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const entry = {...glossary.entries.find((item) => !item.type)!, target: value, note: value}
        const tbx = parseXml(toTbx({...glossary, entries: [entry]}))
        expect(tbx.getElementsByTagName('term')[1]!.textContent ?? '').toBe(asXmlCarries(value))
        expect(tbx.getElementsByTagName('note')[0]!.textContent).toBe(asXmlCarries(value))
      }),
      {numRuns: Math.ceil(runs / 4)}
    )
  })
})

describe('the facts CSV keeps its columns and its text', () => {
  const document = processToDocument('AZƏRBAYCAN (Səviyyə 2)\n\nHökumət 2021-ci ildə 14 qurban müəyyən edib.\n')

  it('a hostile figure text and English in any cell', () => {
    fc.assert(
      fc.property(hostile, hostile, (text, en) => {
        const copy = structuredClone(document)
        copy.facts = copy.facts.map((fact) => ({...fact, text, en}))
        const rows = parseCsv(formats.csv!.emit(copy), {bom: true, relax_column_count: false}) as string[][]
        expect(rows).toHaveLength(1 + copy.facts.length)
        for (const row of rows) expect(row).toHaveLength(11)
        // UTF-8 carries every character but a lone surrogate (U+FFFD in the file).
        expect(rows[1]!.slice(-2)).toEqual([wellFormed(text), wellFormed(en)])
      }),
      {numRuns: runs}
    )
  })
})

describe('the review page: a hostile text is text, never markup', () => {
  const base = processToDocument('AZƏRBAYCAN (Səviyyə 2)\n\nHökumət 2021-ci ildə 14 qurban müəyyən edib. Məhkəmə işə baxıb.\n')
  type Node = DefaultTreeAdapterMap['node']
  const elements = function* (node: Node): Generator<DefaultTreeAdapterMap['element']> {
    if ('tagName' in node) yield node
    if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child)
    if ('content' in node && node.content) yield* elements(node.content)
  }
  /** Every element and attribute name of a page (what the template puts there). */
  const shape = (html: string) => {
    const names = new Set<string>()
    for (const element of elements(parseHtml(html))) {
      names.add(element.tagName)
      for (const attribute of element.attrs) names.add(`${element.tagName}@${attribute.name}`)
    }
    return names
  }
  // The sentence's text: the reason a row shows under it (a finding's message) is a paragraph of its own.
  const isReason = (node: Node) => 'attrs' in node && node.attrs.some((attribute) => attribute.name === 'class' && attribute.value === 'reason')
  const textOf = (node: Node): string => (isReason(node) ? '' : 'value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '')
  /** What an HTML reader gives back for text: line breaks \r\n and \r as \n, NUL left out, lone surrogates U+FFFD. */
  const asHtmlReads = (text: string) => wellFormed(text.replace(/\r\n?/g, '\n').replace(/\0/g, ''))
  // The page of the same document with plain words in the same places: what the template makes.
  const withText = (sentence: string, other: string): OutputDocument => {
    const copy = structuredClone(base)
    Object.assign(copy.sentences[0]!, {text: sentence, numbers: [], entities: [], terms: [], verbs: []})
    copy.source.path = other
    copy.sections = copy.sections.map((section) => ({...section, headingAz: other}))
    const place = copy.sentences[0]!.raw.start
    copy.diagnostics = [{rule: other, severity: 'warning', message: other, line: place.line, column: place.column, text: other, suggestion: other}]
    return copy
  }
  const template = shape(formats.html!.emit(withText('Söz', 'söz')))

  it('in a sentence, a diagnostic, a section heading and the file name: the page has no element or attribute of its own making, and the sentence reads back', () => {
    fc.assert(
      fc.property(hostile, hostile, (sentence, other) => {
        const copy = withText(sentence, other)
        const html = formats.html!.emit(copy)
        for (const name of shape(html)) expect(template.has(name), name).toBe(true)
        const row = [...elements(parseHtml(html))].find((element) => element.attrs.some((attribute) => attribute.name === 'id' && attribute.value === `row-${copy.sentences[0]!.id}`))!
        const cell = row.childNodes.find((child) => 'tagName' in child && child.tagName === 'td')!
        expect(wellFormed(textOf(cell))).toBe(asHtmlReads(sentence))
        // The finding's message, as hostile as the sentence, reads back as text under it.
        const reason = [...elements(cell)].find(isReason)!
        expect(wellFormed(reason.childNodes.map(textOf).join(''))).toBe(asHtmlReads(other))
      }),
      {numRuns: Math.ceil(runs / 4)}
    )
  })

  it('escapes a double quote in an attribute whatever else the value holds (no fast path around it)', () => {
    expect(escapeHtml('a" onfocus="x')).toBe('a&quot; onfocus=&quot;x')
  })
})

describe('a Markdown table keeps its columns and its cells’ text', () => {
  const parseMarkdown = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root
  // One line of a cell (the table writer folds line breaks to spaces); no NUL, which a reader replaces.
  const cell = hostile.map((value) => value.replace(/[\r\n\0]/g, ' '))

  it('any cell text, a `|` included', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), {minLength: 1, maxLength: 4}), (rows) => {
        const tree = parseMarkdown(`${table(['a', 'b'], rows.map((row) => row.map(text)))}\n`)
        const found = tree.children[0] as Table
        expect(found.type).toBe('table')
        expect(found.children).toHaveLength(rows.length + 1)
        found.children.slice(1).forEach((row, index) => {
          expect(row.children).toHaveLength(2)
          // A reader trims a cell's edge spaces and reads tabs as they are.
          expect(row.children.map((node) => wellFormed(toString(node)))).toEqual(rows[index]!.map((value) => wellFormed(value).trim()))
        })
      }),
      {numRuns: runs}
    )
  })
})
