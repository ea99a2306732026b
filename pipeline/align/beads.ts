import {type AnchorMatch, type Anchors, compare, merged} from './anchors.js'
import {delta, lengthCost, lengthProbability, SHAPES} from './gale-church.js'

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
  /** Gale–Church δ: how many standard deviations the target side is longer than expected (0 for 1-0 and 0-1). */
  delta: number
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
  /** The length part of a bead's cost (the benchmark's baseline passes Gale & Church's classic cost). */
  length?: typeof lengthCost
}

export const defaults: Omit<AlignOptions, 'weights'> = {reward: 1, penalty: 0.25, band: 40}

/**
 * The units' anchors packed for the inner loop: key ids and counts in flat arrays, each unit's weighted mass,
 * and scratch counters, so that scoring a bead allocates nothing (the DP scores six beads per cell).
 */
class PackedAnchors {
  private readonly starts: Int32Array
  private readonly ids: Int32Array
  private readonly counts: Int32Array
  private readonly weight: Float64Array
  readonly mass: Float64Array
  private readonly left: Float64Array
  private readonly right: Float64Array
  private readonly touched: number[] = []

  constructor(units: readonly Unit[], weights: ReadonlyMap<string, number>, keys: ReadonlyMap<string, number>) {
    this.starts = new Int32Array(units.length + 1)
    const ids: number[] = []
    const counts: number[] = []
    units.forEach((unit, index) => {
      for (const [key, count] of unit.anchors) {
        ids.push(keys.get(key)!)
        counts.push(count)
      }
      this.starts[index + 1] = ids.length
    })
    this.ids = Int32Array.from(ids)
    this.counts = Int32Array.from(counts)
    this.weight = new Float64Array(keys.size + 1)
    for (const [key, id] of keys) this.weight[id] = weights.get(key) ?? 0
    this.mass = new Float64Array(units.length)
    for (let unit = 0; unit < units.length; unit++) {
      let mass = 0
      for (let k = this.starts[unit]!; k < this.starts[unit + 1]!; k++) mass += this.weight[this.ids[k]!]! * this.counts[k]!
      this.mass[unit] = mass
    }
    this.left = new Float64Array(keys.size + 1)
    this.right = new Float64Array(keys.size + 1)
  }

  /** Shared weight of source units [i0, i1) and target units [j0, j1) (of `other`). */
  shared(i0: number, i1: number, other: PackedAnchors, j0: number, j1: number): number {
    for (let unit = i0; unit < i1; unit++) {
      for (let k = this.starts[unit]!; k < this.starts[unit + 1]!; k++) {
        const id = this.ids[k]!
        if (this.left[id] === 0 && this.right[id] === 0) this.touched.push(id)
        this.left[id]! += this.counts[k]!
      }
    }
    for (let unit = j0; unit < j1; unit++) {
      for (let k = other.starts[unit]!; k < other.starts[unit + 1]!; k++) {
        const id = other.ids[k]!
        if (this.left[id] === 0 && this.right[id] === 0) this.touched.push(id)
        this.right[id]! += other.counts[k]!
      }
    }
    let shared = 0
    for (const id of this.touched) {
      shared += this.weight[id]! * Math.min(this.left[id]!, this.right[id]!)
      this.left[id] = 0
      this.right[id] = 0
    }
    this.touched.length = 0
    return shared
  }
}

export function alignUnits(source: readonly Unit[], target: readonly Unit[], options: AlignOptions): RawBead[] {
  const n = source.length
  const m = target.length
  if (n === 0 || m === 0) {
    return [
      ...source.map((_, i): RawBead => ({source: [i, i + 1], target: [0, 0], lengthProbability: 0, delta: 0, anchors: {shared: 0, unshared: 0, keys: []}})),
      ...target.map((_, j): RawBead => ({source: [n, n], target: [j, j + 1], lengthProbability: 0, delta: 0, anchors: {shared: 0, unshared: 0, keys: []}}))
    ]
  }
  // Prefix sums of lengths: a side's length over any run of units in O(1).
  const sourceAt = new Float64Array(n + 1)
  const targetAt = new Float64Array(m + 1)
  for (let i = 0; i < n; i++) sourceAt[i + 1] = sourceAt[i]! + source[i]!.length
  for (let j = 0; j < m; j++) targetAt[j + 1] = targetAt[j]! + target[j]!.length
  const ratio = options.ratio ?? Math.max(0.2, Math.min(5, targetAt[m]! / Math.max(1, sourceAt[n]!)))
  // One id per anchor key of both sides, before either side is packed (each packs its tables to that size).
  const keys = new Map<string, number>()
  for (const unit of [...source, ...target]) for (const key of unit.anchors.keys()) if (!keys.has(key)) keys.set(key, keys.size)
  const packedSource = new PackedAnchors(source, options.weights, keys)
  const packedTarget = new PackedAnchors(target, options.weights, keys)
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

  const cost_ = options.length ?? lengthCost
  const beadCost = (i: number, j: number, a: number, b: number): number => {
    let total = cost_([a, b], sourceAt[i]! - sourceAt[i - a]!, targetAt[j]! - targetAt[j - b]!, ratio)
    if (a > 0 && b > 0) {
      const shared = packedSource.shared(i - a, i, packedTarget, j - b, j)
      let mass = 0
      for (let k = i - a; k < i; k++) mass += packedSource.mass[k]!
      for (let k = j - b; k < j; k++) mass += packedTarget.mass[k]!
      total += -options.reward * shared + options.penalty * (mass - 2 * shared)
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
      lengthProbability: a > 0 && b > 0 ? lengthProbability(sourceAt[i]! - sourceAt[i - a]!, targetAt[j]! - targetAt[j - b]!, ratio) : 0,
      delta: a > 0 && b > 0 ? delta(sourceAt[i]! - sourceAt[i - a]!, targetAt[j]! - targetAt[j - b]!, ratio) : 0,
      anchors: compare(sourceAnchors, targetAnchors, options.weights)
    })
    i -= a
    j -= b
  }
  return beads.reverse()
}
