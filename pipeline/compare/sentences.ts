import {diffWords} from 'diff'
import type {OutputEdition, OutputNumber, OutputSentence} from '../emit/document.js'

/** What became of a sentence between two editions. */
export type ChangeKind = 'unchanged' | 'figures' | 'reworded' | 'new' | 'dropped' | 'moved'

/** A figure of the older edition and the one of the newer that stands in its place in the same statement. */
export interface FigurePair {
  older: OutputNumber
  newer: OutputNumber
}

export interface SentenceChange {
  kind: ChangeKind
  /** Section key: the newer sentence's, or the older one's when it was dropped. */
  section: string
  older: OutputSentence | null
  newer: OutputSentence | null
  /** Dice similarity of the two sentences' words and concepts (1 for the same text). */
  similarity: number
  /** For `figures`: the figures whose text changed, in order. */
  figures?: FigurePair[]
  /** For `reworded` and `moved`: the word-level difference, older to newer. */
  diff?: Array<{op: 'same' | 'removed' | 'added'; text: string}>
}

/**
 * How alike two sentences must be to be one statement in two editions: half their words and concepts shared in
 * the same section, more for a sentence found in another section (a move), where any sentence may stand.
 * Set before the test editions were written; not tuned on them.
 */
export const SAME_STATEMENT = 0.5
export const MOVED_STATEMENT = 0.7

/** A figure as it stands in the text, with the suffix that agrees with it (94-ü, 2021-ci): masked, a statement's figures compare equal. */
const FIGURE = /\d+(?:[.,]\d+)*(?:-\p{L}+)?/gu
const masked = (text: string) => text.replace(FIGURE, '#')

/** A sentence's words as a multiset (lower case, cut to a stem's length: Azerbaijani suffixes change with the figure and the clause) and its concepts. */
function bagOf(sentence: OutputSentence, locale: string): Map<string, number> {
  const bag = new Map<string, number>()
  const add = (key: string) => bag.set(key, (bag.get(key) ?? 0) + 1)
  for (const word of sentence.text.toLocaleLowerCase(locale).match(/\p{L}+/gu) ?? []) add(word.slice(0, 6))
  for (const item of [...sentence.entities, ...sentence.terms, ...sentence.verbs]) add(`=${item.id}`)
  return bag
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0
  let size = 0
  for (const [key, count] of a) {
    shared += Math.min(count, b.get(key) ?? 0)
    size += count
  }
  for (const count of b.values()) size += count
  return size === 0 ? 1 : (2 * shared) / size
}

interface Listed {
  sentence: OutputSentence
  bag: Map<string, number>
}

/**
 * The pairs (older index, newer index) of one section's sentences that say the same thing, in order: sentences
 * with the same text anchor it (a text as often on each side, its k-th occurrences paired; the longest run of such
 * pairs in order on both sides), and between two anchors a dynamic programme picks the pairs of highest similarity
 * above SAME_STATEMENT. Between anchors the pieces are short, so the work grows with the section, not its square.
 */
function alignSection(older: readonly Listed[], newer: readonly Listed[]): Array<[number, number]> {
  const occurrences = (list: readonly Listed[]) => {
    const at = new Map<string, number[]>()
    list.forEach((item, index) => at.set(item.sentence.text, [...(at.get(item.sentence.text) ?? []), index]))
    return at
  }
  const [olderAt, newerAt] = [occurrences(older), occurrences(newer)]
  const candidates: Array<[number, number]> = []
  for (const [text, indices] of olderAt) {
    const other = newerAt.get(text)
    if (other?.length === indices.length) indices.forEach((index, k) => candidates.push([index, other[k]!]))
  }
  candidates.sort((a, b) => a[0] - b[0])
  const anchors = increasingRun(candidates)
  const pairs: Array<[number, number]> = []
  let [fromOlder, fromNewer] = [0, 0]
  for (const anchor of [...anchors, [older.length, newer.length] as [number, number]]) {
    pairs.push(...alignGap(older, newer, fromOlder, anchor[0], fromNewer, anchor[1]))
    if (anchor[0] < older.length) pairs.push(anchor)
    ;[fromOlder, fromNewer] = [anchor[0] + 1, anchor[1] + 1]
  }
  return pairs
}

/** The longest run of pairs (sorted by their first index) whose second index increases too: patience sorting, n log n. */
function increasingRun(pairs: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const tails: number[] = []
  const previous = new Array<number>(pairs.length).fill(-1)
  for (const [index, [, value]] of pairs.entries()) {
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (pairs[tails[middle]!]![1] < value) low = middle + 1
      else high = middle
    }
    if (low > 0) previous[index] = tails[low - 1]!
    tails[low] = index
  }
  const run: Array<[number, number]> = []
  for (let at = tails.at(-1) ?? -1; at >= 0; at = previous[at]!) run.push(pairs[at]!)
  return run.reverse()
}

/** The best pairs between older [o0, o1) and newer [n0, n1): most similarity above the threshold, in order. */
function alignGap(older: readonly Listed[], newer: readonly Listed[], o0: number, o1: number, n0: number, n1: number): Array<[number, number]> {
  const rows = o1 - o0
  const columns = n1 - n0
  if (rows === 0 || columns === 0) return []
  const score = Array.from({length: rows + 1}, () => new Float64Array(columns + 1))
  const gain = (i: number, j: number) => {
    const similarity = dice(older[o0 + i]!.bag, newer[n0 + j]!.bag)
    return similarity >= SAME_STATEMENT ? similarity - SAME_STATEMENT + 1e-9 : -Infinity
  }
  const gains = Array.from({length: rows}, (_, i) => Array.from({length: columns}, (_, j) => gain(i, j)))
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) score[i]![j] = Math.max(score[i + 1]![j]!, score[i]![j + 1]!, gains[i]![j]! + score[i + 1]![j + 1]!)
  }
  const pairs: Array<[number, number]> = []
  for (let i = 0, j = 0; i < rows && j < columns; ) {
    if (score[i]![j] === gains[i]![j]! + score[i + 1]![j + 1]!) pairs.push([o0 + i++, n0 + j++])
    else if (score[i]![j] === score[i + 1]![j]) i++
    else j++
  }
  return pairs
}

/** The figures of two sentences that say the same thing, paired in order, where their text differs. */
function changedFigures(older: OutputSentence, newer: OutputSentence): FigurePair[] {
  const pairs: FigurePair[] = []
  for (let k = 0; k < Math.min(older.numbers.length, newer.numbers.length); k++) {
    const [a, b] = [older.numbers[k]!, newer.numbers[k]!]
    if (a.text !== b.text) pairs.push({older: a, newer: b})
  }
  return pairs
}

const wordDiff = (older: string, newer: string): SentenceChange['diff'] =>
  diffWords(older, newer).map((part) => ({op: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value}))

/** A pair of sentences that say the same thing, as a change of the kind their texts show. */
function pairChange(older: Listed, newer: Listed, section: string, moved = false): SentenceChange {
  const [a, b] = [older.sentence, newer.sentence]
  const similarity = Math.round(dice(older.bag, newer.bag) * 1000) / 1000
  const base = {section, older: a, newer: b, similarity}
  if (moved) return {kind: 'moved', ...base, ...(a.text === b.text ? {} : {diff: wordDiff(a.text, b.text)})}
  if (a.text === b.text) return {kind: 'unchanged', ...base}
  if (masked(a.text) === masked(b.text)) return {kind: 'figures', ...base, figures: changedFigures(a, b)}
  return {kind: 'reworded', ...base, diff: wordDiff(a.text, b.text)}
}

/** Sections by key, in order, with their sentences. */
function bySection(edition: OutputEdition, locale: string): Map<string, Listed[]> {
  const sections = new Map<string, Listed[]>()
  for (const section of edition.sections) sections.set(section.key, sections.get(section.key) ?? [])
  for (const sentence of edition.sentences) {
    const list = sections.get(sentence.section) ?? []
    list.push({sentence, bag: bagOf(sentence, locale)})
    sections.set(sentence.section, list)
  }
  return sections
}

export interface SectionChange {
  key: string
  status: 'kept' | 'new' | 'dropped'
}

/**
 * The sentences of two editions of a chapter in one language, section by section: each unchanged, with new
 * figures, reworded, new or dropped; a sentence that left its section for another is `moved`, not a drop and an
 * addition. A section only one edition has is reported as a section (its sentences, unless moved, are not listed).
 */
export function compareSentences(older: OutputEdition, newer: OutputEdition, locale: string): {changes: SentenceChange[]; sections: SectionChange[]} {
  const [olderSections, newerSections] = [bySection(older, locale), bySection(newer, locale)]
  const changes: SentenceChange[] = []
  const dropped: Array<{item: Listed; section: string}> = []
  const added: Array<{item: Listed; section: string}> = []
  const sections: SectionChange[] = []
  for (const [key, list] of newerSections) {
    const before = olderSections.get(key)
    sections.push({key, status: before ? 'kept' : 'new'})
    if (!before) {
      for (const item of list) added.push({item, section: key})
      continue
    }
    const pairs = alignSection(before, list)
    const [pairedOlder, pairedNewer] = [new Set(pairs.map(([i]) => i)), new Set(pairs.map(([, j]) => j))]
    for (const [i, j] of pairs) changes.push(pairChange(before[i]!, list[j]!, key))
    before.forEach((item, i) => pairedOlder.has(i) || dropped.push({item, section: key}))
    list.forEach((item, j) => pairedNewer.has(j) || added.push({item, section: key}))
  }
  for (const [key, list] of olderSections) {
    if (newerSections.has(key)) continue
    sections.push({key, status: 'dropped'})
    for (const item of list) dropped.push({item, section: key})
  }
  // A move: a sentence of one section in the older edition and of another in the newer, most alike first.
  const candidates = added.flatMap((a, ai) =>
    dropped.flatMap((d, di) => (a.section === d.section ? [] : [{ai, di, similarity: dice(a.item.bag, d.item.bag)}])).filter((c) => c.similarity >= MOVED_STATEMENT)
  )
  candidates.sort((x, y) => y.similarity - x.similarity || x.ai - y.ai || x.di - y.di)
  const [movedAdded, movedDropped] = [new Set<number>(), new Set<number>()]
  for (const {ai, di} of candidates) {
    if (movedAdded.has(ai) || movedDropped.has(di)) continue
    movedAdded.add(ai)
    movedDropped.add(di)
    changes.push(pairChange(dropped[di]!.item, added[ai]!.item, added[ai]!.section, true))
  }
  const droppedSection = new Set(sections.filter((section) => section.status === 'dropped').map((section) => section.key))
  const newSection = new Set(sections.filter((section) => section.status === 'new').map((section) => section.key))
  added.forEach(({item, section}, ai) => {
    if (!movedAdded.has(ai) && !newSection.has(section)) changes.push({kind: 'new', section, older: null, newer: item.sentence, similarity: 0})
  })
  dropped.forEach(({item, section}, di) => {
    if (!movedDropped.has(di) && !droppedSection.has(section)) changes.push({kind: 'dropped', section, older: item.sentence, newer: null, similarity: 0})
  })
  // In the newer edition's order; a dropped sentence just after the newer place of the older sentence before it.
  const order = new Map(newer.sentences.map((sentence, index) => [sentence.id, index]))
  const newerOf = new Map(changes.flatMap((change) => (change.older && change.newer ? [[change.older.id, order.get(change.newer.id)!] as const] : [])))
  const after = new Map<string, number>()
  let last = -1
  for (const sentence of older.sentences) {
    after.set(sentence.id, last + 0.5)
    last = newerOf.get(sentence.id) ?? last
  }
  const place = (change: SentenceChange) => (change.newer ? order.get(change.newer.id)! : after.get(change.older!.id)!)
  const placed = changes.map((change) => ({change, at: place(change)}))
  placed.sort((a, b) => a.at - b.at)
  return {changes: placed.map((item) => item.change), sections}
}
