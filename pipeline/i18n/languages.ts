/** The UI languages and the choice of one, without loading i18next (the CLI needs this before any command runs). */
export const UI_LANGUAGES = ['en', 'az'] as const
export type UiLang = (typeof UI_LANGUAGES)[number]

export function isUiLang(value: string): value is UiLang {
  return (UI_LANGUAGES as readonly string[]).includes(value)
}

/** The CLI's language when --ui-lang is not given: LC_ALL, then LC_MESSAGES, then LANG ("az_AZ.UTF-8" → az), else English. */
export function uiLangFromEnv(env: Record<string, string | undefined> = process.env): UiLang {
  const setting = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  const code = setting.split(/[_.@-]/u)[0]!.toLowerCase()
  return isUiLang(code) ? code : 'en'
}
