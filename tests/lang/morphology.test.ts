import {describe, expect, it} from 'vitest'
import {az} from '../../pipeline/lang/az/index.js'
import {inflects, isSuffixChain} from '../../pipeline/lang/morphology.js'

describe('inflects: is the key the stem plus a suffix chain?', () => {
  it('accepts the stem alone and the stem with a chain of suffixes', () => {
    expect(inflects('qurban', 'qurban', az)).toBe(true)
    expect(inflects('qurbanların', 'qurban', az)).toBe(true)
    expect(inflects('qurbanlarındakı', 'qurban', az)).toBe(true)
  })

  it('accepts one hyphen before the suffixes, and an upper-case stem (QHT-lər, DİN-in)', () => {
    expect(inflects('qht-lər', 'QHT', az)).toBe(true)
    expect(inflects('din-in', 'DİN', az)).toBe(true)
  })

  it('rejects a hyphen inside the suffix chain', () => {
    expect(inflects('qurbanla-rın', 'qurban', az)).toBe(false)
  })

  it('rejects a key that goes on with something other than a suffix chain', () => {
    expect(inflects('qurbanxyz', 'qurban', az)).toBe(false)
    expect(inflects('sığınacaqxyz', 'sığınacaq', az)).toBe(false)
    expect(inflects('köməkxyz', 'kömək', az)).toBe(false)
  })

  it('rejects a key that does not start with the stem', () => {
    expect(inflects('qurbanlar', 'insan', az)).toBe(false)
    expect(inflects('qur', 'qurban', az)).toBe(false)
  })

  it('accepts the stem-final alternations q → ğ and k → y before a suffix', () => {
    expect(inflects('sığınacağa', 'sığınacaq', az)).toBe(true)
    expect(inflects('sığınacağın', 'sığınacaq', az)).toBe(true)
    expect(inflects('köməyə', 'kömək', az)).toBe(true)
    expect(inflects('köməyin', 'kömək', az)).toBe(true)
  })

  it('does not alternate a letter the stem does not end in', () => {
    // qurban ends in n: qurbağa is not one of its forms.
    expect(inflects('qurbağa', 'qurban', az)).toBe(false)
  })

  it('alternates only before the suffixes the rule names: a vowel after ğ and y (sığınacağa, never sığınacağlar)', () => {
    expect(inflects('sığınacağlar', 'sığınacaq', az)).toBe(false)
    expect(inflects('sığınacağ', 'sığınacaq', az)).toBe(false)
    expect(inflects('köməylər', 'kömək', az)).toBe(false)
    expect(inflects('sığınacaqlar', 'sığınacaq', az)).toBe(true)
  })
})

describe('isSuffixChain: a chain glued or after one hyphen', () => {
  it('takes a chain, the empty one, and a chain after one hyphen, but not two hyphens or a hyphen alone in the middle', () => {
    const chains = az.inflection.chains
    expect(isSuffixChain(chains, 'ların')).toBe(true)
    expect(isSuffixChain(chains, '')).toBe(true)
    expect(isSuffixChain(chains, '-lər')).toBe(true)
    expect(isSuffixChain(chains, '--lər')).toBe(false)
    expect(isSuffixChain(chains, 'lər-')).toBe(false)
    expect(isSuffixChain(chains, 'xyz')).toBe(false)
  })
})
