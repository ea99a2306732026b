import {readFileSync} from 'node:fs'
import {gunzipSync} from 'node:zlib'
import type {Language} from '../types.js'
import abbreviations from './abbreviations.json' with {type: 'json'}
import countries from './countries.json' with {type: 'json'}
import furniture from './furniture.json' with {type: 'json'}
import lookalikes from './lookalikes.json' with {type: 'json'}
import morphology from './morphology.json' with {type: 'json'}
import sections from './sections.json' with {type: 'json'}
import slips from './slips.json' with {type: 'json'}
import title from './title.json' with {type: 'json'}

let words: Set<string> | undefined

/** Azerbaijani. The word list is derived from tesseract-ocr-aze (see LEXICON.md). */
export const az: Language = {
  code: 'az',
  locale: 'az',
  lookalikes: lookalikes.map,
  furniture,
  title,
  countries: Object.fromEntries(Object.entries(countries).filter(([key]) => key !== '$comment')),
  sections: sections.sections,
  abbreviations: abbreviations.abbreviations,
  morphology,
  slips,
  words() {
    if (!words) {
      const gz = readFileSync(new URL('lexicon.txt.gz', import.meta.url))
      words = new Set(gunzipSync(gz).toString('utf8').split('\n').filter(Boolean))
    }
    return words
  }
}
