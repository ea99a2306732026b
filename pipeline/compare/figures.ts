import type {OutputEdition, OutputNumber, OutputSentence} from '../emit/document.js'
import type {SentenceChange} from './sentences.js'

/** One value of a series: what an edition says a figure was, where it says it. */
export interface TrendPoint {
  /** The edition's year. */
  edition: number
  /** The year the figure counts (the figure's own, else the year before the edition's: a report covers the year before). */
  year: number | null
  value: number
  text: string
  sentence: {id: string; text: string}
}

/** A figure followed across editions: what it counts, and its value in each edition that gives it. */
export interface Series {
  name: string
  kind: 'count' | 'money'
  counted: string | null
  currency: string | null
  section: string
  points: TrendPoint[]
}

const tracked = (item: OutputNumber) => (item.kind === 'count' || item.kind === 'money') && typeof item.value === 'number'

/**
 * The figures of two sentences that say the same thing, paired: in order among those of the same kind and what
 * they count (the first case count with the first case count), so a figure added to a sentence pairs with none.
 */
function pairFigures(older: OutputSentence, newer: OutputSentence): Array<[OutputNumber, OutputNumber]> {
  const key = (item: OutputNumber) => `${item.kind}|${item.counted ?? item.currency ?? ''}`
  const waiting = new Map<string, OutputNumber[]>()
  for (const item of older.numbers.filter(tracked)) waiting.set(key(item), [...(waiting.get(key(item)) ?? []), item])
  const pairs: Array<[OutputNumber, OutputNumber]> = []
  for (const item of newer.numbers.filter(tracked)) {
    const match = waiting.get(key(item))?.shift()
    if (match) pairs.push([match, item])
  }
  return pairs
}

/**
 * The series of count and money figures over editions given oldest first, each with the comparisons of
 * consecutive editions: a figure of one edition and the figure its sentence's counterpart gives in its place are
 * one series. Only series given by two editions or more are kept: a figure no other edition gives has no trend.
 */
export function trendOf(editions: readonly OutputEdition[], comparisons: ReadonlyArray<readonly SentenceChange[]>): Series[] {
  // Union–find over (edition index, figure id).
  const parent = new Map<string, string>()
  const find = (node: string): string => {
    let root = node
    while (parent.get(root) !== root) root = parent.get(root)!
    parent.set(node, root)
    return root
  }
  const figureOf = new Map<string, {edition: number; item: OutputNumber; sentence: OutputSentence}>()
  editions.forEach((edition, index) => {
    for (const sentence of edition.sentences) {
      for (const item of sentence.numbers.filter(tracked)) {
        const node = `${index}:${item.id}`
        parent.set(node, node)
        figureOf.set(node, {edition: index, item, sentence})
      }
    }
  })
  comparisons.forEach((changes, index) => {
    for (const change of changes) {
      if (!change.older || !change.newer) continue
      for (const [a, b] of pairFigures(change.older, change.newer)) parent.set(find(`${index}:${a.id}`), find(`${index + 1}:${b.id}`))
    }
  })
  const groups = new Map<string, string[]>()
  for (const node of figureOf.keys()) groups.set(find(node), [...(groups.get(find(node)) ?? []), node])
  const series: Series[] = []
  for (const nodes of groups.values()) {
    if (new Set(nodes.map((node) => figureOf.get(node)!.edition)).size < 2) continue
    const points = nodes.map((node) => {
      const {edition, item, sentence} = figureOf.get(node)!
      const year = editions[edition]!.document.year
      return {
        edition: year ?? edition,
        year: item.year ?? (year === null ? null : year - 1),
        value: item.value as number,
        text: item.text,
        sentence: {id: sentence.id, text: sentence.text}
      }
    })
    points.sort((a, b) => a.edition - b.edition || (a.year ?? 0) - (b.year ?? 0))
    const newest = figureOf.get(nodes.at(-1)!)!
    const item = newest.item
    series.push({name: '', kind: item.kind as Series['kind'], counted: item.counted ?? null, currency: item.currency ?? null, section: newest.sentence.section, points})
  }
  // Named by section and what is counted, numbered where one section counts the same thing twice; in the newest edition's order.
  const newestIndex = new Map(editions.at(-1)!.sentences.map((sentence, index) => [sentence.id, index]))
  series.sort((a, b) => (newestIndex.get(a.points.at(-1)!.sentence.id) ?? 0) - (newestIndex.get(b.points.at(-1)!.sentence.id) ?? 0))
  const used = new Map<string, number>()
  for (const item of series) {
    const base = `${item.section} · ${item.counted ?? item.currency ?? item.kind}`
    const count = (used.get(base) ?? 0) + 1
    used.set(base, count)
    item.name = count === 1 ? base : `${base} (${count})`
  }
  return series
}
