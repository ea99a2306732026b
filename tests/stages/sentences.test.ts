import {describe, expect, it} from 'vitest'
import {az} from '../../pipeline/lang/az/index.js'
import {splitSentences} from '../../pipeline/stages/sentences/split.js'

const split = (text: string) => {
  const {sentences, markers} = splitSentences(text, az, {markers: '*•'})
  return {sentences: sentences.map((s) => text.slice(s.start, s.end)), markers: markers.map((m) => text.slice(m.start, m.end))}
}

describe('sentences', () => {
  it('splits at full stops before a capital, with one or two spaces', () => {
    expect(split('Bu birdir. Bu ikidir.  Bu üçdür.').sentences).toEqual(['Bu birdir.', 'Bu ikidir.', 'Bu üçdür.'])
  })

  it('does not split inside numbers, ordinals, at semicolons or before lower case', () => {
    const text = 'Hökumət 124,700 manat (73,350 ABŞ dolları) ayırdı; 2021-ci ildə 0,94 faiz, 144-1-ci maddə və 94-ü qadın idi. və s. davam.'
    expect(split(text).sentences).toEqual([text])
  })

  it('starts a sentence with a digit or after a closing bracket or quote', () => {
    expect(split('Cəza aldı. 14 nəfər həbs edilib (2020-ci ildə 8 idi). “Qanun” qəbul edilib.').sentences).toEqual([
      'Cəza aldı.',
      '14 nəfər həbs edilib (2020-ci ildə 8 idi).',
      '“Qanun” qəbul edilib.'
    ])
  })

  it('does not split after an initial or a known abbreviation', () => {
    expect(split('Hesabatı A. Məmmədov və s. Əliyev hazırlayıb. Sonra bitdi.').sentences).toEqual([
      'Hesabatı A. Məmmədov və s. Əliyev hazırlayıb.',
      'Sonra bitdi.'
    ])
  })

  it('splits recommendation items at * markers, also glued to the stop, leaving the markers out', () => {
    const {sentences, markers} = split('*Birinci edin.*İkinci edin.  *  Üçüncü edin. * Dördüncü edin.')
    expect(sentences).toEqual(['Birinci edin.', 'İkinci edin.', 'Üçüncü edin.', 'Dördüncü edin.'])
    expect(markers).toEqual(['*', '*', '*', '*'])
  })

  it('keeps a * that is not a list marker', () => {
    expect(split('Qeyd* burada qalır.').sentences).toEqual(['Qeyd* burada qalır.'])
  })

  it('splits at ! and ? and ellipses before a capital', () => {
    expect(split('Nə edək? Edin! Bəli… Sonra.').sentences).toEqual(['Nə edək?', 'Edin!', 'Bəli…', 'Sonra.'])
  })
})

describe('sentences: lettered items of a law', () => {
  it('takes a letter in brackets at a paragraph’s start as the item’s marker, in the language’s alphabet (ç after c), before a lower-case word', () => {
    expect(split('ç) xarici vətəndaş olan qurbanların qayıtmasına şərait yaradır.')).toEqual({sentences: ['xarici vətəndaş olan qurbanların qayıtmasına şərait yaradır.'], markers: ['ç)']})
    expect(split('a) qurbanları təmin edir,')).toEqual({sentences: ['qurbanları təmin edir,'], markers: ['a)']})
  })

  it('leaves a letter inside a sentence, or one with a stop before a lower-case word, as text', () => {
    expect(split('Bu maddənin a) bəndi tətbiq edilir.').markers).toEqual([])
    expect(split('a. qurbanları təmin edir.').markers).toEqual([])
  })

  it('reads a sequence of lettered items in the language’s order: c) then ç)', () => {
    expect(split('Mərkəz: a) Təmin edir. b) Göstərir. c) Kömək edir. ç) Şərait yaradır.').markers).toEqual(['a)', 'b)', 'c)', 'ç)'])
  })
})
