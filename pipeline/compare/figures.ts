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

/**
 * A figure followed across editions: what it counts, and each value an edition gives for a year (an edition may
 * give two years, this one's and the last one's restated, so a year may have a value from each of two editions).
 */
export interface Series {
  name: string
  kind: 'count' | 'money'
  counted: string | null
  currency: string | null
  section: string
  points: TrendPoint[]
}

const tracked = (item: OutputNumber) => (item.kind === 'count' || item.kind === 'money') && typeof item.value === 'number'

const keyOf = (item: OutputNumber) => `${item.kind}|${item.counted ?? item.currency ?? ''}`

/** The year a figure counts: its own, else the year before its edition's (a report covers that year), else none. */
const yearOf = (item: OutputNumber, edition: number | null) => item.year ?? (edition === null ? null : edition - 1)

/** A sentence's count and money figures of one kind and counted noun, by the year they count (none: under null). */
function byKeyAndYear(sentence: OutputSentence, edition: number | null): Map<string, Map<number | null, OutputNumber[]>> {
  const groups = new Map<string, Map<number | null, OutputNumber[]>>()
  for (const item of sentence.numbers.filter(tracked)) {
    const years = groups.get(keyOf(item)) ?? new Map<number | null, OutputNumber[]>()
    const year = yearOf(item, edition)
    years.set(year, [...(years.get(year) ?? []), item])
    groups.set(keyOf(item), years)
  }
  return groups
}

/**
 * One sentence's figures that count one thing in two years ("20 suspects in 2020 … 14 in 2021"): the k-th figure
 * of a year with the k-th of the next year it gives, among those of the same kind and counted noun.
 */
function withinSentence(sentence: OutputSentence, edition: number | null): Array<[OutputNumber, OutputNumber]> {
  const links: Array<[OutputNumber, OutputNumber]> = []
  for (const years of byKeyAndYear(sentence, edition).values()) {
    const dated = [...years].filter(([year]) => year !== null).sort((a, b) => a[0]! - b[0]!)
    for (let k = 1; k < dated.length; k++) {
      const [before, after] = [dated[k - 1]![1], dated[k]![1]]
      for (let i = 0; i < Math.min(before.length, after.length); i++) links.push([before[i]!, after[i]!])
    }
  }
  return links
}

/**
 * The figures of two sentences that say the same thing, paired among those of the same kind and counted noun:
 * a figure of a year with the other edition's figure of that year (the older figure restated, "94 in 2020"), and
 * the figures of each edition's latest year in order (this year's k-th figure against last year's k-th); figures
 * without a year in order.
 */
function acrossEditions(older: OutputSentence, newer: OutputSentence, editions: [number | null, number | null]): Array<[OutputNumber, OutputNumber]> {
  const links: Array<[OutputNumber, OutputNumber]> = []
  const inOrder = (a: readonly OutputNumber[], b: readonly OutputNumber[]) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) links.push([a[i]!, b[i]!])
  }
  const olderGroups = byKeyAndYear(older, editions[0])
  for (const [key, years] of byKeyAndYear(newer, editions[1])) {
    const before = olderGroups.get(key)
    if (!before) continue
    for (const [year, items] of years) if (year !== null && before.has(year)) inOrder(before.get(year)!, items)
    const latest = (groups: Map<number | null, OutputNumber[]>) => Math.max(...[...groups.keys()].filter((year): year is number => year !== null))
    const [then, now] = [latest(before), latest(years)]
    if (Number.isFinite(then) && Number.isFinite(now) && then !== now) inOrder(before.get(then)!, years.get(now)!)
    inOrder(before.get(null) ?? [], years.get(null) ?? [])
  }
  return links
}

/**
 * The series of count and money figures over editions given oldest first, each with the comparisons of
 * consecutive editions: the figures of a sentence that count one thing in two years, and a figure with the one its
 * sentence's counterpart gives for the same year (or in its place), are one series ("95 victims in 2021, compared
 * with 94 in 2020" and an older "94 victims" in 2020).
 * Only series given by two editions or more are kept: a figure no other edition gives has no trend.
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
      for (const [a, b] of withinSentence(sentence, edition.document.year)) parent.set(find(`${index}:${a.id}`), find(`${index}:${b.id}`))
    }
  })
  comparisons.forEach((changes, index) => {
    for (const change of changes) {
      if (!change.older || !change.newer) continue
      for (const [a, b] of acrossEditions(change.older, change.newer, [editions[index]!.document.year, editions[index + 1]!.document.year])) parent.set(find(`${index}:${a.id}`), find(`${index + 1}:${b.id}`))
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
        year: yearOf(item, year),
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
