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
})
