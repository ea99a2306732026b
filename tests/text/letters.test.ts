import {describe, expect, it} from 'vitest'
import {letterAt, lettersEnd} from '../../pipeline/text/letters.js'

/** The letter scan must agree with \p{L} wherever it is asked, astral letters and the text's end included. */
describe('letters', () => {
  it('finds letters of any script and nothing else', () => {
    const text = 'Ə1 ı-x ğ ٣ ж'
    const expected = [...text].map((char) => (/\p{L}/u.test(char) ? 1 : 0))
    expect([...text].map((_, at) => letterAt(text, at))).toEqual(expected)
  })

  it('counts a letter outside the Basic Multilingual Plane as its two code units, and nothing past the end', () => {
    const text = 'a𝒜b' // U+1D49C MATHEMATICAL SCRIPT CAPITAL A is a letter
    expect(letterAt(text, 1)).toBe(2)
    expect(lettersEnd(text, 0)).toBe(text.length)
    expect(letterAt(text, text.length)).toBe(0)
    expect(letterAt('a😀', 1)).toBe(0)
  })

  it('ends a run of letters at the first other character', () => {
    expect(lettersEnd('qurbanlar, 2021', 0)).toBe(9)
    expect(lettersEnd('qurbanlar, 2021', 9)).toBe(9)
  })
})
