import type {Language} from '../lang/index.js'
import {lower} from '../text/casing.js'
import {countryOf, englishName, nameCase} from './countries.js'

export interface TitleMatch {
  /** Length of the title text at the start of the paragraph. */
  length: number
  countryName: string
  /** ISO 3166 alpha-2 code, or null for a name neither the language data nor ISO knows. */
  code: string | null
  /** The English name the report uses. */
  country: string | null
  tier: string | null
}

/** The chapter title at the start of `text`, or undefined. */
export function matchTitle(text: string, lang: Language): TitleMatch | undefined {
  const match = lang.patterns.title.exec(text)
  if (!match?.groups) return undefined
  if ((match.groups.open === '(') !== (match.groups.close === ')')) return undefined
  const country = match.groups.country!.replace(/\s+/g, ' ')
  const known = countryOf(country, lang)
  const code = known?.code ?? null
  const tierText = match.groups.tier?.replace(/\s+/g, ' ')
  const tier = match.groups.special
    ? 'Special Case'
    : tierText === undefined
      ? null
      : (lang.title.tierValues.find((value) => lower(value.text, lang.locale) === lower(tierText, lang.locale))?.en ?? tierText)
  return {
    length: match[0].length,
    countryName: known?.name ?? nameCase(country, lang.locale),
    code,
    country: code ? englishName(code) : null,
    tier
  }
}
