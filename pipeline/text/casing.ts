/**
 * Turkic casing. Plain toLowerCase() turns "İ" into "i" + U+0307 and "I" into "i"; Azerbaijani needs
 * İ ↔ i and I ↔ ı. Every case-insensitive comparison in hesabat goes through these two functions.
 */
export function lower(text: string, locale = 'az'): string {
  return text.toLocaleLowerCase(locale)
}

export function upper(text: string, locale = 'az'): string {
  return text.toLocaleUpperCase(locale)
}

/** True when the text has letters and none of them is lower case (a heading or an acronym). */
export function isAllUpper(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text)
}
