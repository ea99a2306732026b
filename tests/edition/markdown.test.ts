import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runTask} from '../../pipeline/batch/process-file.js'
import {readDocument, type OutputDocument} from '../../pipeline/emit/index.js'
import {maskMarkdown} from '../../pipeline/io/markdown-input.js'
import {markdownRendering} from '../support/edition.js'
import {glossary, processToDocument, SEED_PATH, seedRaw, seedSentences} from '../support/pipeline.js'

const dir = mkdtempSync(path.join(tmpdir(), 'hesabat-md-'))
const file = path.join(dir, '2022-azerbaijan.az.md')
const markdown = markdownRendering()
writeFileSync(file, markdown)
const result = await runTask({file, out: path.join(dir, 'out'), formats: ['json'], strict: false, glossary: {folder: 'glossary', sha256: glossary.sha256}, write: false, cache: null})
const [[target, json]] = result.outputs as [[string, string]]
const document = readDocument(JSON.parse(json))
const slips = (doc: OutputDocument) => doc.diagnostics.filter((d) => ['duplicated-words', 'glued-words', 'stray-letter'].includes(d.rule)).map((d) => [d.rule, d.text])

describe('a Markdown export of the seed', () => {
  it('is named like a text export, without .md', () => {
    expect(path.basename(target)).toBe('2022-azerbaijan.json')
  })

  it('gives the seed’s 117 sentences in their sections, with no Markdown syntax in them', () => {
    expect(document.sentences.map((sentence) => [sentence.section, sentence.text])).toEqual(seedSentences.map((sentence) => [sentence.section, sentence.text]))
    expect(document.sections.map((section) => [section.key, section.heading, section.inferred])).toEqual(
      processToDocument(seedRaw, SEED_PATH).sections.map((section) => [section.key, section.heading, section.inferred])
    )
    expect(document.document).toMatchObject({country: 'Azerbaijan', tier: '2'})
  })

  it('flags the same slips of the original as the text export', () => {
    expect(slips(document)).toEqual(slips(processToDocument(seedRaw, SEED_PATH)))
  })

  it('keeps raw places true in the .md file and lists the syntax it took out', () => {
    for (const sentence of document.sentences) {
      const raw = markdown.slice(sentence.raw.start.offset, sentence.raw.end.offset)
      // The raw slice is the sentence with its markup: without the markup, the sentence.
      expect(raw.replace(/\*\*|\[|\]\([^)]*\)|`|\\/gu, ''), sentence.id).toBe(sentence.text)
      expect(markdown.split('\n')[sentence.raw.start.line - 1]!.slice(sentence.raw.start.column - 1)).toMatch(/^[^\n]/u)
    }
    const syntax = document.removed.filter((item) => item.reason === 'markdown-syntax').map((item) => item.text)
    expect(syntax).toEqual(expect.arrayContaining(['#', '##', '**', '](https://www.coe.int/en/web/anti-human-trafficking/greta)', '---', '\\']))
    // The table of contents before the title is front matter.
    expect(result.messages.find((message) => message.rule === 'front-matter')?.reason).toBe('2 lines before the first chapter (front matter) are not processed')
  })

  it('blanks syntax character for character, so offsets, lines and columns do not move', () => {
    const {text} = maskMarkdown(markdown)
    expect(text.length).toBe(markdown.length)
    expect(text.split('\n').map((line) => line.length)).toEqual(markdown.split('\n').map((line) => line.length))
    expect(maskMarkdown('1. *Bir* `iki` \\* üç').text).toBe('•\u200B \u200BBir\u200B \u200Biki\u200B \u200B* üç')
  })
})
