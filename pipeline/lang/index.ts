import type {Language} from './types.js'
import {az} from './az/index.js'
import {en} from './en/index.js'

export type {Language, NumberContext, NumberGrammar, RecognizedNumber, SectionSpec} from './types.js'

/** Languages hesabat has data for, by ISO 639-1 code (the tag in `<year>-<country>.<lang>.txt`). */
const languages: Record<string, Language> = {az, en}

export function languageFor(code: string): Language | undefined {
  return languages[code]
}

export function knownLanguages(): string[] {
  return Object.keys(languages)
}
