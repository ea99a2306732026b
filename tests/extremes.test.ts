import {describe, expect, it} from 'vitest'
import {formats} from '../pipeline/emit/index.js'
import {processToDocument, seedRaw} from './support/pipeline.js'

/**
 * Inputs a quadratic step or a backtracking regex would never finish. `npm test` runs them at a size that
 * takes seconds; `npm run fuzz` (EXTREME=1) at the sizes of the robustness issue (5 MB line, 100,000
 * sentences, 1 MB of punctuation).
 */
const scale = process.env.EXTREME ? 5 : 1
const flat = seedRaw.replace(/\s+/gu, ' ')

describe('extreme inputs finish and keep their text', {timeout: 300_000}, () => {
  it(`a single line of ${scale} MB`, () => {
    const raw = flat.repeat(Math.ceil((scale * 1e6) / flat.length))
    const document = processToDocument(raw)
    expect(document.sentences.length).toBeGreaterThan(5000 * scale)
    expect(formats.json!.emit(document).length).toBeGreaterThan(raw.length)
  })

  it(`${20_000 * scale} sentences`, () => {
    const document = processToDocument('Bu cümlədir. '.repeat(20_000 * scale))
    expect(document.sentences).toHaveLength(20_000 * scale)
    expect(document.sentences.at(-1)!.id).toBe(`unknown-${20_000 * scale}`)
  })

  it(`a line of ${(0.2 * scale).toFixed(1)} MB of punctuation`, () => {
    const raw = '.,;:!?-()*'.repeat(20_000 * scale)
    const document = processToDocument(raw)
    expect(document.sentences.map((s) => s.text).join('').length).toBeGreaterThan(raw.length / 2)
  })

  it('deeply nested brackets', () => {
    const depth = 20_000 * scale
    const document = processToDocument(`${'('.repeat(depth)}Hökumət 2021-ci ildə 15 qurbana kömək edib.${')'.repeat(depth)}`)
    expect(document.sentences[0]!.numbers.map((n) => n.text)).toEqual(['2021-ci', '15'])
  })
})

/**
 * A long run of one character class — a dotted leader line, a rule of hyphens, a wall of spaces, brackets,
 * quotes, digits, capitals — must cost time in proportion to its length: a regular expression that retries a
 * run from each of its characters is quadratic (30,000 stops took 5 seconds; 300,000 never finished). Each
 * run stands inside a sentence and at a sentence's end; the timeout is what fails a quadratic step.
 */
const RUN = (process.env.EXTREME ? 300_000 : 100_000)
const RUN_CHARACTERS = ['.', '!', '?', '…', '-', ' ', '\t', '\n', '(', ')', '[', '"', '“', '’', '*', '•', ',', ':', ';', '/', '%', '$', '1', '0', 'A', 'İ', 'a', 'ə']

describe(`runs of ${RUN.toLocaleString('en')} of one character`, {timeout: 20_000}, () => {
  it.each(RUN_CHARACTERS.map((char) => [JSON.stringify(char), char]))('%s', (_, char) => {
    const document = processToDocument(`AZƏRBAYCAN (Səviyyə 2)\n\nHökumət ${char!.repeat(RUN)} səy göstərib. Bu ${char!.repeat(RUN)}.\n`)
    expect(document.sentences.map((sentence) => sentence.text).join(' ')).toContain('səy göstərib')
  })
})
