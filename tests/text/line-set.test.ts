import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {LineSet} from '../../pipeline/text/line-set.js'

describe('LineSet: the lines of a text as a set of words', () => {
  it('has exactly the non-empty lines, whole: no prefix, extension, or piece across a line break', () => {
    const set = new LineSet('qurban\nqurbanlar\n\nhökumət\nİnsan\nhökumət')
    for (const word of ['qurban', 'qurbanlar', 'hökumət', 'İnsan']) expect(set.has(word), word).toBe(true)
    for (const word of ['', 'qurba', 'qurbanla', 'qurbanları', 'insan', 'n\nq', 'qurban\nqurbanlar', 'hökumət\n', 'x']) expect(set.has(word), JSON.stringify(word)).toBe(false)
  })

  it('answers like a Set of the lines, for any lines and any words (more lines than the table’s first size)', () => {
    const word = fc.string({unit: fc.constantFrom('a', 'b', 'ə', 'ı', 'İ', '-', 'q'), minLength: 1, maxLength: 6})
    fc.assert(
      fc.property(fc.array(word, {maxLength: 1500}), fc.array(word, {maxLength: 50}), (lines, queries) => {
        const set = new LineSet(lines.join('\n'))
        const expected = new Set(lines)
        for (const query of [...queries, ...lines.slice(0, 50)]) expect(set.has(query)).toBe(expected.has(query))
      }),
      {numRuns: 60}
    )
  })
})
