import {describe, expect, it} from 'vitest'
import {az} from '../../pipeline/lang/az/index.js'
import {en} from '../../pipeline/lang/en/index.js'
import {countryCode, countryOf, englishName, nameCase, slug} from '../../pipeline/structure/countries.js'
import {matchTitle} from '../../pipeline/structure/title.js'

describe('country names', () => {
  it('name-cases a title’s capitals with the language’s casing, each word and each hyphenated part', () => {
    expect(nameCase('AZƏRBAYCAN', az.locale)).toBe('Azərbaycan')
    expect(nameCase('BOSNİYA VƏ HERSEQOVİNA', az.locale)).toBe('Bosniya Və Herseqovina')
    expect(nameCase('GUINEA-BISSAU', 'en')).toBe('Guinea-Bissau')
    // Turkic casing: dotted İ is i, dotless I is ı.
    expect(nameCase('İRAN', az.locale)).toBe('İran')
    expect(nameCase('IRAQ', az.locale)).toBe('Iraq')
  })

  it('finds the ISO code from the language’s own ISO names', () => {
    expect(countryOf('AZƏRBAYCAN', az)).toEqual({code: 'AZ', name: 'Azərbaycan'})
    expect(countryCode('GÜRCÜSTAN', az)).toBe('GE')
    expect(countryCode('GEORGIA', en)).toBe('GE')
  })

  it('falls back to the English names, cased in English, for an English title under another tag', () => {
    // Turkic casing would make "Azerbaıjan", which no list knows.
    expect(countryOf('AZERBAIJAN', az)).toEqual({code: 'AZ', name: 'Azerbaijan'})
  })

  it('knows no country that neither list names', () => {
    expect(countryOf('ATLANTİDA', az)).toBeUndefined()
    expect(countryCode('ATLANTIS', en)).toBeNull()
  })

  it('gives the report’s English name where it differs from ISO’s, else ISO’s short name', () => {
    expect(englishName('BS')).toBe('The Bahamas')
    expect(englishName('AZ')).toBe('Azerbaijan')
    expect(englishName('GE')).toBe('Georgia')
    expect(englishName('XX')).toBeNull()
  })

  it('makes an output name of plain ASCII letters, digits and single hyphens', () => {
    expect(slug('Kyrgyz Republic')).toBe('kyrgyz-republic')
    expect(slug('Azərbaycan')).toBe('azerbaycan')
    expect(slug('Türkiye')).toBe('turkiye')
    expect(slug('Bakı şəhəri')).toBe('baki-seheri')
    expect(slug("Côte d'Ivoire")).toBe('cote-d-ivoire')
    expect(slug(' -- Guinea--Bissau (2022) -- ')).toBe('guinea-bissau-2022')
  })
})

describe('chapter titles', () => {
  it('reads country and tier, with white space in either folded to one space', () => {
    expect(matchTitle('AZƏRBAYCAN (Səviyyə 2)', az)).toEqual({length: 22, countryName: 'Azərbaycan', code: 'AZ', country: 'Azerbaijan', tier: '2'})
    expect(matchTitle('BOSNİYA  VƏ HERSEQOVİNA (Səviyyə 2\t Müşahidə Siyahısı)', az)).toMatchObject({
      countryName: 'Bosniya Və Herseqovina',
      code: 'BA',
      tier: '2 Watch List'
    })
  })

  it('reads a special case as "Special Case"', () => {
    expect(matchTitle('LİVİYA (Xüsusi hal)', az)).toMatchObject({code: 'LY', tier: 'Special Case'})
  })

  it('wants both brackets or neither', () => {
    expect(matchTitle('AZƏRBAYCAN (Səviyyə 2', az)).toBeUndefined()
  })

  it('reads a title in any casing, as a web page or an HTML export writes it, with a bracket or a colon', () => {
    const azerbaijan = {code: 'AZ', country: 'Azerbaijan', tier: '2'}
    for (const title of ['Azerbaijan (Tier 2)', 'Azerbaijan: Tier 2', 'AZERBAIJAN: Tier 2', 'AZERBAIJAN (Tier 2)', 'AZERBAIJAN: TIER 2', 'Azerbaijan — tier 2']) {
      expect(matchTitle(title, en), title).toMatchObject(azerbaijan)
    }
    expect(matchTitle('Bosnia and Herzegovina: Tier 2 Watch List', en)).toMatchObject({countryName: 'Bosnia and Herzegovina', code: 'BA', tier: '2 Watch List'})
    expect(matchTitle('Kyrgyz Republic (tier 2 watch list)', en)).toMatchObject({country: 'Kyrgyz Republic', tier: '2 Watch List'})
    // Turkic casing: SƏVİYYƏ and səviyyə are one word, and so are SIRA and sıra.
    expect(matchTitle('Azərbaycan: SƏVİYYƏ 2 MÜŞAHİDƏ SİYAHISI', az)).toMatchObject({countryName: 'Azərbaycan', tier: '2 Watch List'})
    expect(matchTitle('Azərbaycan: sıra 3', az)).toMatchObject({code: 'AZ', tier: '3'})
    expect(matchTitle('Livan (xüsusi hal)', az)).toMatchObject({code: 'LB', tier: 'Special Case'})
  })

  it('needs the tier word: a country at the start of a sentence is no title', () => {
    expect(matchTitle('Azerbaijan is a source country for men, women and children', en)).toBeUndefined()
    expect(matchTitle('Azerbaijan: 2 victims', en)).toBeUndefined()
  })
})
