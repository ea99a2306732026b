import {readFileSync} from 'node:fs'
import {gunzipSync} from 'node:zlib'
import {LineSet} from '../../text/line-set.js'
import {compileLanguageData} from '../compile.js'
import type {Language} from '../types.js'
import {azNumbers} from './numbers/index.js'
import abbreviations from './abbreviations.json' with {type: 'json'}
import countries from './countries.json' with {type: 'json'}
import furniture from './furniture.json' with {type: 'json'}
import lookalikes from './lookalikes.json' with {type: 'json'}
import names from './names.json' with {type: 'json'}
import morphology from './morphology.json' with {type: 'json'}
import sections from './sections.json' with {type: 'json'}
import slips from './slips.json' with {type: 'json'}
import stopwords from './stopwords.json' with {type: 'json'}
import title from './title.json' with {type: 'json'}
import ocr from './ocr.json' with {type: 'json'}

const lists = new Map<string, LineSet>()

/** A gzipped word list beside this file, one form per line, read once. */
function list(name: string): LineSet {
  let set = lists.get(name)
  if (!set) {
    set = new LineSet(gunzipSync(readFileSync(new URL(name, import.meta.url))).toString('utf8'))
    lists.set(name, set)
  }
  return set
}

/** Azerbaijani. The word lists are derived from tesseract-ocr-aze (see LEXICON.md). */
export const az: Language = {
  code: 'az',
  name: 'Azerbaijani',
  francCodes: ['azj', 'azb'],
  locale: 'az',
  ...compileLanguageData({lookalikes, furniture, title, names, countries, sections, abbreviations, stopwords: stopwords.words, morphology, slips, ocr}, 'az'),
  numbers: azNumbers(() => az),
  stopwords: stopwords.words,
  commonVerbs: stopwords.commonVerbs,
  words: () => list('lexicon.txt.gz'),
  hyphenated: () => list('hyphenated.txt.gz')
}
