import {describe, expect, it} from 'vitest'
import {MappedTextBuilder, rawSpan} from '../../pipeline/text/mapped-text.js'

describe('MappedTextBuilder', () => {
  it('maps same-length pieces unit by unit and replacements to their whole raw span', () => {
    const out = new MappedTextBuilder(2)
    out.append('ab', 10, 12) // identity
    out.append(' ', 12, 20) // a line break and blank lines became one space
    out.append('ö', 20, 22) // o + combining diaeresis became one letter
    const mapped = out.build()
    expect(mapped.text).toBe('ab ö')
    expect(rawSpan(mapped, 0, 1)).toEqual([10, 11])
    expect(rawSpan(mapped, 1, 2)).toEqual([11, 12])
    expect(rawSpan(mapped, 2, 3)).toEqual([12, 20])
    expect(rawSpan(mapped, 0, 4)).toEqual([10, 22])
    expect(rawSpan(mapped, 3, 4)).toEqual([20, 22])
  })

  it('drops the last unit (a word-break hyphen) and grows past its first capacity', () => {
    const out = new MappedTextBuilder(1)
    out.append('qurban-', 0, 7)
    out.dropLast()
    out.append('ların', 9, 14)
    const mapped = out.build()
    expect(mapped.text).toBe('qurbanların')
    expect(rawSpan(mapped, 5, 7)).toEqual([5, 10])
  })

  it('gives an empty span at the place of an empty clean span', () => {
    const out = new MappedTextBuilder()
    out.append('abc', 5, 8)
    expect(rawSpan(out.build(), 1, 1)).toEqual([6, 6])
  })
})
