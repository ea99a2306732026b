import {lower, lowerPieces} from '../../text/casing.js'

export type TokenType = 'number' | 'word' | 'identifier' | 'punct'

export interface Token {
  type: TokenType
  text: string
  /** Lower case (Turkic casing). */
  key: string
  start: number
  end: number
  /** For numbers: the value of each hyphen-joined digit group (2020-2024 → [2020, 2024]). */
  parts?: number[]
  /** For numbers: the digits had a thousands or decimal separator. */
  separated?: boolean
  /** For numbers: letters after the last hyphen (2021-ci → ci, 14-ü → ü) or a % sign. */
  suffix?: string
}

/**
 * Digit groups, most specific first: thousands with commas (124,700: a comma and exactly three digits),
 * with periods or spaces (1.000, 1 000), a decimal comma or point (0,94), plain digits. Then hyphen-joined
 * groups (2020-2024, 144-1) and a hyphenated suffix (2021-ci, 14-ü) or a per cent sign.
 */
const GROUP = String.raw`\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:\.\d{3})+(?![\d])|\d{1,3}(?:[  ]\d{3})+(?![\d])|\d+[,.]\d+|\d+`
const NUMBER = new RegExp(String.raw`(?:${GROUP})(?:-\d+)*(?:-\p{L}+|\s?%)?`, 'uy')
const IDENTIFIER = /\p{L}+-\d+(?:-\p{L}+)?/uy
const WORD = /\p{L}+(?:-\p{L}+)*/uy

/** Value of one digit group: separators per the report family (a comma + 3 digits is thousands). */
export function groupValue(group: string): {value: number; separated: boolean} {
  if (/^\d{1,3}(?:,\d{3})+$/.test(group)) return {value: Number(group.replace(/,/g, '')), separated: true}
  if (/^\d{1,3}(?:\.\d{3})+$/.test(group)) return {value: Number(group.replace(/\./g, '')), separated: true}
  if (/^\d{1,3}(?:[  ]\d{3})+$/.test(group)) return {value: Number(group.replace(/[  ]/g, '')), separated: true}
  if (/^\d+[,.]\d+$/.test(group)) return {value: Number(group.replace(',', '.')), separated: true}
  return {value: Number(group), separated: false}
}

const isDigit = (code: number) => code >= 48 && code <= 57

/** The token at `at`: a number starts with a digit; an identifier (COVID-19) is a word run followed by -digits. */
function tokenAt(text: string, at: number): {match: RegExpExecArray | null; type: TokenType} {
  const pattern = isDigit(text.charCodeAt(at)) ? NUMBER : WORD
  pattern.lastIndex = at
  const match = pattern.exec(text)
  if (!match) return {match, type: 'punct'}
  if (pattern === NUMBER) return {match, type: 'number'}
  const after = at + match[0].length
  if (text.charCodeAt(after) === 45 && isDigit(text.charCodeAt(after + 1))) {
    IDENTIFIER.lastIndex = at
    const identifier = IDENTIFIER.exec(text)
    if (identifier) return {match: identifier, type: 'identifier'}
  }
  return {match, type: 'word'}
}

/** Words, numbers, identifiers (COVID-19) and punctuation of a sentence, with offsets. */
export function tokenize(text: string, locale: string): Token[] {
  const tokens: Token[] = []
  const keyOf = lowerPieces(text, locale)
  let at = 0
  while (at < text.length) {
    const char = text[at]!
    if (char === ' ' || /\s/u.test(char)) {
      at++
      continue
    }
    const {match, type} = tokenAt(text, at)
    const value = match ? match[0] : char
    const token: Token = {type, text: value, key: keyOf(at, at + value.length), start: at, end: at + value.length}
    if (type === 'number') {
      const suffix = /-(\p{L}+)$|\s?(%)$/u.exec(value)
      const digits = suffix ? value.slice(0, suffix.index) : value
      const groups = digits.split('-').map(groupValue)
      token.parts = groups.map((group) => group.value)
      token.separated = groups.some((group) => group.separated)
      if (suffix) token.suffix = lower(suffix[1] ?? suffix[2]!, locale)
    }
    tokens.push(token)
    at += value.length
  }
  return tokens
}
