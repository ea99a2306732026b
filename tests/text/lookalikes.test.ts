import {describe, expect, it} from 'vitest'
import {az} from '../../pipeline/lang/az/index.js'
import {lookalikePattern} from '../../pipeline/text/lookalikes.js'

/** Every character of `text` the pattern matches. */
const matched = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((match) => match[0]).join('')

describe('lookalikePattern', () => {
  it('matches exactly the look-alike letters of the map', () => {
    // Cyrillic А, а, о and Ә among Latin letters; the Latin letters they stand for are not look-alikes.
    const text = '\u0410z\u0259rb\u0430yc\u0430n p\u043elisi \u04d8liyev Azərbaycan polisi Əliyev'
    expect(matched(lookalikePattern(az.lookalikes), text)).toBe('\u0410\u0430\u0430\u043e\u04d8')
  })

  it('takes a map key that is special inside a character class (- ^ ] \\) as that letter only', () => {
    const pattern = lookalikePattern({a: 'x', '-': 'y', z: 'w', '^': 'v', ']': 'u', '\\': 't'})
    // Each key is matched as itself…
    expect(matched(pattern, 'a-z^]\\')).toBe('a-z^]\\')
    // …and none makes a range or a negation: letters between a and z, and other characters, are not matched.
    expect(matched(pattern, 'bmy[!')).toBe('')
  })
})
