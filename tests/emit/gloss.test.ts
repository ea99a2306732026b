import {describe, expect, it} from 'vitest'
import {gloss, glossPieces, joinGloss, sentenceGloss} from '../../pipeline/emit/gloss.js'

/** The gloss: a sentence with the English of its marked spans in brackets; expected strings written by hand. */
const span = (text: string, part: string, en: string, from = 0) => {
  const start = text.indexOf(part, from)
  return {start, end: start + part.length, en, text: part}
}

describe('gloss', () => {
  const text = 'Bakıda 20 qurban sığınacağa göndərilib.'

  it('puts the English in brackets after each span, and leaves a sentence without spans as it is', () => {
    expect(gloss(text, [span(text, 'Bakıda', 'Baku')], [], [span(text, 'qurban', 'victim'), span(text, 'sığınacağa', 'shelter')])).toBe(
      'Bakıda [Baku] 20 qurban [victim] sığınacağa [shelter] göndərilib.'
    )
    expect(gloss(text)).toBe(text)
    expect(glossPieces(text)).toEqual([{text}])
  })

  it('lets an earlier layer win where spans overlap, and keeps the later spans that do not', () => {
    const name = 'İnsan Alveri Qurbanlarına Yardım Mərkəzi işləyir, qurban gəlir.'
    const entity = span(name, 'İnsan Alveri Qurbanlarına Yardım Mərkəzi', 'Victim Assistance Center')
    const terms = [span(name, 'İnsan Alveri', 'trafficking'), span(name, 'qurban', 'victim', 45)]
    expect(gloss(name, [entity], terms)).toBe('İnsan Alveri Qurbanlarına Yardım Mərkəzi [Victim Assistance Center] işləyir, qurban [victim] gəlir.')
  })

  it('does not gloss a span whose English is its own text, but still lets it cover what is inside', () => {
    const figure = 'Hökumət 2021-ci ildə 20 işi araşdırıb.'
    const year = span(figure, '2021-ci', '2021')
    const twenty = span(figure, '20', '20', figure.indexOf(' 20 '))
    const inner = {start: year.start, end: year.start + 4, en: 'twenty-twenty-one'}
    expect(gloss(figure, [twenty], [year], [inner])).toBe('Hökumət 2021-ci [2021] ildə 20 işi araşdırıb.')
    expect(gloss(figure, [{...year, en: '2021-ci'}], [inner])).toBe(figure)
  })

  it('joins pieces with the English in brackets', () => {
    expect(joinGloss([{text: 'DİN', en: 'MIA'}, {text: ' və polis', en: 'police'}, {text: '.'}])).toBe('DİN [MIA] və polis [police].')
  })
})

describe('sentenceGloss', () => {
  const text = 'Daxili İşlər Nazirliyi və DİN-in polisləri araşdırma aparıb.'
  const entities = [
    {...span(text, 'Daxili İşlər Nazirliyi', 'Ministry of Internal Affairs'), acronymEn: 'MIA', lemma: 'Daxili İşlər Nazirliyi'},
    {...span(text, 'DİN-in', 'Ministry of Internal Affairs'), acronymEn: 'MIA', lemma: 'DİN'}
  ]

  it('gives an acronym written as one the English acronym, and a full name the full English', () => {
    expect(joinGloss(sentenceGloss({text, entities, numbers: [], terms: []}))).toBe(
      'Daxili İşlər Nazirliyi [Ministry of Internal Affairs] və DİN-in [MIA] polisləri araşdırma aparıb.'
    )
  })

  it('glosses a verb only where no term stands', () => {
    const terms = [span(text, 'polisləri', 'police'), span(text, 'araşdırma', 'investigation')]
    const verbs = [span(text, 'araşdırma aparıb', 'investigated')]
    expect(joinGloss(sentenceGloss({text, entities: [], numbers: [], terms, verbs}))).toBe(
      'Daxili İşlər Nazirliyi və DİN-in polisləri [police] araşdırma [investigation] aparıb.'
    )
    expect(joinGloss(sentenceGloss({text, entities: [], numbers: [], terms: [], verbs}))).toBe(
      'Daxili İşlər Nazirliyi və DİN-in polisləri araşdırma aparıb [investigated].'
    )
  })
})
