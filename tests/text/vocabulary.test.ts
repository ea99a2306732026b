import {describe, expect, it} from 'vitest'
import {az} from '../../pipeline/lang/az/index.js'
import {lower, upper} from '../../pipeline/text/casing.js'
import {Vocabulary} from '../../pipeline/text/vocabulary.js'

describe('casing', () => {
  it('uses Turkic İ/i and I/ı', () => {
    expect(lower('İSTİSMAR IŞIQ')).toBe('istismar ışıq')
    expect(upper('istismar ışıq')).toBe('İSTİSMAR IŞIQ')
    expect(lower('İ')).toHaveLength(1)
  })
})

describe('Vocabulary', () => {
  const vocabulary = new Vocabulary(az, new Set(['sənədli']))

  it('knows listed forms and document words', () => {
    expect(vocabulary.isWord('qurbanlarının')).toBe(true)
    expect(vocabulary.isWord('sənədli')).toBe(true)
  })

  it('analyses a known stem plus suffixes, with q→ğ and k→y', () => {
    // Forms chosen because the word list lacks them but has their stems.
    expect(az.words().has('reviktimizasiyasının')).toBe(false)
    expect(vocabulary.isWord('alverçilərinə')).toBe(true)
    expect(vocabulary.isWord('sığınacağa')).toBe(true)
    expect(vocabulary.isWord('köməyə')).toBe(true)
  })

  it('rejects glued words, stray letters and suffix strings', () => {
    expect(vocabulary.isWord('sığınacağayardımı')).toBe(false)
    expect(vocabulary.isWord('zqurbana')).toBe(false)
    expect(vocabulary.startsLikeWord('ləşdirilməsi')).toBe(false)
    expect(vocabulary.startsLikeWord('ların')).toBe(false)
    expect(vocabulary.startsLikeWord('yardımı')).toBe(true)
  })
})
