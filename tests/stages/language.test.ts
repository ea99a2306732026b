import {describe, expect, it} from 'vitest'
import {processText} from '../../pipeline/processor.js'
import {seedRaw} from '../support/pipeline.js'

const check = (text: string, strict = false) =>
  processText(text, {path: 'x.az.txt', sha256: '', language: 'az', year: 2022}, undefined, {strict}).file.messages.filter(
    (message) => message.ruleId === 'language-mismatch'
  )

const turkish =
  'Türkiye Hükümeti insan ticaretinin ortadan kaldırılmasına yönelik asgari standartları tam olarak karşılamamaktadır; ancak bu yönde önemli çabalar göstermektedir. ' +
  'Hükümet, önceki raporlama dönemine kıyasla daha fazla çaba göstermiş, daha fazla şüpheliyi soruşturmuş ve kovuşturmuş, daha fazla mağdur tespit etmiştir. '

describe('language', () => {
  it('accepts the Azerbaijani seed', () => {
    expect(check(seedRaw)).toEqual([])
  })

  it('tells Turkish from Azerbaijani, as a warning, or an error with strict', () => {
    const [warning] = check(turkish.repeat(2))
    expect(warning).toMatchObject({fatal: false})
    expect(warning!.reason).toContain('reads as Turkish (tur), not Azerbaijani')
    expect(check(turkish.repeat(2), true)[0]).toMatchObject({fatal: true})
  })

  it('does not judge a text too short to tell', () => {
    expect(check('Hello world. This is short.')).toEqual([])
  })
})
