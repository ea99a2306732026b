import {readFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'
import type {InlineCode, List, Paragraph, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {formats, readDocument} from '../pipeline/emit/index.js'
import {processToDocument, seedRaw, SEED_PATH} from './support/pipeline.js'

const schema = JSON.parse(readFileSync(new URL('../pipeline/emit/hesabat.schema.json', import.meta.url), 'utf8'))
const validate = new Ajv2020({allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true}).compile(schema)
const doc = processToDocument(seedRaw, SEED_PATH)

describe('JSON output', () => {
  it('validates against the published schema (draft 2020-12)', () => {
    const json = JSON.parse(formats.json!.emit(doc))
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true)
  })

  it('names its schema, and says how many sentences each section has (its first and last are read back)', () => {
    const json = JSON.parse(formats.json!.emit(doc))
    expect(Object.keys(json)[0]).toBe('$schema')
    expect(json.$schema).toBe(schema.$id)
    expect(json.edition.sections.map((section: {sentences: number}) => section.sentences)).toEqual([11, 11, 22, 49, 13, 11])
    expect(readDocument(json).sections.map((section) => [section.first, section.last])).toEqual([
      ['summary-1', 'summary-11'],
      ['recommendations-1', 'recommendations-11'],
      ['prosecution-1', 'prosecution-22'],
      ['protection-1', 'protection-49'],
      ['prevention-1', 'prevention-13'],
      ['profile-1', 'profile-11']
    ])
  })

  it('the schema rejects a document that breaks the contract', () => {
    const broken = JSON.parse(formats.json!.emit(doc))
    delete broken.edition.sentences[0].raw
    broken.edition.sections[0].key = 'introduction'
    broken.edition.sentences[1].terms[0].text = 'a 2.x field'
    expect(validate(broken)).toBe(false)
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/edition/sentences/0', '/edition/sections/0/key', '/edition/sentences/1/terms/0'])
    )
  })

  it('is byte-identical on a second run (no timestamps, stable order)', () => {
    const again = processToDocument(seedRaw, SEED_PATH)
    expect(formats.json!.emit(again)).toBe(formats.json!.emit(doc))
    expect(formats.md!.emit(again)).toBe(formats.md!.emit(doc))
  })
})

describe('Markdown output of a file with repeated section keys (two chapters in one file)', () => {
  it('lists each sentence once, under its own section', () => {
    const twice = processToDocument(`${seedRaw}\n\n${seedRaw}`, SEED_PATH)
    const tree = unified().use(remarkParse).parse(formats.md!.emit(twice)) as Root
    const items = tree.children.filter((node): node is List => node.type === 'list' && Boolean(node.ordered)).flatMap((list) => list.children)
    expect(items).toHaveLength(twice.sentences.length)
    expect(twice.sections.reduce((sum, section) => sum + section.sentences, 0)).toBe(twice.sentences.length)
  })
})

describe('Markdown output', () => {
  const markdown = formats.md!.emit(doc)
  const tree = unified().use(remarkParse).parse(markdown) as Root
  const textOf = (node: unknown): string =>
    typeof node === 'object' && node !== null && 'value' in node
      ? String((node as {value: string}).value)
      : ((node as {children?: unknown[]}).children ?? []).map(textOf).join('')

  it('has the title with country and tier, a heading per section, diagnostics and removals', () => {
    const headings = tree.children.filter((node) => node.type === 'heading')
    expect(headings.map((h) => [h.depth, textOf(h)])).toEqual([
      [1, 'Azerbaijan — Tier 2'],
      [2, 'Summary'],
      [2, 'Prioritized recommendations · PRİORİTET TÖVSİYƏLƏR'],
      [2, 'Prosecution · MƏHKƏMƏ TƏQİBİ'],
      [2, 'Protection · MÜDAFİƏ'],
      [2, 'Prevention (heading inferred)'],
      [2, 'Trafficking profile · İNSAN ALVERİ PROFİLİ'],
      [2, 'Diagnostics'],
      [2, 'Removed by cleaning']
    ])
  })

  it('numbers the sentences of each section, each with its id and raw place', () => {
    const lists = tree.children.filter((node): node is List => node.type === 'list')
    const ordered = lists.filter((list) => list.ordered)
    expect(ordered.map((list) => list.children.length)).toEqual([11, 11, 22, 49, 13, 11])
    expect(ordered.every((list) => list.start === 1)).toBe(true)
    const items = ordered.flatMap((list) => list.children.map((item) => textOf(item.children[0])))
    expect(items).toEqual(doc.sentences.map((s) => `${s.text} ${s.id} · ${s.raw.start.line}:${s.raw.start.column}`))
    // Under a sentence: its gloss, figures, entities and terms, each with the English.
    const paragraphs = ordered[2]!.children[3]!.children.map(textOf)
    expect(paragraphs.slice(1).map((text) => text.split(':')[0])).toEqual(['Gloss', 'Figures', 'Terms', 'Verbs'])
    // The English of each glossed span is a code span after it; a figure whose English is itself ("20") is not glossed.
    expect(paragraphs[1]).toContain('Hüquq mühafizə orqanları law enforcement 2020-ci 2020 ildə 20 şübhəlinin suspect')
    const gloss = ordered[2]!.children[3]!.children[1] as Paragraph
    expect(gloss.children.filter((node) => node.type === 'inlineCode').slice(0, 3).map((node) => (node as InlineCode).value)).toEqual(['law enforcement', '2020', 'suspect'])
    expect(doc.sentences.find((s) => s.id === 'prosecution-4')!.gloss).toContain('Hüquq mühafizə orqanları [law enforcement] 2020-ci [2020] ildə 20 şübhəlinin [suspect]')
    expect(formats.md!.emit(doc)).not.toContain('\\[')
    expect(paragraphs[2]).toContain('20 → 20 (count, suspect, 2020)')
    expect(paragraphs[3]).toContain('məcburi əməyə → forced labor')
    const summary = ordered[0]!.children[3]!.children.map(textOf)
    expect(summary.find((text) => text.startsWith('Entities'))).toBe(
      'Entities: Daxili İşlər Nazirliyinin → Ministry of Internal Affairs (MIA), ORG · DİN → Ministry of Internal Affairs (MIA), ORG'
    )
    const [diagnostics, removed] = lists.filter((list) => !list.ordered)
    expect(diagnostics!.children).toHaveLength(doc.diagnostics.length)
    expect(removed!.children).toHaveLength(doc.removed.length)
  })
})

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

describe('JSON output: its layout', () => {
  // Ten chapters in one file: more than a thousand sentences, written a sentence at a time.
  const twice = processToDocument(Array.from({length: 10}, () => seedRaw).join('\n\n'), SEED_PATH)

  it('reads back as the document, from pieces however many', () => {
    expect(twice.sentences.length).toBeGreaterThan(1000)
    for (const document of [doc, twice]) expect(readDocument(JSON.parse([...formats.json!.chunks(document)].join('')))).toEqual(document)
    expect([...formats.json!.chunks(twice)].length).toBeGreaterThan(twice.sentences.length)
    const empty = {...doc, sections: [], sentences: [], facts: [], diagnostics: [], removed: []}
    expect(readDocument(JSON.parse(formats.json!.emit(empty)))).toEqual(empty)
  })

  it('writes a record per line in items, concepts and diagnostics, raw places on one line, the rest indented by two', () => {
    const text = formats.json!.emit(doc)
    const json = JSON.parse(text)
    const lines = text.split('\n')
    const sentence = json.edition.sentences.find((item: Record<string, unknown>) => item.numbers && item.terms)
    // Every item of a sentence is one line: its compact JSON, indented under its array.
    for (const item of [...sentence.numbers, ...sentence.terms]) expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^ {10}${escape(JSON.stringify(item))},?$`, 'u')))
    for (const [id, concept] of Object.entries(json.concepts)) expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^ {4}${escape(`${JSON.stringify(id)}: ${JSON.stringify(concept)}`)},?$`, 'u')))
    for (const d of json.edition.diagnostics) expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^ {6}${escape(JSON.stringify(d))},?$`, 'u')))
    expect(lines).toContain(`        "raw": ${JSON.stringify(sentence.raw)},`)
    expect(lines.slice(0, 3)).toEqual(['{', `  "$schema": ${JSON.stringify(doc.$schema)},`, '  "schemaVersion": "3.1.0",'])
    // Items give their raw place as offsets: the raw text there is the item's text (the seed has no line break inside these).
    const read = readDocument(json).sentences.find((item) => item.id === sentence.id)!
    for (const item of read.numbers) expect(seedRaw.slice(item.raw[0], item.raw[1])).toBe(item.text)
    expect(text.endsWith('}\n')).toBe(true)
  })
})

describe('footnotes as notes', () => {
  const raw = ['MÜDAFİƏ', '', 'Nazirliyin məlumatına 7 görə, 41 fakt qeydə alınıb. Qurbanlar yardım alıb.', '', '__________', '7 Nazirliyin illik məlumatı', 'yanvarda dərc edilib.', ''].join('\n')

  it('keeps each footnote whole, attached to the sentence of its marker, with both raw places', () => {
    const doc = processToDocument(raw)
    expect(doc.sentences.map((s) => s.text)).toEqual(['Nazirliyin məlumatına görə, 41 fakt qeydə alınıb.', 'Qurbanlar yardım alıb.'])
    expect(doc.notes).toEqual([
      {
        number: '7',
        text: 'Nazirliyin illik məlumatı yanvarda dərc edilib.',
        raw: {start: {line: 6, column: 1, offset: raw.indexOf('7 Naz')}, end: {line: 7, column: 22, offset: raw.indexOf('edilib.') + 7}},
        marker: {line: 3, column: 23, offset: raw.indexOf(' 7 ') + 1},
        sentence: 'protection-1'
      }
    ])
    // Its lines and its marker are listed as removed as well: nothing taken out goes unlisted.
    expect(doc.removed.map((r) => r.reason)).toEqual(['footnote-marker', 'separator', 'footnote', 'footnote'])
    const markdown = formats.md!.emit(doc)
    expect(markdown).toContain('## Footnotes\n\n- `7` Nazirliyin illik məlumatı yanvarda dərc edilib. `6:1` → `protection-1`\n')
  })

  it('writes no notes for a document without footnotes (the seed)', () => {
    expect(processToDocument('MÜDAFİƏ\n\nHökumət səyləri artırıb.')).not.toHaveProperty('notes')
  })
})

describe('tables as tables', () => {
  // A table exported one cell a line, between two sentences; its figure cells read like page numbers alone.
  const cells = ['Mərkəz', '2021', '2022', 'Bakı', '41', '53', 'Gəncə', '12', '17', 'Şəki', '5', '6']
  const raw = ['MÜDAFİƏ', '', 'Aşağıdakı cədvəldə qurbanların sayı göstərilir.', '', ...cells, '', 'Cədvəldən göründüyü kimi, say artıb.', ''].join('\n')

  it('keeps a table out of the sentences and writes it back as rows, the header first, after the sentence it follows', () => {
    const doc = processToDocument(raw)
    expect(doc.sentences.map((s) => s.text)).toEqual(['Aşağıdakı cədvəldə qurbanların sayı göstərilir.', 'Cədvəldən göründüyü kimi, say artıb.'])
    expect(doc.tables).toEqual([
      {
        columns: 3,
        rows: [
          ['Mərkəz', '2021', '2022'],
          ['Bakı', '41', '53'],
          ['Gəncə', '12', '17'],
          ['Şəki', '5', '6']
        ],
        raw: {start: {line: 5, column: 1, offset: raw.indexOf('Mərkəz')}, end: {line: 16, column: 2, offset: raw.indexOf('\n6\n') + 2}},
        after: 'protection-1'
      }
    ])
    // Every cell is listed as removed as well.
    expect(doc.removed.filter((r) => r.reason === 'table').map((r) => r.text)).toEqual(cells)
    const markdown = formats.md!.emit(doc)
    const block = '\n**Table** `5:1`\n\n| Mərkəz | 2021 | 2022 |\n| --- | --- | --- |\n| Bakı | 41 | 53 |\n| Gəncə | 12 | 17 |\n| Şəki | 5 | 6 |\n'
    expect(markdown).toContain(block)
    expect(markdown.indexOf('`protection-1 · 3:1`')).toBeLessThan(markdown.indexOf(block))
    expect(markdown.indexOf(block)).toBeLessThan(markdown.indexOf('Cədvəldən göründüyü'))
    // No figure of the table is counted.
    expect(doc.facts).toEqual([])
  })

  it('writes no tables for a document without one (the seed)', () => {
    expect(processToDocument(seedRaw)).not.toHaveProperty('tables')
  })
})
