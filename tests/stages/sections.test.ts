import {describe, expect, it} from 'vitest'
import {az} from '../../pipeline/lang/az/index.js'
import {matchTitle} from '../../pipeline/structure/title.js'
import {processToDocument} from '../support/pipeline.js'

describe('title', () => {
  it.each([
    ['AZƏRBAYCAN (Səviyyə 2)', 'Azərbaycan', 'AZ', 'Azerbaijan', '2'],
    ['AZƏRBAYCAN: Sıra 2', 'Azərbaycan', 'AZ', 'Azerbaijan', '2'],
    ['AZƏRBAYCAN: Səviyyə 2 Müşahidə Siyahısı', 'Azərbaycan', 'AZ', 'Azerbaijan', '2 Watch List'],
    ['GÜRCÜSTAN (Səviyyə 1)', 'Gürcüstan', 'GE', 'Georgia', '1'],
    ['İRAN (Səviyyə 3)', 'İran', 'IR', 'Iran', '3'],
    ['BİRLƏŞMİŞ ƏRƏB ƏMİRLİKLƏRİ (Səviyyə 2)', 'Birləşmiş Ərəb Əmirlikləri', 'AE', 'United Arab Emirates', '2'],
    // ISO names the country; the report's own English name wins (i18n-iso-countries says Kyrgyzstan, Myanmar).
    ['QIRĞIZISTAN (Səviyyə 2)', 'Qırğızıstan', 'KG', 'Kyrgyz Republic', '2'],
    ['MYANMA (Səviyyə 3)', 'Myanma', 'MM', 'Burma', '3'],
    ['YUNANISTAN (Səviyyə 1)', 'Yunanıstan', 'GR', 'Greece', '1'],
    ['NARNİYA (Səviyyə 1)', 'Narniya', null, null, '1']
  ])('%s', (title, countryName, code, country, tier) => {
    expect(matchTitle(`${title} Azərbaycan hökuməti …`, az)).toEqual({length: title.length, countryName, code, country, tier})
  })

  it('refuses an unbalanced bracket or a line that is no title', () => {
    expect(matchTitle('AZƏRBAYCAN (Səviyyə 2 hökumət', az)).toBeUndefined()
    expect(matchTitle('Azərbaycan hökuməti səylər göstərir.', az)).toBeUndefined()
  })
})

const chapter = [
  'AZƏRBAYCAN: Səviyyə 2 Müşahidə Siyahısı',
  '',
  'Azərbaycan hökuməti insan alverinin aradan qaldırılmasına dair minimum standartlara tam cavab vermir. Səylər var.',
  '',
  'PRİORİTET TÖVSİYƏLƏR: Araşdırma aparın. *Hakimlərə təlim keçin.',
  '',
  'CİNAYƏT TƏQİBİ',
  '',
  'Hökumət hüquq mühafizə səylərini azaldıb. Bir iş araşdırılıb.',
  '',
  // PROTECTION heading lost: found by its opening sentence
  'Hökumət qurbanların müdafiəsi üzrə səyləri artırıb. Qurbanlar yardım alıb.',
  '',
  'QARŞISININ ALINMASI',
  'Hökumət profilaktik tədbirləri davam etdirib. Kampaniya keçirilib.',
  '',
  'İNSAN ALVERİ PROFİLİ: Ötən beş il ərzində bildirildiyi kimi, insan alverçiləri qurbanları istismar edir.'
].join('\n')

describe('sections', () => {
  it('keeps a heading with no text under it as an empty section with an info, never as words of the next section', () => {
    const excerpt = ['AZƏRBAYCAN (Səviyyə 2)', '', 'CİNAYƏT TƏQİBİ', '', 'MÜDAFİƏ', '', 'Hökumət qurbanların müdafiəsi üzrə səyləri artırıb. Qurbanlar yardım alıb.'].join('\n')
    const doc = processToDocument(excerpt)
    expect(doc.sections.map((s) => [s.key, s.heading, s.sentences])).toEqual([
      ['prosecution', 'CİNAYƏT TƏQİBİ', 0],
      ['protection', 'MÜDAFİƏ', 2]
    ])
    expect(doc.sentences.map((sentence) => sentence.text)).toEqual(['Hökumət qurbanların müdafiəsi üzrə səyləri artırıb.', 'Qurbanlar yardım alıb.'])
    expect(doc.diagnostics.filter((d) => d.rule === 'empty-section')).toMatchObject([{severity: 'info', text: 'CİNAYƏT TƏQİBİ', line: 3, column: 1}])
    // Two headings run together on one line are two sections as well.
    const inline = processToDocument(['AZƏRBAYCAN (Səviyyə 2)', '', 'CİNAYƏT TƏQİBİ MÜDAFİƏ Hökumət səyləri artırıb.'].join('\n'))
    expect(inline.sections.map((s) => [s.key, s.sentences])).toEqual([['prosecution', 0], ['protection', 1]])
  })

  it('finds title, inline and stand-alone headings and infers a lost heading, in another edition than the seed', () => {
    const doc = processToDocument(chapter)
    expect(doc.document).toMatchObject({country: 'Azerbaijan', countryName: 'Azərbaycan', tier: '2 Watch List'})
    expect(doc.sections.map((s) => [s.key, s.heading, s.inferred])).toEqual([
      ['summary', null, false],
      ['recommendations', 'PRİORİTET TÖVSİYƏLƏR:', false],
      ['prosecution', 'CİNAYƏT TƏQİBİ', false],
      ['protection', null, true],
      ['prevention', 'QARŞISININ ALINMASI', false],
      ['profile', 'İNSAN ALVERİ PROFİLİ:', false]
    ])
    expect(doc.sentences.map((s) => s.id)).toEqual([
      'summary-1', 'summary-2', 'recommendations-1', 'recommendations-2', 'prosecution-1', 'prosecution-2',
      'protection-1', 'protection-2', 'prevention-1', 'prevention-2', 'profile-1'
    ])
    expect(doc.sentences[6]!.text).toBe('Hökumət qurbanların müdafiəsi üzrə səyləri artırıb.')
    expect(doc.diagnostics.filter((d) => d.rule === 'inferred-heading')).toMatchObject([{line: 11, column: 1}])
  })

  it('reads the older order: profile first, recommendations for the country', () => {
    const older = [
      'AZƏRBAYCAN (Səviyyə 2)',
      'Azərbaycan insan alveri qurbanları üçün mənbə, tranzit və təyinat ölkəsidir. Kişilər istismar olunur.',
      'AZƏRBAYCAN ÜÇÜN TÖVSİYƏLƏR: Araşdırın.',
      'MƏHKƏMƏ TƏQİBİ',
      'Hökumət məhkəmə təqibi səylərini artırıb.'
    ].join('\n')
    const doc = processToDocument(older)
    expect(doc.sections.map((s) => [s.key, s.heading, s.inferred])).toEqual([
      ['profile', null, true],
      ['recommendations', 'AZƏRBAYCAN ÜÇÜN TÖVSİYƏLƏR:', false],
      ['prosecution', 'MƏHKƏMƏ TƏQİBİ', false]
    ])
  })

  it('processes a text without any structure as one unknown section, with a warning', () => {
    const doc = processToDocument('Bu sadəcə mətndir. Başlığı yoxdur.')
    expect(doc.sections.map((s) => s.key)).toEqual(['unknown'])
    expect(doc.sentences.map((s) => s.id)).toEqual(['unknown-1', 'unknown-2'])
    expect(doc.diagnostics.map((d) => d.rule)).toEqual(['missing-title', 'no-structure'])
    expect(doc.document).toMatchObject({country: null, tier: null, title: null})
  })

  it('keeps a document’s own heading, a line standing alone, as a part of the section it stands in (same key)', () => {
    const text = ['AZƏRBAYCAN (Səviyyə 2)', '', 'MÜDAFİƏ', '', 'Hökumət səyləri artırıb.', '', 'Qurbanlara yardım', '', 'Qurbanlar yardım alıb.', '', 'Fəsil 3.', '', 'Son söz deyilib.'].join('\n')
    const doc = processToDocument(text)
    expect(doc.sections.map((s) => [s.key, s.heading, s.en, s.sentences])).toEqual([
      ['protection', 'MÜDAFİƏ', 'PROTECTION', 1],
      ['protection', 'Qurbanlara yardım', null, 1],
      ['protection', 'Fəsil 3.', null, 1]
    ])
    // Sentences keep counting within the key, and the label's number is no figure of any sentence.
    expect(doc.sentences.map((s) => s.id)).toEqual(['protection-1', 'protection-2', 'protection-3'])
    expect(doc.sentences.flatMap((s) => s.numbers)).toEqual([])
    // A short sentence standing alone, a stop after its figure, is a sentence still.
    expect(processToDocument('MÜDAFİƏ\n\nHökumət 73,350 manat ayırıb.').sentences.map((s) => s.text)).toEqual(['Hökumət 73,350 manat ayırıb.'])
  })

  it('does not take a capitalised sentence start for a heading', () => {
    const doc = processToDocument('AZƏRBAYCAN (Səviyyə 2)\nMüdafiə nazirliyi danışdı. Son.')
    expect(doc.sections.map((s) => s.key)).toEqual(['summary'])
  })
})

describe('a title in English in a file tagged Azerbaijani', () => {
  it('is cased as English: Azerbaijan, not Azerbaıjan', () => {
    expect(matchTitle('AZERBAIJAN (Tier 2) The Government …', az)).toMatchObject({countryName: 'Azerbaijan', code: 'AZ', country: 'Azerbaijan', tier: '2'})
  })
})
