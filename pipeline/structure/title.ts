import type {Language} from '../lang/index.js'
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

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
const cache = new WeakMap<Language, RegExp>()

/** COUNTRY (Tier N) | COUNTRY: Tier N [Watch List] | COUNTRY (Special Case), per the language's data. */
function titlePattern(lang: Language): RegExp {
  let pattern = cache.get(lang)
  if (!pattern) {
    const byLength = (a: string, b: string) => b.length - a.length
    const words = lang.title.tierWords.map(escape).join('|')
    const values = lang.title.tierValues.map((value) => value.text).sort(byLength).map(escape).join('|')
    const special = lang.title.specialCase.map(escape).join('|')
    const tier = `(?:(?:${words})\\s+(?<tier>${values})|(?<special>${special}))`
    pattern = new RegExp(
      `^(?<country>\\p{Lu}[\\p{Lu}'’ -]*?\\p{Lu})\\s*(?<open>\\(|[:–—-])\\s*${tier}\\s*(?<close>\\)?)(?=\\s|$)`,
      'u'
    )
    cache.set(lang, pattern)
  }
  return pattern
}

/** The chapter title at the start of `text`, or undefined. */
export function matchTitle(text: string, lang: Language): TitleMatch | undefined {
  const match = titlePattern(lang).exec(text)
  if (!match?.groups) return undefined
  if ((match.groups.open === '(') !== (match.groups.close === ')')) return undefined
  const country = match.groups.country!.replace(/\s+/g, ' ')
  const known = countryOf(country, lang)
  const code = known?.code ?? null
  const tierText = match.groups.tier?.replace(/\s+/g, ' ')
  const tier = match.groups.special
    ? 'Special Case'
    : (lang.title.tierValues.find((value) => value.text === tierText)?.en ?? tierText ?? null)
  return {
    length: match[0].length,
    countryName: known?.name ?? nameCase(country, lang.locale),
    code,
    country: code ? englishName(code) : null,
    tier
  }
}
