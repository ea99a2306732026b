import {describe, expect, it} from 'vitest'
import {processToDocument} from '../support/pipeline.js'

const slips = (raw: string) =>
  processToDocument(raw).diagnostics.filter((d) => ['duplicated-words', 'glued-words', 'stray-letter'].includes(d.rule))

describe('slips', () => {
  it('flags a duplicated phrase and a duplicated word, with text and suggestion, without changing the text', () => {
    const doc = processToDocument('QHT tərəfindən idarə olunan  idarə olunan sığınacaq var. Uşaqlar məcburi məcburi əməyə cəlb olunur.')
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'QHT tərəfindən idarə olunan idarə olunan sığınacaq var.',
      'Uşaqlar məcburi məcburi əməyə cəlb olunur.'
    ])
    expect(slips('QHT tərəfindən idarə olunan  idarə olunan sığınacaq var. Uşaqlar məcburi məcburi əməyə cəlb olunur.')).toMatchObject([
      {rule: 'duplicated-words', text: 'idarə olunan idarə olunan', suggestion: 'idarə olunan', line: 1, column: 16},
      {rule: 'duplicated-words', text: 'məcburi məcburi', suggestion: 'məcburi', line: 1, column: 66}
    ])
  })

  it('does not flag a repetition across punctuation or an allowed reduplication', () => {
    expect(slips('Onlar getdi, getdi və qayıtdı. Yavaş yavaş öyrəndilər.')).toEqual([])
  })

  it('flags two words glued together when both stand in the document', () => {
    const raw = 'Hökumət sığınacağayardımı artırıb. Digər sığınacağa torpaq verilib. Maliyyə yardımı artıb.'
    expect(slips(raw)).toMatchObject([{rule: 'glued-words', text: 'sığınacağayardımı', suggestion: 'sığınacağa yardımı'}])
  })

  it('flags a stray letter that cannot open a word', () => {
    expect(slips('Rəsmi təsdiqlənmiş 32 zqurbana yardım göstərilib.')).toMatchObject([
      {rule: 'stray-letter', text: 'zqurbana', suggestion: 'qurbana'}
    ])
  })

  it('leaves closed compounds and unknown derivations alone', () => {
    const raw =
      'Hakimlər azadlıqdan məhrumetmə cəzası verib və ilk cavabverənlər məlumatlandırılıb. ' +
      'Siyasətin humanistləşdirilməsi, reviktimizasiyasının qarşısı, psixososial dəstək və növbədənkənar yoxlamalar müzakirə edilib.'
    expect(slips(raw)).toEqual([])
  })

  it('never calls a word of the language glued: a listed verb in one of its forms (məhdudlaşdırmaq → məhdudlaşdırılması)', () => {
    expect(slips('Qanun hüquqların məhdudlaşdırılması və azadlıqların məhdudlaşdırılmaması barədə müddəaları dəyişib.')).toEqual([])
  })

  it('flags a figure glued to a word, either side, and an ordinal run into the next word', () => {
    expect(slips('Hökumət və11 QHT-yə, 7nəfər qurbana yardım edib. Komissiya 2021-ciildə yaradılıb.').map((d) => [d.text, d.suggestion])).toEqual([
      ['və11', 'və 11'],
      ['7nəfər', '7 nəfər'],
      ['2021-ciildə', '2021-ci ildə']
    ])
    // An ordinal without its hyphen, a name with a number, a number with its suffix: not glued.
    expect(slips('COP29 konfransı 2021ci ildə, G20 sammiti isə 14-ü ilə keçirilib.')).toEqual([])
  })

  it('flags a function word run into the next word, but not a word that merely starts like one', () => {
    expect(slips('Müvafiq vəhökumət qurumları iştirak edib.').map((d) => [d.text, d.suggestion])).toEqual([['vəhökumət', 'və hökumət']])
    expect(slips('Vəsait və vəzifə bölgüsü bunu göstərir.')).toEqual([])
  })
})
