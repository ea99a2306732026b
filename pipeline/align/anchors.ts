import type {NumberItem, Sentence} from '../tree.js'
import {tokensOf} from '../layers.js'

/**
 * Evidence that holds across the two languages: a sentence's anchors are keys that the same content gives in
 * either language. Figures by normalized value (n:124700 for "124,700 manat" and "124,700 manat"; n:5 for
 * "beş" and "five"), glossary concepts by id (e:org.mia for "DİN" and "MIA"; t.forced-labor), names written
 * the same in both (x:GRETA, x:COVID-19), and brackets and quotes (p:( , p:").
 */
export type Anchors = Map<string, number>

/** The values a figure stands for, as anchor keys; none for figures too common or too vague to pair sentences. */
export function figureKeys(item: NumberItem): string[] {
  switch (item.kind) {
    case 'identifier':
      return []
    case 'year_range':
      return [`${item.from}-${item.to}`]
    case 'duration_range':
      return [String(item.from), String(item.to)]
    case 'legal_ref':
      return [String(item.value)]
    default:
      return item.value === undefined ? [] : [String(item.value)]
  }
}

/**
 * Is a figure strong enough to pair sentences and to check? "one" and "bir" are as often an article or a
 * pronoun as a number in both languages, so a count of one written in words is left out.
 */
export function checkable(item: NumberItem): boolean {
  if (item.kind === 'identifier') return false
  if (item.kind === 'count' && item.value === 1 && !/\d/u.test(item.text)) return false
  return true
}

const add = (anchors: Anchors, key: string) => anchors.set(key, (anchors.get(key) ?? 0) + 1)

/** The anchors of one sentence, from what the stages found in it. */
export function anchorsOf(sentence: Sentence): Anchors {
  const anchors: Anchors = new Map()
  for (const item of sentence.data.numbers ?? []) if (checkable(item)) for (const key of figureKeys(item)) add(anchors, `n:${key}`)
  for (const item of sentence.data.entities ?? []) add(anchors, `e:${item.id}`)
  for (const item of sentence.data.terms ?? []) add(anchors, `t:${item.id}`)
  for (const item of sentence.data.verbs ?? []) add(anchors, `v:${item.id}`)
  for (const token of tokensOf(sentence, 'align')) {
    // Names in Latin capitals that both editions write alike (GRETA, COVID-19, ILO); acronyms of one language
    // (DİN, MIA) meet through their entity id instead.
    if ((token.type === 'word' || token.type === 'identifier') && token.text.length >= 3 && /^[A-Z][A-Z0-9-]+$/u.test(token.text)) add(anchors, `x:${token.text}`)
    else if (token.text === '(') add(anchors, 'p:(')
    else if (/^["“”«»„]$/u.test(token.text)) add(anchors, 'p:"')
  }
  return anchors
}

/**
 * Weight of each anchor key by how rare it is across both editions' sentences (inverse document frequency):
 * a year or "victim" that half the sentences share says little about which two belong together, a figure
 * like 4,506 says a lot. Brackets and quotes weigh a quarter.
 */
export function anchorWeights(all: readonly Anchors[]): Map<string, number> {
  const frequency = new Map<string, number>()
  for (const anchors of all) for (const key of anchors.keys()) frequency.set(key, (frequency.get(key) ?? 0) + 1)
  const weights = new Map<string, number>()
  for (const [key, count] of frequency) {
    const idf = Math.log((all.length + 1) / (count + 0.5))
    weights.set(key, Math.max(0.1, idf) * (key.startsWith('p:') ? 0.25 : 1))
  }
  return weights
}

/** Anchor keys of several sentences together (a bead side). */
export function merged(list: readonly Anchors[]): Anchors {
  if (list.length === 1) return list[0]!
  const result: Anchors = new Map()
  for (const anchors of list) for (const [key, count] of anchors) result.set(key, (result.get(key) ?? 0) + count)
  return result
}

export interface AnchorMatch {
  /** Weight of the anchors both sides have (each counted as often as the side with fewer has it). */
  shared: number
  /** Weight of the anchors only one side has. */
  unshared: number
  /** The shared keys, in order of weight (for the reviewer: why these sentences were paired). */
  keys: string[]
}

export function compare(source: Anchors, target: Anchors, weights: ReadonlyMap<string, number>): AnchorMatch {
  let shared = 0
  let total = 0
  const keys: Array<[string, number]> = []
  for (const [key, count] of source) {
    const weight = weights.get(key) ?? 0
    total += weight * count
    const other = target.get(key)
    if (other) {
      shared += weight * Math.min(count, other)
      keys.push([key, weight])
    }
  }
  for (const [key, count] of target) total += (weights.get(key) ?? 0) * count
  keys.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return {shared, unshared: total - 2 * shared, keys: keys.map(([key]) => key)}
}
