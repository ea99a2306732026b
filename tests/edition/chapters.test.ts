import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runTask} from '../../pipeline/batch/process-file.js'
import type {OutputDocument} from '../../pipeline/emit/index.js'
import {findChapters} from '../../pipeline/edition/chapters.js'
import {displayPath} from '../../pipeline/io/read-input.js'
import {az} from '../../pipeline/lang/az/index.js'
import {chapterOf, EDITION_TITLES, editionText} from '../support/edition.js'
import {processToDocument} from '../support/pipeline.js'

const dir = mkdtempSync(path.join(tmpdir(), 'hesabat-edition-'))
const file = path.join(dir, '2022-tip-report.az.txt')
writeFileSync(file, editionText())
const task = {file, out: path.join(dir, 'out'), formats: ['json'], strict: false, glossary: 'glossary', write: false, cache: null}
const result = await runTask(task)
const documents = new Map(result.outputs.map(([target, content]) => [path.basename(target), JSON.parse(content) as OutputDocument]))

/** What a reader compares: the sections and the sentences, by text. */
const shape = (document: OutputDocument) => ({
  title: document.document.title?.text,
  sections: document.sections.map((section) => [section.key, section.headingAz, section.sentences]),
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
    const byName = new Map(paired.outputs.map(([target, content]) => [path.basename(target), JSON.parse(content) as OutputDocument]))
    expect([...byName.keys()].sort()).toEqual(['2022-azerbaijan.json', '2022-georgia.json', '2022-iran.json'])
    for (const name of ['2022-azerbaijan.json', '2022-georgia.json']) {
      const document = byName.get(name)!
      expect(document.english.source, name).toBe('edition')
      expect(document.beads!.length).toBeGreaterThan(100)
    }
    // Iran has no English chapter: processed alone, with its gloss.
    expect(byName.get('2022-iran.json')!.english).toEqual({source: 'gloss'})
  })
})
