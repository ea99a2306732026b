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
