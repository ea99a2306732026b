import {NGrams} from 'natural/lib/natural/ngrams/index.js'
import {TfIdf} from 'natural/lib/natural/tfidf/index.js'
import type {OutputDocument} from '../emit/document.js'
import type {Language} from '../lang/index.js'
import {lower} from '../text/casing.js'
import {suffixChains} from '../text/morphology.js'

export interface CoverageRow {
  /** The n-gram as most often written. */
  text: string
  /** The n-gram with its last word stemmed: what a glossary row would hold. */
  key: string
  n: number
  count: number
  tfidf: number
  /** A sentence where it occurs. */
  example: string
}

/**
 * Strips the longest suffix chain that leaves a listed stem (qurbanların → qurban); unknown words stay.
 * A lone final vowel stays (rəsmi, ciddi, milli are base forms, not rəsm + i).
 */
export function stemOf(word: string, lang: Language): string {
  const chains = suffixChains(lang)
  const words = lang.words()
  for (let cut = 3; cut < word.length - 1; cut++) {
    const stem = word.slice(0, cut)
    if (chains.has(word.slice(cut)) && words.has(stem)) return stem
  }
  return word
}

/**
 * Frequent content words and n-grams (up to `maxN` words) of the documents that no glossary entity,
 * term or number covers, ranked by tf-idf over the documents (natural's TfIdf) and count.
 */
export function coverage(documents: readonly OutputDocument[], lang: Language, {maxN = 3, top = 40} = {}): CoverageRow[] {
  const tfidf = new TfIdf()
  const rows = new Map<string, {surfaces: Map<string, number>; n: number; count: number; example: string}>()
  const stop = new Set(lang.stopwords)
  for (const document of documents) {
    const keys: string[] = []
    for (const sentence of document.sentences) {
      const covered = [...sentence.entities, ...sentence.terms, ...sentence.numbers]
      // Runs of uncovered words, split at punctuation and at covered spans.
      const runs: string[][] = [[]]
      for (const match of sentence.text.matchAll(/\p{L}+(?:-\p{L}+)*|[^\s\p{L}]+/gu)) {
        const start = match.index
        const isWord = /^\p{L}/u.test(match[0])
        if (!isWord || covered.some((item) => start < item.end && item.start < start + match[0].length)) runs.push([])
        else runs.at(-1)!.push(match[0])
      }
      for (const run of runs) {
        for (let n = 1; n <= maxN; n++) {
          for (const gram of NGrams.ngrams(run, n)) {
            const words = gram.map((word) => lower(word, lang.locale))
            if (stop.has(words[0]!) || stop.has(words.at(-1)!) || words.some((word) => word.length < 3)) continue
            const key = [...words.slice(0, -1), stemOf(words.at(-1)!, lang)].join(' ')
            keys.push(key)
            const row = rows.get(key) ?? {surfaces: new Map(), n, count: 0, example: sentence.id}
            row.count++
            row.surfaces.set(gram.join(' '), (row.surfaces.get(gram.join(' ')) ?? 0) + 1)
            rows.set(key, row)
          }
        }
      }
    }
    tfidf.addDocument(keys.map((key) => key.replace(/ /g, '_')))
  }
  const score = (key: string) => documents.reduce((sum, _, index) => sum + tfidf.tfidf([key.replace(/ /g, '_')], index), 0)
  return [...rows]
    .filter(([, row]) => row.count >= 2)
    .map(([key, row]) => ({
      text: [...row.surfaces].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0],
      key,
      n: row.n,
      count: row.count,
      tfidf: Math.round(score(key) * 1000) / 1000,
      example: row.example
    }))
    .sort((a, b) => b.tfidf - a.tfidf || b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, top)
}
