import {describe, expect, it} from 'vitest'
import {olderLayout} from '../support/edition.js'
import {processToDocument, seedSentences} from '../support/pipeline.js'

describe('an older layout of the seed: profile first, summary after it, reworded headings, one lost', () => {
  const document = processToDocument(olderLayout(), '2015-azerbaijan.az.txt', 2015)

  it('gives the 117 sentences of the segmentation, each in its section', () => {
    const expected = new Map(seedSentences.map((sentence) => [sentence.text, sentence.section]))
    expect(document.sentences.map((sentence) => [sentence.section, sentence.text])).toEqual(
      expect.arrayContaining(seedSentences.map((sentence) => [sentence.section, sentence.text]))
    )
    expect(document.sentences).toHaveLength(117)
    expect(document.sentences.filter((sentence) => expected.get(sentence.text) !== sentence.section)).toEqual([])
  })

  it('keeps the order the sections come in, and marks those found by their formula', () => {
    expect(document.sections.map((section) => [section.key, section.heading, section.inferred])).toEqual([
      ['profile', null, true],
      ['summary', null, false],
      ['recommendations', 'AZƏRBAYCAN ÜÇÜN TÖVSİYƏLƏR:', false],
      ['prosecution', null, true],
      ['protection', 'MÜDAFİƏ', false],
      ['prevention', 'QARŞISININ ALINMASI', false]
    ])
    expect(document.diagnostics.filter((d) => d.rule === 'inferred-heading').map((d) => d.message.slice(0, 30))).toEqual([
      'Heading of section “profile” (',
      'Heading of section “prosecutio'
    ])
  })
})
