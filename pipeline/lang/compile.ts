import {lower} from '../text/casing.js'
import type {Language, SectionSpec, TierValue} from './types.js'

/** The JSON files every language folder has (lang/<code>/*.json), as they are read. */
export interface LanguageFiles {
  lookalikes: {map: Record<string, string>}
  furniture: Language['furniture']
  title: {tierWords: string[]; tierValues: TierValue[]; specialCase: string[]}
  names: {qualifiers: string[][]}
  countries: Record<string, string>
  sections: {sections: SectionSpec[]}
  abbreviations: {abbreviations: string[]}
  morphology: Language['morphology']
  slips: Language['slips']
}

/**
 * The data part of a language, compiled once: what its JSON files say, with what is derived from them made
 * here (tier words lower-cased in the language's casing, comments left out) so no stage builds it again.
 */
export function compileLanguageData(files: LanguageFiles, locale: string) {
  return {
    lookalikes: files.lookalikes.map,
    furniture: files.furniture,
    title: {...files.title, tierKeys: new Set(files.title.tierWords.map((word) => lower(word, locale)))},
    nameQualifiers: files.names.qualifiers,
    countries: Object.fromEntries(Object.entries(files.countries).filter(([key]) => key !== '$comment')),
    sections: files.sections.sections,
    abbreviations: files.abbreviations.abbreviations,
    morphology: files.morphology,
    slips: files.slips
  } satisfies Partial<Language>
}
