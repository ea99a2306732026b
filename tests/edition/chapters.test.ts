import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runTask} from '../../pipeline/batch/process-file.js'
import {readDocument, type OutputDocument} from '../../pipeline/emit/index.js'
import {findChapters} from '../../pipeline/edition/chapters.js'
import {displayPath} from '../../pipeline/io/read-input.js'
import {az} from '../../pipeline/lang/az/index.js'
import {chapterOf, EDITION_TITLES, editionText, FRONT_MATTER} from '../support/edition.js'
import {rewrapNarrow} from '../support/noisy.js'
import {glossary, processToDocument, seedRaw} from '../support/pipeline.js'

const dir = mkdtempSync(path.join(tmpdir(), 'hesabat-edition-'))
const file = path.join(dir, '2022-tip-report.az.txt')
writeFileSync(file, editionText())
const task = {file, out: path.join(dir, 'out'), formats: ['json'], strict: false, glossary: {folder: 'glossary', sha256: glossary.sha256}, write: false, cache: null}
const result = await runTask(task)
const documents = new Map(result.outputs.map(([target, content]) => [path.basename(target), readDocument(JSON.parse(content))]))

/** What a reader compares: the sections and the sentences, by text. */
const shape = (document: OutputDocument) => ({
  title: document.document.title?.text,
  sections: document.sections.map((section) => [section.key, section.heading, section.sentences]),
  sentences: document.sentences.map((sentence) => [sentence.id, sentence.text])
})

describe('an edition: front matter and five chapters in one file', () => {
  it('finds each chapter at its title line, the front matter and the year before them', () => {
    const edition = findChapters(editionText(), az)
    expect(edition.chapters.map((chapter) => [chapter.slug, chapter.code])).toEqual([
      ['georgia', 'GE'],
      ['azerbaijan', 'AZ'],
      ['kyrgyz-republic', 'KG'],
      ['iran', 'IR'],
      ['united-arab-emirates', 'AE']
    ])
    // Four lines of front matter, one of them the running header, which is furniture.
    expect(edition.frontMatter).toBe(3)
    expect(edition.year).toBe(2022)
  })

  it('gives one document per chapter, named <year>-<country>, each the same as the chapter processed alone', () => {
    expect([...documents.keys()].sort()).toEqual(['2022-azerbaijan.json', '2022-georgia.json', '2022-iran.json', '2022-kyrgyz-republic.json', '2022-united-arab-emirates.json'])
    const names = ['2022-georgia.json', '2022-azerbaijan.json', '2022-kyrgyz-republic.json', '2022-iran.json', '2022-united-arab-emirates.json']
    EDITION_TITLES.forEach((title, index) => {
      const inEdition = documents.get(names[index]!)!
      const alone = processToDocument(chapterOf(title), `alone-${index}.az.txt`)
      expect(shape(inEdition), title).toEqual(shape(alone))
      expect(inEdition.document.tier).toBe(alone.document.tier)
      expect(inEdition.source.chapter).toEqual({index: index + 1, count: 5, file: displayPath(file)})
    })
    expect(documents.get('2022-kyrgyz-republic.json')!.document).toMatchObject({country: 'Kyrgyz Republic', tier: '2 Watch List'})
    expect(documents.get('2022-iran.json')!.document.tier).toBe('3')
  })

  it('keeps raw places in the edition file: a sentence of the last chapter points at its line there', () => {
    const text = editionText()
    const last = documents.get('2022-united-arab-emirates.json')!
    const sentence = last.sentences[0]!
    expect(text.slice(sentence.raw.start.offset, sentence.raw.start.offset + 20)).toBe(sentence.text.slice(0, 20))
    expect(text.split('\n')[sentence.raw.start.line - 1]).toContain(sentence.text.slice(0, 20))
    const titleLine = text.split('\n').findIndex((line) => line.startsWith('BİRLƏŞMİŞ ƏRƏB ƏMİRLİKLƏRİ')) + 1
    expect(sentence.raw.start.line).toBeGreaterThan(titleLine)
    expect(titleLine).toBeGreaterThan(1000)
  })

  it('says once how much front matter it skipped, and removes the running header and page numbers across chapters', () => {
    const front = result.messages.filter((message) => message.rule === 'front-matter')
    expect(front).toHaveLength(1)
    expect(front[0]!.reason).toBe('3 lines before the first chapter (front matter) are not processed')
    for (const document of documents.values()) {
      for (const sentence of document.sentences) expect(sentence.text).not.toMatch(/HESABAT|\d\s*$/u)
    }
  })
})

describe('an edition and its English edition', () => {
  it('pair chapter by chapter, by country, whatever their order', async () => {
    const english = readFileSync('input/2022-azerbaijan.en.txt', 'utf8')
    const enEdition = ['2022 TRAFFICKING IN PERSONS REPORT', '', english.replace('AZERBAIJAN (Tier 2)', 'GEORGIA (Tier 1)'), english].join('\n')
    const azEdition = ['2022 İNSAN ALVERİ HAQQINDA HESABAT', '', chapterOf('AZƏRBAYCAN (Səviyyə 2)'), chapterOf('GÜRCÜSTAN (Səviyyə 1)'), chapterOf('İRAN (Səviyyə 3)')].join('\n')
    const pairDir = mkdtempSync(path.join(tmpdir(), 'hesabat-pair-'))
    writeFileSync(path.join(pairDir, '2022-report.az.txt'), azEdition)
    writeFileSync(path.join(pairDir, '2022-report.en.txt'), enEdition)
    const paired = await runTask({...task, file: path.join(pairDir, '2022-report.az.txt'), english: path.join(pairDir, '2022-report.en.txt'), out: path.join(pairDir, 'out')})
    const byName = new Map(paired.outputs.map(([target, content]) => [path.basename(target), readDocument(JSON.parse(content))]))
    expect([...byName.keys()].sort()).toEqual(['2022-azerbaijan.json', '2022-georgia.json', '2022-iran.json'])
    for (const name of ['2022-azerbaijan.json', '2022-georgia.json']) {
      const document = byName.get(name)!
      expect(document.partner, name).toBeDefined()
      expect(document.beads!.length).toBeGreaterThan(100)
    }
    // Iran has no English chapter: processed alone, with its gloss.
    expect(byName.get('2022-iran.json')!.partner).toBeUndefined()
  })
})

describe('a body line that stands at the top of a page in every chapter of an edition', () => {
  // A line of the seed's prose (it continues a sentence and runs on into the next line): where a page break
  // falls before it in each of five chapters, it repeats at page tops five times, as a running header does.
  const LINE = 'nəticədə rəsmi olaraq müəyyən edilmiş qurbanların əksəriyyəti təyinat ölkələrində müəyyən'
  const lines = seedRaw.split('\n')
  const at = lines.findIndex((line) => line.trim() === LINE)
  // The running header repeats over the edition only; the chapter alone is compared without it.
  const chapter = (title: string, index: number, header = true) => {
    const width = 44 + 9 * index
    const before = rewrapNarrow(lines.slice(0, at).join('\n').replace('AZƏRBAYCAN (Səviyyə 2)', title), width).trimEnd()
    const after = rewrapNarrow(lines.slice(at + 1).join('\n'), width)
    return `${before}\n\n\f${header ? '2022 İNSAN ALVERİ HAQQINDA HESABAT\n' : ''}${index + 1}\n${LINE}\n${after}`
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'hesabat-edition-prose-'))
  const file = path.join(dir, '2022-tip-report.az.txt')
  writeFileSync(file, [...FRONT_MATTER, ...EDITION_TITLES.map((title, index) => chapter(title, index))].join('\n'))

  it('keeps the line in every chapter, each chapter the same as the chapter alone', async () => {
    expect(at).toBeGreaterThan(0)
    const result = await runTask({file, out: path.join(dir, 'out'), formats: ['json'], strict: false, glossary: {folder: 'glossary', sha256: glossary.sha256}, write: false, cache: null})
    const documents = result.outputs.map(([, content]) => readDocument(JSON.parse(content)))
    expect(documents).toHaveLength(5)
    const names = ['2022-georgia.json', '2022-azerbaijan.json', '2022-kyrgyz-republic.json', '2022-iran.json', '2022-united-arab-emirates.json']
    EDITION_TITLES.forEach((title, index) => {
      const inEdition = documents.find((document) => path.basename(document.source.path).length > 0 && document.source.chapter?.index === index + 1)!
      expect(inEdition, names[index]).toBeDefined()
      // No text lost: the sentence the line belongs to is whole, and the line is no removal.
      expect(inEdition.sentences.some((sentence) => sentence.text.includes(LINE)), title).toBe(true)
      expect(inEdition.removed.filter((removal) => removal.text === LINE)).toEqual([])
      expect(shape(inEdition), title).toEqual(shape(processToDocument(chapter(title, index, false), `alone-${index}.az.txt`)))
    })
  })
})
