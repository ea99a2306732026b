/**
 * Reviewer-facing wording, in English and Azerbaijani, through i18next: the labels of the HTML page and the
 * Markdown, the CLI's summary and progress lines, and the diagnostics' messages. Code names a key and its
 * values; the words live in `en.json` and `az.json` (plurals as `_one`/`_other`, which Azerbaijani keeps
 * alike: a noun after a numeral stays singular, "5 cümlə").
 */
import i18next, {type TFunction} from 'i18next'
import {lower, upper} from '../text/casing.js'
import az from './az.json' with {type: 'json'}
import en from './en.json' with {type: 'json'}
import type {UiLang} from './languages.js'

export {isUiLang, UI_LANGUAGES, type UiLang, uiLangFromEnv} from './languages.js'

export const RESOURCES: Record<UiLang, Record<string, unknown>> = {en, az}

/** A message as data: its key and values, rendered in whichever language the reader chose. */
export interface Message {
  key: string
  values?: Record<string, string | number>
}

export type Translate = TFunction

/** "PRIORITIZED RECOMMENDATIONS:" → "Prioritized recommendations", with the language's casing (İ/ı in az). */
export function sentenceCase(text: string, lang: string): string {
  const bare = lower(text.replace(/:$/u, ''), lang)
  return upper(bare.charAt(0), lang) + bare.slice(1)
}

const translators = new Map<UiLang, Translate>()

/** The translator of a UI language (built once per thread; i18next's resources are these two files). */
export function translator(lang: UiLang): Translate {
  let t = translators.get(lang)
  if (t) return t
  const instance = i18next.createInstance()
  void instance.init({
    lng: lang,
    fallbackLng: false,
    resources: {[lang]: {translation: RESOURCES[lang]}},
    // Synchronous: the resources are in memory.
    initAsync: false,
    // Each output format escapes for itself (HTML, Markdown, XML).
    interpolation: {escapeValue: false},
    returnNull: false
  })
  // `{{heading, sentence}}`: a heading in sentence case with Turkic casing where the language has it.
  instance.services.formatter?.add('sentence', (value: unknown, lng: string | undefined) => sentenceCase(String(value), lng ?? lang))
  t = instance.t.bind(instance) as Translate
  translators.set(lang, t)
  return t
}

/**
 * The translator of a language for one page or file: it remembers each label it rendered, because a page
 * says the same words for every diagnostic ("warning", "suggestion: …"), and i18next's lookup costs more
 * than the line it labels. Scoped to its caller (made per page), so nothing outlives the document.
 */
export function pageTranslator(lang: UiLang): Translate {
  const t = translator(lang)
  const said = new Map<string, string>()
  const remembered = (key: string, values?: Record<string, unknown>): string => {
    const id = values === undefined ? key : `${key}\u0000${JSON.stringify(values)}`
    let text = said.get(id)
    if (text === undefined) said.set(id, (text = String(t(key, values as never))))
    return text
  }
  return remembered as unknown as Translate
}

/**
 * A label with one plain `{{name}}` value (no plural, no formatter) as a function of that value: rendered
 * once with a marker in the value's place, then filled for each use, as a page says "suggestion: …" for
 * every one of hundreds of diagnostics.
 */
export function labelWith(t: Translate, key: string, name: string): (value: string) => string {
  const marker = '\u0000'
  const rendered = String(t(key, {[name]: marker} as never))
  const at = rendered.indexOf(marker)
  if (at < 0) return () => rendered
  const before = rendered.slice(0, at)
  const after = rendered.slice(at + marker.length)
  return (value) => before + value + after
}

/** Renders a message in a language. */
export const render = (message: Message, lang: UiLang = 'en'): string => translator(lang)(message.key, message.values ?? {}) as string
