import {describe, expect, it} from 'vitest'
import {groupValue, tokenize, type Token} from '../../pipeline/text/tokens.js'

/** The one token of `text` (a test fails loudly if there are more). */
const only = (text: string): Token => {
  const tokens = tokenize(text, 'az')
  expect(tokens.map((token) => token.text)).toEqual([text])
  return tokens[0]!
}

describe('tokenize: what a token is', () => {
  it('splits at any white space (tab, line break, no-break space) and makes no token of it', () => {
    const tokens = tokenize('a\tb\nc\u00a0d  e', 'az')
    expect(tokens.map((token) => [token.text, token.start, token.end])).toEqual([
      ['a', 0, 1],
      ['b', 2, 3],
      ['c', 4, 5],
      ['d', 6, 7],
      ['e', 9, 10]
    ])
  })

  it('treats as white space exactly the characters \\s matches, and every other character as part of a token', () => {
    const wrong: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue // lone surrogates
      const char = String.fromCharCode(code)
      const covered = tokenize(`a${char}1`, 'az').reduce((sum, token) => sum + token.end - token.start, 0)
      if (covered !== (/\s/u.test(char) ? 2 : 3)) wrong.push(`U+${code.toString(16).padStart(4, '0')}`)
    }
    expect(wrong).toEqual([])
  })

  it('keeps a character outside the Basic Multilingual Plane whole: one token of two code units', () => {
    const tokens = tokenize('a 😀 b', 'az')
    expect(tokens.map((token) => [token.type, token.text, token.start, token.end])).toEqual([
      ['word', 'a', 0, 1],
      ['punct', '😀', 2, 4],
      ['word', 'b', 5, 6]
    ])
  })

  it('makes a mark of the last BMP code unit (U+FFFF) one token of one unit', () => {
    expect(tokenize('\uffff.', 'az').map((token) => token.text)).toEqual(['\uffff', '.'])
  })

  it('gives words and marks no number fields', () => {
    expect(tokenize('Qurban, 5', 'az')).toStrictEqual([
      {type: 'word', text: 'Qurban', key: 'qurban', start: 0, end: 6},
      {type: 'punct', text: ',', key: ',', start: 6, end: 7},
      {type: 'number', text: '5', key: '5', start: 8, end: 9, parts: [5], separated: false}
    ])
  })

  it('types a word whose last hyphen is followed by digits, with or without a case ending, as an identifier', () => {
    expect(only('COVID-19').type).toBe('identifier')
    expect(only('COVID-19-a').type).toBe('identifier')
    expect(only('COVID-19-un').type).toBe('identifier')
    expect(only('COVID-19-dan').type).toBe('identifier')
    expect(only('COP29').type).toBe('word')
    expect(only('QHT-lər').type).toBe('word')
  })
})

describe('tokenize: numbers', () => {
  it('reads thousands separators (comma, period, space) as one number, any number of groups', () => {
    expect([only('124,700').parts, only('124,700').separated]).toEqual([[124700], true])
    expect([only('1,234,567').parts, only('1,234,567').separated]).toEqual([[1234567], true])
    expect([only('1.000').parts, only('1.000').separated]).toEqual([[1000], true])
    expect([only('12.345').parts, only('12.345').separated]).toEqual([[12345], true])
    expect([only('1.234.567').parts, only('1.234.567').separated]).toEqual([[1234567], true])
    expect([only('1 000').parts, only('1 000').separated]).toEqual([[1000], true])
    expect([only('12 345').parts, only('12 345').separated]).toEqual([[12345], true])
  })

  it('reads a separator not followed by exactly three digits, or after more than three, as a decimal one', () => {
    expect([only('0,94').parts, only('0,94').separated]).toEqual([[0.94], true])
    expect(only('3.5').parts).toEqual([3.5])
    expect(only('1,2345').parts).toEqual([1.2345])
    expect(only('1.2345').parts).toEqual([1.2345])
    // A thousands group has one to three digits before its first separator.
    expect(only('1234,567').parts).toEqual([1234.567])
    expect(only('1234.567').parts).toEqual([1234.567])
  })

  it('marks a hyphen-joined number as separated when any of its groups has a separator', () => {
    expect([only('1,000-2000').parts, only('1,000-2000').separated]).toEqual([[1000, 2000], true])
    expect([only('2020-2024').parts, only('2020-2024').separated]).toEqual([[2020, 2024], false])
  })

  it('splits off a hyphenated case ending, an English ordinal and a per cent sign as the suffix', () => {
    expect(only('2021-Cİ')).toMatchObject({parts: [2021], suffix: 'ci', key: '2021-ci'})
    expect(only('21st')).toMatchObject({parts: [21], suffix: 'st'})
    expect(only('45 %')).toMatchObject({parts: [45], suffix: '%'})
  })
})

describe('groupValue', () => {
  it('gives the value of one digit group and whether it had a separator', () => {
    expect(groupValue('124,700')).toEqual({value: 124700, separated: true})
    expect(groupValue('1.000')).toEqual({value: 1000, separated: true})
    expect(groupValue('1 000')).toEqual({value: 1000, separated: true})
    expect(groupValue('0,94')).toEqual({value: 0.94, separated: true})
    expect(groupValue('2021')).toEqual({value: 2021, separated: false})
  })
})

describe('tokenize: thousands separated by a no-break space', () => {
  it('reads 1 000 with a no-break or narrow no-break space as one number, as with a plain space', () => {
    for (const space of [' ', '\u00A0', '\u202F']) {
      const numbers = tokenize(`1${space}000 qurban`, 'az').filter((token) => token.type === 'number')
      expect(numbers.map((token) => token.parts)).toEqual([[1000]])
      expect(numbers[0]!.separated).toBe(true)
    }
  })
})
