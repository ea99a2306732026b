import {describe, expect, it} from 'vitest'
import {labelWith, pageTranslator, render, sentenceCase, translator} from '../../pipeline/i18n/index.js'

describe('sentenceCase', () => {
  it('turns a heading in capitals into sentence case, without its final colon', () => {
    expect(sentenceCase('PRIORITIZED RECOMMENDATIONS:', 'en')).toBe('Prioritized recommendations')
    expect(sentenceCase('PROSECUTION', 'en')).toBe('Prosecution')
  })

  it('uses the language’s casing: İ and I are two letters in Azerbaijani', () => {
    expect(sentenceCase('PRİORİTET TÖVSİYƏLƏR:', 'az')).toBe('Prioritet tövsiyələr')
    expect(sentenceCase('İNSAN ALVERİ', 'az')).toBe('İnsan alveri')
    expect(sentenceCase('IRAQ VƏ İRAN', 'az')).toBe('Iraq və iran')
    // English casing of the same capitals: I is i.
    expect(sentenceCase('IRAQ', 'en')).toBe('Iraq')
  })

  it('takes off one final colon only, and none inside', () => {
    expect(sentenceCase('A: B::', 'en')).toBe('A: b:')
    expect(sentenceCase('', 'en')).toBe('')
  })
})

describe('translator', () => {
  it('is made once per language, and each renders its own language', () => {
    expect(translator('en')).toBe(translator('en'))
    expect(translator('az')).not.toBe(translator('en'))
    expect(translator('en')('severity.warning')).toBe('warning')
    expect(translator('az')('severity.warning')).toBe('xəbərdarlıq')
  })

  it('chooses the plural form by count (Azerbaijani keeps the noun singular after a numeral)', () => {
    expect(render({key: 'count.sentence', values: {count: 1}})).toBe('1 sentence')
    expect(render({key: 'count.sentence', values: {count: 5}})).toBe('5 sentences')
    expect(render({key: 'count.sentence', values: {count: 5}}, 'az')).toBe('5 cümlə')
  })

  it('leaves values unescaped: each output format escapes for itself', () => {
    expect(render({key: 'labels.suggestion', values: {suggestion: '<b>&“x”'}})).toBe('suggestion: “<b>&“x””')
  })

  it('has the sentence formatter for headings, with the language’s casing', () => {
    expect(render({key: 'labels.sectionHeading', values: {az: 'PRİORİTET TÖVSİYƏLƏR:', en: 'Prioritized recommendations'}}, 'az')).toBe(
      'Prioritet tövsiyələr · Prioritized recommendations'
    )
  })

  it('gives the key back for a key it does not know, in English as in Azerbaijani (no fallback language)', () => {
    expect(render({key: 'labels.noSuchLabel'})).toBe('labels.noSuchLabel')
    expect(render({key: 'labels.noSuchLabel'}, 'az')).toBe('labels.noSuchLabel')
  })

  it('renders in English when no language is named, and with no values', () => {
    expect(render({key: 'labels.gloss'})).toBe(translator('en')('labels.gloss'))
    expect(render({key: 'labels.gloss'}, 'az')).toBe('Sətiraltı tərcümə')
  })
})

describe('pageTranslator', () => {
  it('says what the translator says, for each key and each set of values', () => {
    const t = pageTranslator('az')
    expect(t('severity.warning')).toBe('xəbərdarlıq')
    expect(t('severity.warning')).toBe('xəbərdarlıq')
    expect(t('severity.error')).toBe('xəta')
    expect(t('count.warning', {count: 1})).toBe(translator('az')('count.warning', {count: 1}))
    // Remembered by key and values: other values, another text.
    expect(t('labels.suggestion', {suggestion: 'a'})).toBe('təklif: “a”')
    expect(t('labels.suggestion', {suggestion: 'b'})).toBe('təklif: “b”')
  })

  it('is one per page: two pages do not share what they remembered', () => {
    expect(pageTranslator('en')).not.toBe(pageTranslator('en'))
  })
})

describe('labelWith', () => {
  it('fills a label’s one value for each use, as the translator would render it', () => {
    const suggestion = labelWith(translator('en'), 'labels.suggestion', 'suggestion')
    expect(suggestion('qurban')).toBe('suggestion: “qurban”')
    expect(suggestion('x')).toBe(render({key: 'labels.suggestion', values: {suggestion: 'x'}}))
    // A value is put in as it is: no replacement patterns ($&), no escaping.
    expect(suggestion('$& <i>')).toBe('suggestion: “$& <i>”')
    expect(labelWith(translator('az'), 'labels.suggestion', 'suggestion')('qurban')).toBe('təklif: “qurban”')
  })

  it('gives the label as it is when it has no such value', () => {
    const gloss = labelWith(translator('en'), 'labels.gloss', 'suggestion')
    expect(gloss('anything')).toBe(translator('en')('labels.gloss'))
    expect(gloss('')).toBe(gloss('other'))
  })
})
