import json from './data.json' with {type: 'json'}

/** Azerbaijani number data (data.json): number words, the nouns that type a figure, the rules for "bir". */
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

/** JSON data minus its `$comment` keys (they document the file, they are not data). */
export const numberData: NumberData = JSON.parse(JSON.stringify(json), (key, item) => (key === '$comment' ? undefined : item))
