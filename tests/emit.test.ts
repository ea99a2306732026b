import {readFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'
import type {InlineCode, List, Paragraph, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {formats} from '../pipeline/emit/index.js'
import {processToDocument, seedRaw, SEED_PATH} from './support/pipeline.js'

const schema = JSON.parse(readFileSync(new URL('../pipeline/emit/hesabat.schema.json', import.meta.url), 'utf8'))
const validate = new Ajv2020({allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true}).compile(schema)
const doc = processToDocument(seedRaw, SEED_PATH)

describe('JSON output', () => {
  it('validates against the published schema (draft 2020-12)', () => {
    const json = JSON.parse(formats.json!.emit(doc))
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true)
  })

  it('names its schema, and each section its first and last sentence', () => {
    const json = JSON.parse(formats.json!.emit(doc))
    expect(Object.keys(json)[0]).toBe('$schema')
    expect(json.$schema).toBe(schema.$id)
    expect(json.sections.map((section: {first: string; last: string}) => [section.first, section.last])).toEqual([
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
    delete broken.sentences[0].raw
    broken.sections[0].key = 'introduction'
    expect(validate(broken)).toBe(false)
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/sentences/0', '/sections/0/key']))
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

describe('JSON output in pieces', () => {
  it('is exactly JSON.stringify(document, null, 2) plus a newline, for short and long arrays', () => {
    // Ten chapters in one file: more than a thousand sentences, so the arrays are written in pieces.
    const twice = processToDocument(Array.from({length: 10}, () => seedRaw).join('\n\n'), SEED_PATH)
    expect(twice.sentences.length).toBeGreaterThan(1000)
    for (const document of [doc, twice]) {
      const pieces = [...formats.json!.chunks(document)]
      expect(pieces.join('')).toBe(`${JSON.stringify(document, null, 2)}\n`)
    }
    expect([...formats.json!.chunks(twice)].length).toBeGreaterThan(Object.keys(twice).length + 2)
    const empty = {...doc, sentences: [], facts: [], diagnostics: [], removed: []}
    expect(formats.json!.emit(empty)).toBe(`${JSON.stringify(empty, null, 2)}\n`)
  })
})
