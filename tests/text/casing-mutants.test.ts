import {describe, expect, it} from 'vitest'
import {lowerPieces, upper} from '../../pipeline/text/casing.js'

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
