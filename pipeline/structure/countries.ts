import {createRequire} from 'node:module'
import countries from 'i18n-iso-countries'
import type {Language} from '../lang/index.js'
import {isAllUpper, lower, upper} from '../text/casing.js'
// The country's English name (the pivot of every output) as the report writes it: English language data.
import report from '../lang/en/report-countries.json' with {type: 'json'}

const require = createRequire(import.meta.url)
const registered = new Set<string>()

/** The ISO names of a language, registered once (i18n-iso-countries ships one file per language). */
function register(code: string): boolean {
  if (registered.has(code)) return true
  try {
    countries.registerLocale(require(`i18n-iso-countries/langs/${code}.json`))
    registered.add(code)
    return true
  } catch {
    return false
  }
}

/** "AZƏRBAYCAN" → "Azərbaycan", with the language's casing. */
export function nameCase(text: string, locale: string): string {
  return lower(text, locale).replace(/(^|[\s-])(\p{Ll})/gu, (_, space: string, letter: string) => space + upper(letter, locale))
}

/**
 * The ISO 3166 alpha-2 code of a country as a title writes it (in capitals), or null: first the language's own
 * list of names the report uses and ISO does not know (lang/<code>/countries.json: The Bahamas, Burma), then the
 * ISO names of the language (i18n-iso-countries).
 */
export function countryCode(written: string, lang: Language): string | null {
  return countryOf(written, lang)?.code ?? null
}

/**
 * The country's code and its name in the casing of the language that knows it: the file's language first,
 * then English (an English text saved under another language's tag: "AZERBAIJAN" is Azerbaijan, never the
 * Turkic-cased "Azerbaıjan").
 */
export function countryOf(written: string, lang: Language): {code: string; name: string} | undefined {
  // A name in capitals is given in name case; one written in mixed case ("Bosnia and Herzegovina") as written.
  const shown = (locale: string) => (isAllUpper(written) ? nameCase(written, locale) : written)
  const own = lang.countries[upper(written, lang.locale)]
  if (own) return {code: own, name: shown(lang.locale)}
  for (const [code, locale] of [[lang.code, lang.locale], ['en', 'en']] as const) {
    if (!register(code)) continue
    const found = countries.getAlpha2Code(nameCase(written, locale), code) ?? countries.getAlpha2Code(written, code)
    if (found) return {code: found, name: shown(locale)}
  }
  return undefined
}

/** The English name the report uses for a country code: its own name where it differs from ISO, else ISO's short name. */
export function englishName(code: string): string | null {
  const own = (report as Record<string, string>)[code]
  if (own) return own
  register('en')
  const name = countries.getName(code, 'en', {select: 'alias'})
  return name ?? null
}

/** "Kyrgyz Republic" → "kyrgyz-republic": the country part of a chapter's output name. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ə/gu, 'e')
    .replace(/ı/gu, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')
}
