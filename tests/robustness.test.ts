import {describe, expect, it} from 'vitest'
import {decode} from '../pipeline/io/read-input.js'
import {processToDocument, seedRaw, seedSentences} from './support/pipeline.js'
import {RENDERINGS} from './support/noisy.js'

/** Reads a rendering the way the CLI does: bytes → text (a BOM is consumed by the decoder). */
const asInput = (text: string) => decode(new TextEncoder().encode(text), 'rendering')

describe('noisy renderings of the seed yield the seed’s sentences', () => {
  for (const [name, render] of Object.entries(RENDERINGS)) {
    it(name, () => {
      const raw = asInput(render(seedRaw))
      expect(raw).not.toBe(seedRaw)
      const doc = processToDocument(raw)
      expect(doc.sentences.map(({section, text}) => ({section, text}))).toEqual(seedSentences)
      expect(doc.sections.map((s) => [s.key, s.inferred])).toEqual([
        ['summary', false], ['recommendations', false], ['prosecution', false],
        ['protection', false], ['prevention', true], ['profile', false]
      ])
      // The same slips are found whatever the layout.
      expect(doc.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.rule)).toEqual([
        'glued-words', 'duplicated-words', 'entity-variants', 'fuzzy-term', 'stray-letter', 'inferred-heading', 'duplicated-words'
      ])
      // And the same figures, entities and terms.
      const seed = processToDocument(seedRaw)
      const items = (d: typeof doc) => d.sentences.map((s) => [s.numbers.map((n) => n.text), s.entities.map((e) => e.text), s.terms.map((t) => t.text)])
      expect(items(doc)).toEqual(items(seed))
    })
  }

  it('lists the page furniture it removed', () => {
    const doc = processToDocument(asInput(RENDERINGS.pageFurniture!(seedRaw)))
    const reasons = new Set(doc.removed.map((r) => r.reason))
    expect(reasons).toEqual(new Set(['page-number', 'running-header', 'list-marker']))
    expect(doc.removed.filter((r) => r.reason === 'page-number')).toHaveLength(25)
    expect(doc.removed.filter((r) => r.reason === 'running-header')).toHaveLength(25)
  })

  it('lists the word-break hyphens it dropped', () => {
    const doc = processToDocument(asInput(RENDERINGS.rewrapNarrow!(seedRaw)))
    const hyphens = doc.removed.filter((r) => r.reason === 'word-break-hyphen')
    expect(hyphens.length).toBeGreaterThan(50)
    expect(hyphens.every((r) => r.text === '-')).toBe(true)
  })
})

describe('an edition pasted into one file three times', () => {
  it('keeps every sentence: a line repeated with the same text around it is content, not a running header', () => {
    const once = processToDocument(seedRaw)
    const thrice = processToDocument([seedRaw, seedRaw, seedRaw].join('\n\n'))
    const expected = [...once.sentences, ...once.sentences, ...once.sentences].map((s) => s.text)
    expect(thrice.sentences).toHaveLength(expected.length)
    // A file holds one chapter's title: a later copy's title line, a block of its own, is a heading there, no sentence's words.
    thrice.sentences.forEach((sentence, index) => expect(sentence.text).toBe(expected[index]))
    expect(thrice.sections.filter((section) => section.heading === 'AZƏRBAYCAN (Səviyyə 2)')).toHaveLength(2)
    expect(thrice.removed.filter((r) => r.reason === 'running-header')).toEqual([])
  })

  it('still removes a running header that stands between different pages’ text', () => {
    const paged = RENDERINGS.pageFurniture!(seedRaw)
    const thrice = processToDocument([paged, paged, paged].join('\n\n'))
    const once = processToDocument(paged)
    expect(once.removed.some((r) => r.reason === 'running-header')).toBe(true)
    expect(thrice.removed.filter((r) => r.reason === 'running-header')).toHaveLength(3 * once.removed.filter((r) => r.reason === 'running-header').length)
    expect(thrice.sentences).toHaveLength(3 * once.sentences.length)
  })
})
