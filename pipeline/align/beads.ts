import {type AnchorMatch, type Anchors, compare, merged} from './anchors.js'
import {lengthCost, lengthProbability, SHAPES} from './gale-church.js'

/** One side's sentence as the aligner sees it: its length in characters and its anchors. */
export interface Unit {
  length: number
  anchors: Anchors
}

/** A bead found by the aligner: index ranges [from, to) into the two unit lists. */
export interface RawBead {
  source: [number, number]
  target: [number, number]
  /** How typical the lengths are for a translation (Gale–Church tail probability). */
  lengthProbability: number
  anchors: AnchorMatch
}

export interface AlignOptions {
  /** Target characters per source character; measured on the two lists when not given. */
  ratio?: number
  /** Anchor weights (see anchorWeights). */
  weights: ReadonlyMap<string, number>
  /** Nats gained per unit of shared anchor weight. */
  reward: number
  /** Nats lost per unit of anchor weight only one side of a bead has. */
  penalty: number
  /** Half-width of the band around the diagonal, in sentences. */
  band: number
}

export const defaults: Omit<AlignOptions, 'weights'> = {reward: 1, penalty: 0.25, band: 40}

const sum = (units: readonly Unit[], from: number, to: number) => {
  let total = 0
  for (let k = from; k < to; k++) total += units[k]!.length
  return total
}

/**
 * Sentence beads of two lists by dynamic programming over the bead shapes 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2.
 * A bead costs its Gale–Church length cost, less a reward for the anchors its two sides share and plus a
 * penalty for those only one side has (an omission or addition, 1-0 or 0-1, pays its prior instead: its
 * anchors have nowhere to go). Only cells within `band` sentences of the diagonal are filled, so the time
 * grows linearly with the length of the lists, whatever their ratio; the path always reaches the corner.
 */
export function alignUnits(source: readonly Unit[], target: readonly Unit[], options: AlignOptions): RawBead[] {
  const n = source.length
  const m = target.length
  if (n === 0 || m === 0) {
    return [
      ...source.map((_, i): RawBead => ({source: [i, i + 1], target: [0, 0], lengthProbability: 0, anchors: {shared: 0, unshared: 0, keys: []}})),
      ...target.map((_, j): RawBead => ({source: [n, n], target: [j, j + 1], lengthProbability: 0, anchors: {shared: 0, unshared: 0, keys: []}}))
    ]
  }
  const ratio = options.ratio ?? Math.max(0.2, Math.min(5, sum(target, 0, m) / Math.max(1, sum(source, 0, n))))
  const width = options.band
  // Row i holds columns centre(i) − width … centre(i) + width.
  const centre = (i: number) => Math.round((i * m) / n)
  const stride = 2 * width + 1
  const cost = new Float64Array((n + 1) * stride).fill(Infinity)
  const move = new Int8Array((n + 1) * stride).fill(-1)
  const cell = (i: number, j: number) => {
    const k = j - centre(i) + width
    return k < 0 || k >= stride ? -1 : i * stride + k
  }
  cost[cell(0, 0)] = 0

  const beadCost = (i: number, j: number, a: number, b: number): number => {
    const l1 = sum(source, i - a, i)
    const l2 = sum(target, j - b, j)
    let total = lengthCost([a, b], l1, l2, ratio)
    if (a > 0 && b > 0) {
      const match = compare(merged(source.slice(i - a, i).map((unit) => unit.anchors)), merged(target.slice(j - b, j).map((unit) => unit.anchors)), options.weights)
      total += -options.reward * match.shared + options.penalty * match.unshared
    }
    return total
  }

  for (let i = 0; i <= n; i++) {
    const low = Math.max(0, centre(i) - width)
    const high = Math.min(m, centre(i) + width)
    for (let j = low; j <= high; j++) {
      const here = cell(i, j)
      if (i === 0 && j === 0) continue
      let best = Infinity
      let bestMove = -1
      SHAPES.forEach(([a, b], index) => {
        if (i < a || j < b) return
        const from = cell(i - a, j - b)
        if (from < 0 || cost[from] === Infinity) return
        const value = cost[from]! + beadCost(i, j, a, b)
        if (value < best) {
          best = value
          bestMove = index
        }
      })
      cost[here] = best
      move[here] = bestMove
    }
  }

  const beads: RawBead[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const [a, b] = SHAPES[move[cell(i, j)]!]!
    const sourceAnchors = merged(source.slice(i - a, i).map((unit) => unit.anchors))
    const targetAnchors = merged(target.slice(j - b, j).map((unit) => unit.anchors))
    beads.push({
      source: [i - a, i],
      target: [j - b, j],
      lengthProbability: a > 0 && b > 0 ? lengthProbability(sum(source, i - a, i), sum(target, j - b, j), ratio) : 0,
      anchors: compare(sourceAnchors, targetAnchors, options.weights)
    })
    i -= a
    j -= b
  }
  return beads.reverse()
}
