import {readFileSync} from 'node:fs'
import {LineSet, type WordLookup} from '../../text/line-set.js'
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js'
import stopwords from 'natural/lib/natural/util/stopwords.js'
import wordListPath from 'word-list'
import {compileLanguageData} from '../compile.js'
import type {Language} from '../types.js'
import abbreviations from './abbreviations.json' with {type: 'json'}
import countries from './countries.json' with {type: 'json'}
import furniture from './furniture.json' with {type: 'json'}
import lookalikes from './lookalikes.json' with {type: 'json'}
import names from './names.json' with {type: 'json'}
import morphology from './morphology.json' with {type: 'json'}
import {enNumbers} from './numbers.js'
import sections from './sections.json' with {type: 'json'}
import slips from './slips.json' with {type: 'json'}
import title from './title.json' with {type: 'json'}
import ocr from './ocr.json' with {type: 'json'}

let words: LineSet | undefined
const none: WordLookup = new Set<string>()

/**
 * English, for the English edition of the report. The word list is the `word-list` package (about 274,000
 * lower-case English words, inflected forms included); it decides line-end hyphens as the Azerbaijani
 * lexicon does.
 */
export const en: Language = {
  code: 'en',
  name: 'English',
  francCodes: ['eng'],
  locale: 'en',
  ...compileLanguageData({lookalikes, furniture, title, names, countries, sections, abbreviations, stopwords: stopwords.words, morphology, slips, ocr}, 'en'),
  numbers: enNumbers,
  stem: (word) => PorterStemmer.stem(word),
  // Porter's stems of one word as two parts of speech differ in a final i or a doubled consonant.
  stemRoot: (stem) => stem.replace(/i$/u, '').replace(/([^aeiou])\1$/u, '$1'),
  stopwords: stopwords.words,
  words: () => (words ??= new LineSet(readFileSync(wordListPath, 'utf8'))),
  // English writes its hyphenated compounds as the document shows them; no separate list.
  hyphenated: () => none
}
