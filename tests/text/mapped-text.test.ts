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

  it('drops the last unit (a word-break hyphen)', () => {
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

describe('MappedTextBuilder: growing, empty pieces and dropping', () => {
  it('keeps the map of every unit when the text outgrows its first capacity many times over', () => {
    const out = new MappedTextBuilder(1)
    const long = 'x'.repeat(100) // far past the first capacity and past twice it in one piece
    out.append(long, 1000, 1100)
    out.append('yz', 1100, 1102)
    const line = new MappedTextBuilder(1)
    line.append('abcdefghij', 0, 10)
    const cleanLine = line.build()
    for (let i = 0; i < 5; i++) out.appendRange(cleanLine, 0, 10) // grows again, through appendRange
    const mapped = out.build()
    expect(mapped.text).toBe(long + 'yz' + 'abcdefghij'.repeat(5))
    expect(mapped.starts).toHaveLength(152)
    expect(mapped.ends).toHaveLength(152)
    expect(rawSpan(mapped, 0, 1)).toEqual([1000, 1001])
    expect(rawSpan(mapped, 99, 100)).toEqual([1099, 1100])
    expect(rawSpan(mapped, 100, 102)).toEqual([1100, 1102])
    expect(rawSpan(mapped, 102, 103)).toEqual([0, 1])
    expect(rawSpan(mapped, 151, 152)).toEqual([9, 10])
  })

  it('grows in one step a piece much longer than twice the capacity, through appendRange', () => {
    const source = new MappedTextBuilder(1)
    source.append('q'.repeat(80), 0, 80)
    const out = new MappedTextBuilder(1)
    out.appendRange(source.build(), 0, 80)
    const mapped = out.build()
    expect(mapped.text).toBe('q'.repeat(80))
    expect(rawSpan(mapped, 79, 80)).toEqual([79, 80])
  })

  it('ignores an empty piece: dropping the last unit afterwards still drops the last character', () => {
    const out = new MappedTextBuilder()
    out.append('ab', 0, 2)
    out.append('', 2, 5)
    out.dropLast()
    const mapped = out.build()
    expect(mapped.text).toBe('a')
    expect(out.size).toBe(1)
    expect(mapped.starts).toHaveLength(1)
  })

  it('appends nothing for an empty or reversed range of a mapped line', () => {
    const line = new MappedTextBuilder()
    line.append('abcd', 10, 14)
    const source = line.build()
    const out = new MappedTextBuilder()
    out.append('xy', 0, 2)
    out.appendRange(source, 2, 2)
    out.appendRange(source, 3, 1)
    expect(out.size).toBe(2)
    out.dropLast()
    const mapped = out.build()
    expect(mapped.text).toBe('x')
    expect([...mapped.starts]).toEqual([0])
    expect([...mapped.ends]).toEqual([1])
  })

  it('drops one character at a time across one-character pieces', () => {
    const out = new MappedTextBuilder()
    out.append('ab', 0, 2)
    out.append('c', 2, 3)
    out.dropLast()
    out.dropLast()
    expect(out.build().text).toBe('a')
    out.dropLast()
    out.dropLast() // nothing left: no error, still empty
    expect(out.build().text).toBe('')
    expect(out.size).toBe(0)
  })
})

describe('rawSpan of an empty clean span', () => {
  // Raw 1..5 was dropped (page furniture): clean "ab" comes from raw 0..1 and 5..6.
  const out = new MappedTextBuilder()
  out.append('a', 0, 1)
  out.append('b', 5, 6)
  const mapped = out.build()

  it('sits where the next clean unit starts, even after a gap in the raw text', () => {
    expect(rawSpan(mapped, 1, 1)).toEqual([5, 5])
    expect(rawSpan(mapped, 0, 0)).toEqual([0, 0])
  })

  it('treats a reversed clean span as empty, at its start', () => {
    expect(rawSpan(mapped, 1, 0)).toEqual([5, 5])
  })

  it('sits at the end of the last unit when it is at the end of the text', () => {
    expect(rawSpan(mapped, 2, 2)).toEqual([6, 6])
  })

  it('is at 0 in an empty text', () => {
    expect(rawSpan(new MappedTextBuilder().build(), 0, 0)).toEqual([0, 0])
  })
})
