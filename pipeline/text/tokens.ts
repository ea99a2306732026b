import type {Token, TokenType} from '../tree.js'
import {lower, lowerPieces} from './casing.js'

export type {Token, TokenType} from '../tree.js'

/**
 * Digit groups, most specific first: thousands with commas (124,700: a comma and exactly three digits),
 * with periods or spaces, no-break ones included (1.000, 1 000), a decimal comma or point (0,94), plain digits. Then hyphen-joined
 * groups (2020-2024, 144-1) and a hyphenated suffix (2021-ci, 14-ü), an English ordinal (21st) or a per cent sign.
 */
const GROUP = String.raw`\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:\.\d{3})+(?![\d])|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d])|\d+[,.]\d+|\d+`
const NUMBER = new RegExp(String.raw`(?:${GROUP})(?:-\d+)*(?:-\p{L}+|(?:st|nd|rd|th)(?![\p{L}\p{N}])|\s?%)?`, 'uy')
/** A numeric date, day first as in Azerbaijani and the report family: 20/09/2013, 02.11.2021 (a two-digit year is left out: 5.1.12 is a point of a law as often). */
const DATE = /(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\d])/uy
/** A word: letters and digits with inner hyphens or apostrophes (QHT-lər, COP29, government's), an optional trailing + (LGBTQI+). */
const WORD = /\p{L}[\p{L}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*\+?/uy
/** A word whose last hyphen is followed by digits is a name with a number (COVID-19). */
const IDENTIFIER = /-\d+(?:-\p{L}+)?$/u

/** Value of one digit group: separators per the report family (a comma + 3 digits is thousands). */
export function groupValue(group: string): {value: number; separated: boolean} {
  if (/^\d{1,3}(?:,\d{3})+$/.test(group)) return {value: Number(group.replace(/,/g, '')), separated: true}
  if (/^\d{1,3}(?:\.\d{3})+$/.test(group)) return {value: Number(group.replace(/\./g, '')), separated: true}
  if (/^\d{1,3}(?:[ \u00A0\u202F]\d{3})+$/.test(group)) return {value: Number(group.replace(/[ \u00A0\u202F]/g, '')), separated: true}
  if (/^\d+[,.]\d+$/.test(group)) return {value: Number(group.replace(',', '.')), separated: true}
  return {value: Number(group), separated: false}
}

const isDigit = (code: number) => code >= 48 && code <= 57

/** What `\s` matches, by code (testing a regex on a one-letter string per token cost more than the token). */
const isSpace = (code: number) =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  (code > 127 && (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff))

/** The numeric date at `at`, when its day and month are a day and a month. */
function dateAt(text: string, at: number): {text: string; day: number; month: number; year: number} | undefined {
  DATE.lastIndex = at
  const match = DATE.exec(text)
  if (!match) return undefined
  const day = Number(match[1])
  const month = Number(match[3])
  const year = Number(match[4])
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined
  return {text: match[0], day, month, year}
}

/** Words, numbers, identifiers (COVID-19) and punctuation marks of a text, with offsets and lower-case keys. */
export function tokenize(text: string, locale: string): Token[] {
  const tokens: Token[] = []
  const keyOf = lowerPieces(text, locale)
  let at = 0
  while (at < text.length) {
    const code = text.charCodeAt(at)
    if (isSpace(code)) {
      at++
      continue
    }
    const date = isDigit(code) ? dateAt(text, at) : undefined
    if (date) {
      tokens.push({type: 'number', text: date.text, key: date.text, start: at, end: at + date.text.length, parts: [date.day, date.month, date.year], separated: true, date})
      at += date.text.length
      continue
    }
    const pattern = isDigit(code) ? NUMBER : WORD
    pattern.lastIndex = at
    const match = pattern.exec(text)
    const value = match ? match[0] : (text.codePointAt(at)! > 0xffff ? text.slice(at, at + 2) : text[at]!)
    const type: TokenType = !match ? 'punct' : pattern === NUMBER ? 'number' : value.includes('-') && IDENTIFIER.test(value) ? 'identifier' : 'word'
    const token: Token = {type, text: value, key: keyOf(at, at + value.length), start: at, end: at + value.length}
    if (type === 'number') {
      const suffix = /-(\p{L}+)$|\d(st|nd|rd|th)$|\s?(%)$/u.exec(value)
      const digits = suffix ? value.slice(0, suffix[2] ? suffix.index + 1 : suffix.index) : value
      const groups = digits.split('-').map(groupValue)
      token.parts = groups.map((group) => group.value)
      token.separated = groups.some((group) => group.separated)
      if (suffix) token.suffix = lower(suffix[1] ?? suffix[2] ?? suffix[3]!, locale)
    }
    tokens.push(token)
    at += value.length
  }
  return tokens
}
