import {describe, expect, it} from 'vitest'
import {quote} from '../../pipeline/align/qa/bead-check.js'

describe('a sentence quoted in a finding', () => {
  it('is whole when it fits, else cut at the last word that fits, never inside a word', () => {
    expect(quote('The moratorium remained in effect.')).toBe('The moratorium remained in effect.')
    // Words of seven letters: the 90th character falls inside one.
    const long = 'abcdefg '.repeat(20).trim()
    const cut = quote(long)
    expect(cut.length).toBeLessThanOrEqual(90)
    expect(cut.endsWith('…')).toBe(true)
    // What is kept ends where a word of the sentence ends, and is where the sentence begins.
    const kept = cut.slice(0, -1)
    expect(long.startsWith(kept)).toBe(true)
    expect(long.charAt(kept.length)).toBe(' ')
    expect(quote('x'.repeat(200), 90)).toBe(`${'x'.repeat(89)}…`)
  })
})
