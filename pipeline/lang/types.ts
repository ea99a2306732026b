/** What a language contributes to the pipeline: data only, read by language-neutral stages. */
export interface SectionSpec {
  key: string
  headingEn: string | null
  headings: string[]
  formulas: string[]
}

export interface TierValue {
  az: string
  en: string
}

export interface NumberData {
  cardinals: Record<string, number>
  scales: Record<string, number>
  notNumbers: string[]
  ordinalSuffixes: string[]
  yearWords: string[]
  legalWords: string[]
  percentWords: string[]
  units: Record<string, string>
  durationFrom: string[]
  durationTo: string[]
  currencies: {words: string[]; code: string}[]
  article: {notBefore: string[]; notAfter: string[]; pronouns: string[]; contrast: string[]}
  partitiveFrom: string[]
  countOf: string[]
  reportingYear: string[]
  modifiers: {skip: string[]; skipSuffixes: string[]; prefix: Record<string, string>}
  counted: Record<string, string>
  personCues: Record<string, string>
}

export interface Language {
  code: string
  /** English name of the language, for messages. */
  name: string
  /** ISO 639-3 codes franc gives for text in this language. */
  francCodes: string[]
  /** BCP 47 tag for casing (toLocaleLowerCase). */
  locale: string
  lookalikes: Record<string, string>
  furniture: {pageNumber: string[]; runningHeader: {minRepeats: number; maxLength: number; maxWords: number}}
  title: {tierWords: string[]; tierValues: TierValue[]; specialCase: string[]}
  countries: Record<string, string>
  sections: SectionSpec[]
  abbreviations: string[]
  morphology: {slots: string[][]; alternations: {surface: string; stem: string}[]; minStem: number; suffixStarts: string[]}
  slips: {allowedRepeats: string[]; compoundHeads: string[]; compoundStarts: string[]; minPart: number; vowels: string; onsets: string[]}
  numbers: NumberData
  /** Function words that coverage reports leave out. */
  stopwords: string[]
  /** Lower-case word forms known to the language (lazy: loaded on first use). */
  words(): ReadonlySet<string>
  /** Lower-case compounds the language writes with a hyphen (sosial-iqtisadi, üz-üzə). */
  hyphenated(): ReadonlySet<string>
}
