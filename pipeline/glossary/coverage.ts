import {NGrams} from 'natural/lib/natural/ngrams/index.js'
import {TfIdf} from 'natural/lib/natural/tfidf/index.js'
import type {Language} from '../lang/index.js'
import {lower} from '../text/casing.js'

/** What coverage reads of a processed document: its file and its sentences with the spans the stages covered. */
export interface CoveredDocument {
  source: {path: string}
  sentences: ReadonlyArray<{id: string; text: string; entities: readonly Span[]; terms: readonly Span[]; numbers: readonly Span[]}>
}

interface Span {
  start: number
  end: number
}

export interface CoverageRow {
  /** The n-gram as most often written. */
  text: string
  /** The n-gram with its last word stemmed: what a glossary row would hold. */
  key: string
  n: number
  count: number
  tfidf: number
  /** A sentence where it occurs, and its document's file. */
  example: string
  file: string
}

/** Word forms sorted by UTF-16 code units, so that the forms sharing a prefix stand together. */
export interface FormIndex {
  withPrefix(prefix: string): Iterable<string>
}

/** The forms, indexed for prefix look-ups (a binary search, not a scan of every form per word). */
export function formIndex(forms: Iterable<string>): FormIndex {
  const sorted = [...new Set(forms)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return {
    *withPrefix(prefix) {
      let low = 0
      let high = sorted.length
      while (low < high) {
        const middle = (low + high) >> 1
        if (sorted[middle]! < prefix) low = middle + 1
        else high = middle
      }
      for (let at = low; at < sorted.length && sorted[at]!.startsWith(prefix); at++) yield sorted[at]!
    }
  }
}

const NO_FORMS = formIndex([])

/**
 * Strips the longest suffix chain that leaves a listed stem (qurbanların → qurban); unknown words stay.
 * A lone final vowel stays (rəsmi, ciddi, milli are base forms, not rəsm + i).
 */
export function stemOf(word: string, lang: Language, attested: FormIndex = NO_FORMS): string {
  const chains = lang.inflection.chains
  const words = lang.words()
  const enclitic = new RegExp(lang.morphology.encliticAfter ?? '(?!)', 'u')
  // A one-letter ending is cut only when the documents also write the stem with another ending (iştirak-ı
  // beside iştirak-ına), since a base form may end in that letter (rəsmi is no rəsm-i).
  const otherForm = (stem: string) => {
    for (const other of attested.withPrefix(stem)) if (other !== word && chains.has(other.slice(stem.length))) return true
    return false
  }
  for (let cut = 3; cut < word.length; cut++) {
    if (cut === word.length - 1 && !otherForm(word.slice(0, cut))) continue
    const stem = word.slice(0, cut)
    const rest = word.slice(cut)
    // An enclitic (-kı, -ki) follows a case ending, not a bare stem: iştirakı is iştirak + ı, not iştira + kı.
    if (lang.morphology.enclitics?.some((item) => rest.startsWith(item)) && !enclitic.test(stem)) continue
    if (chains.has(rest) && words.has(stem)) return stem
  }
  return word
}

/**
 * Frequent content words and n-grams (up to `maxN` words) of the documents that no glossary entity,
 * term or number covers, ranked by tf-idf over the documents (natural's TfIdf) and count.
 */
export function coverage(documents: readonly CoveredDocument[], lang: Language, {maxN = 3, top = 40} = {}): CoverageRow[] {
  const tfidf = new TfIdf()
  const rows = new Map<string, {surfaces: Map<string, number>; n: number; count: number; example: string; file: string}>()
  const stop = new Set(lang.stopwords)
  // Each word is stemmed once: a report repeats its words.
  const stems = new Map<string, string>()
  const attested = formIndex(documents.flatMap((document) => document.sentences.flatMap((sentence) => lower(sentence.text, lang.locale).match(/\p{L}+/gu) ?? [])))
  // Forms of the common verbs (almaq, edin, keçin) are no domain terms.
  const verb = new RegExp(lang.commonVerbs ?? '(?!)', 'u')
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
            if (stop.has(words[0]!) || stop.has(words.at(-1)!) || words.some((word) => word.length < 3 || verb.test(word))) continue
            const last = words.at(-1)!
            let stem = stems.get(last)
            if (stem === undefined) stems.set(last, (stem = stemOf(last, lang, attested)))
            const key = [...words.slice(0, -1), stem].join(' ')
            keys.push(key)
            const row = rows.get(key) ?? {surfaces: new Map(), n, count: 0, example: sentence.id, file: document.source.path}
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
      example: row.example,
      file: row.file
    }))
    .sort((a, b) => b.tfidf - a.tfidf || b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, top)
}
