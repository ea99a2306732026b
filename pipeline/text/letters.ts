/**
 * Letter tests by code unit, for scans that look at every character of a text (a regular expression's match
 * objects cost more than the scan). The same letters as \p{L}: each code unit of the Basic Multilingual Plane is
 * asked once and remembered; a letter outside it (a surrogate pair) is asked as the code point it is.
 */
const LETTER = /^\p{L}$/u
const UNKNOWN = 0
const YES = 1
const NO = 2
const known = new Uint8Array(0x10000)

/** The length in code units of the letter at `at` (1, or 2 for a surrogate pair), 0 where none starts. */
export function letterAt(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code !== code) return 0 // past the end (NaN)
  if (code >= 0xd800 && code <= 0xdbff) return LETTER.test(String.fromCodePoint(text.codePointAt(at)!)) ? 2 : 0
  let answer = known[code]!
  if (answer === UNKNOWN) known[code] = answer = LETTER.test(String.fromCharCode(code)) ? YES : NO
  return answer === YES ? 1 : 0
}

/** The end of the run of letters starting at `at` (`at` itself where no letter starts there). */
export function lettersEnd(text: string, at: number): number {
  for (let step = letterAt(text, at); step > 0; step = letterAt(text, at)) at += step
  return at
}
