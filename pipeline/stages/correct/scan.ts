import type {Language} from '../../lang/index.js'
import {lowerPieces} from '../../text/casing.js'
import {letterAt, lettersEnd} from '../../text/letters.js'

/** The words of a text: each one's span and lower-case key ('' for one with a speck inside), and how often each key occurs. */
export interface WordScan {
  starts: number[]
  ends: number[]
  keys: string[]
  /** Words only: a speck between two words of a common phrase ("əməyə-cəlb") repeats as often as the phrase. */
  counts: Map<string, number>
}

/** One pass over the clean text: its words, with the language's specks (-, :) between letters where OCR read one. */
export function scanWords(text: string, lang: Language): WordScan {
  const specks = new Set(lang.ocr.specks.filter((speck) => speck === '-' || speck === ':').map((speck) => speck.charCodeAt(0)))
  const keyOf = lowerPieces(text, lang.locale)
  const scan: WordScan = {starts: [], ends: [], keys: [], counts: new Map()}
  const count = (key: string) => scan.counts.set(key, (scan.counts.get(key) ?? 0) + 1)
  for (let at = 0; at < text.length; ) {
    const start = at
    let end = lettersEnd(text, at)
    if (end === start) {
      at++
      continue
    }
    // Letters, then a speck and letters again, as often as they come.
    let pieces = 1
    while (specks.has(text.charCodeAt(end)) && letterAt(text, end + 1) > 0) {
      count(keyOf(at, end))
      at = end + 1
      end = lettersEnd(text, at)
      pieces++
    }
    const key = pieces === 1 ? keyOf(start, end) : ''
    count(pieces === 1 ? key : keyOf(at, end))
    at = end
    scan.starts.push(start)
    scan.ends.push(end)
    scan.keys.push(key)
  }
  return scan
}
