/**
 * Turkic casing. Plain toLowerCase() turns "İ" into "i" + U+0307 and "I" into "i"; Azerbaijani needs
 * İ ↔ i and I ↔ ı. Every case-insensitive comparison in hesabat goes through these two functions.
 *
 * toLocaleLowerCase(locale) looks the locale up on every call, which made it the hottest function of the
 * pipeline; for az/tr only the dotted and dotless i differ from the root locale, so those are mapped first.
 */
const TURKIC = new Set(['az', 'tr'])

export function lower(text: string, locale = 'az'): string {
  if (!TURKIC.has(locale)) return text.toLocaleLowerCase(locale)
  if (text.indexOf('I') === -1 && text.indexOf('İ') === -1) return text.toLowerCase()
  return text.replace(/I/gu, 'ı').replace(/İ/gu, 'i').toLowerCase()
}

export function upper(text: string, locale = 'az'): string {
  if (!TURKIC.has(locale)) return text.toLocaleUpperCase(locale)
  if (text.indexOf('i') === -1 && text.indexOf('ı') === -1) return text.toUpperCase()
  return text.replace(/i/gu, 'İ').replace(/ı/gu, 'I').toUpperCase()
}

/** True when the text has letters and none of them is lower case (a heading or an acronym). */
export function isAllUpper(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text)
}

/**
 * Lower case of pieces of one text: the whole text is lowered once and pieces are cut from it, which is
 * much cheaper than lowering every word. Lowering keeps the length for Turkic casing (İ → i); where it
 * would not (another locale's special cases), each piece is lowered on its own.
 */
export function lowerPieces(text: string, locale = 'az'): (start: number, end: number) => string {
  const lowered = lower(text, locale)
  if (lowered.length === text.length) return (start, end) => lowered.slice(start, end)
  return (start, end) => lower(text.slice(start, end), locale)
}
