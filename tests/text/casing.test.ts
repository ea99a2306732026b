import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lower, lowerPieces, upper} from '../../pipeline/text/casing.js'

describe('lowerPieces', () => {
  it('cuts the same lower case as lowering each piece, Turkic İ and I included', () => {
    const text = 'İNSAN ALVERİ, Iğdır və ΟΔΟΣ-lar; QHT-LƏRİN 2021-Cİ'
    const keyOf = lowerPieces(text, 'az')
    for (const [start, end] of [[0, 5], [6, 12], [14, 19], [23, 27], [23, 31], [33, 43], [44, 51]] as const) {
      expect(keyOf(start, end)).toBe(lower(text.slice(start, end), 'az'))
    }
    expect(keyOf(0, 12)).toBe('insan alveri')
  })

  it('falls back to lowering each piece where lowering changes the length (İ outside Turkic casing)', () => {
    const text = 'İSTANBUL və İZMİR'
    expect(lower(text, 'en').length).not.toBe(text.length)
    const keyOf = lowerPieces(text, 'en')
    expect(keyOf(12, 17)).toBe(lower('İZMİR', 'en'))
  })

  it('agrees with lower() on every word of any text', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 40}), fc.constantFrom('az', 'tr', 'en'), (text, locale) => {
        const keyOf = lowerPieces(text, locale)
        for (const match of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
          expect(keyOf(match.index, match.index + match[0].length)).toBe(lower(match[0], locale))
        }
      }),
      {numRuns: 500, seed: 20221126}
    )
  })
})

describe('upper', () => {
  it('uses the root casing outside Turkic locales: i becomes I, not İ', () => {
    expect(upper('istanbul', 'en')).toBe('ISTANBUL')
    expect(upper('mission', 'en')).toBe('MISSION')
  })

  it('gives dotted İ for every i in Turkic casing, wherever it stands in the word', () => {
    expect(upper('bir', 'az')).toBe('BİR')
    expect(upper('bir')).toBe('BİR')
    expect(upper('ədalət və bilik', 'tr')).toBe('ƏDALƏT VƏ BİLİK')
    expect(upper('bakı')).toBe('BAKI')
  })
})

describe('lowerPieces with the default locale', () => {
  it('lowers in Azerbaijani casing when no locale is given', () => {
    const keyOf = lowerPieces('İNSAN ALVERİ IŞIQ')
    expect(keyOf(0, 5)).toBe('insan')
    expect(keyOf(6, 12)).toBe('alveri')
    expect(keyOf(13, 17)).toBe('ışıq')
  })
})
