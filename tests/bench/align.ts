/**
 * npm run bench (alignment): hesabat's aligner against a length-only Gale–Church baseline on the seed and its
 * English edition (bead precision, recall, F1 against the gold alignment), and the aligner's time on pairs of
 * 500 to 4,000 sentences a side, to show that it grows linearly (the band keeps it so).
 */
import {performance} from 'node:perf_hooks'
import {anchorsOf, anchorWeights} from '../../pipeline/align/anchors.js'
import {align} from '../../pipeline/align/index.js'
import {alignUnits, defaults, type Unit} from '../../pipeline/align/beads.js'
import {classicCost} from '../../pipeline/align/gale-church.js'
import {toDocument} from '../../pipeline/emit/index.js'
import {processText} from '../../pipeline/processor.js'
import type {Root, Sentence} from '../../pipeline/tree.js'
import {beadScores, ENGLISH_PATH, englishRaw, goldBeads, predictedBeads} from '../support/pair.js'
import {glossary, SEED_PATH, seedRaw} from '../support/pipeline.js'

const sides = () => ({
  az: processText(seedRaw, {path: SEED_PATH, sha256: '0'.repeat(64), language: 'az', year: 2022}, glossary, {keepTokens: true}),
  en: processText(englishRaw, {path: ENGLISH_PATH, sha256: '0'.repeat(64), language: 'en', year: 2022}, glossary, {keepTokens: true})
})

const variants = {
  'hesabat (length + anchors)': {},
  'Gale–Church (length only)': {anchors: false, length: classicCost, reward: 0, penalty: 0}
}
console.log('\nAlignment of the seed with its English edition (gold: tests/fixtures/pair/beads.tsv)')
console.log('aligner                        precision  recall   F1     non-1-1 beads found')
for (const [name, options] of Object.entries(variants)) {
  const {az, en} = sides()
  align(en, options)(az.tree, az.file)
  const scores = beadScores(predictedBeads(toDocument(az.tree, az.file, en)), goldBeads)
  console.log(
    `${name.padEnd(30)} ${scores.precision.toFixed(3).padStart(9)}  ${scores.recall.toFixed(3).padStart(6)}  ${scores.f1.toFixed(3)}  ${scores.nonOneToOne.found}/${scores.nonOneToOne.gold}`
  )
}

/** The seed pair's sentences as aligner units, in order. */
function units(tree: Root): Unit[] {
  const list: Unit[] = []
  const walk = (node: {type: string; children?: unknown[]}) => {
    if (node.type === 'sentence') list.push({length: (node as Sentence).value.length, anchors: anchorsOf(node as Sentence)})
    else for (const child of (node.children ?? []) as Array<{type: string; children?: unknown[]}>) walk(child)
  }
  walk(tree)
  return list
}

const {az, en} = sides()
const source = units(az.tree)
const target = units(en.tree)
console.log('\nAligner time by length (one section of n sentences a side: the seed pair repeated; median of 5)')
console.log('sentences a side   time ms   µs per sentence')
for (const n of [500, 1000, 2000, 4000]) {
  const left = Array.from({length: n}, (_, i) => source[i % source.length]!)
  const right = Array.from({length: Math.round((n * target.length) / source.length)}, (_, i) => target[i % target.length]!)
  const weights = anchorWeights([...left, ...right].map((unit) => unit.anchors))
  const samples: number[] = []
  for (let run = 0; run < 6; run++) {
    const start = performance.now()
    alignUnits(left, right, {...defaults, weights})
    if (run > 0) samples.push(performance.now() - start)
  }
  const ms = samples.sort((a, b) => a - b)[2]!
  console.log(`${String(n).padStart(16)}   ${ms.toFixed(0).padStart(7)}   ${((ms * 1000) / n).toFixed(0).padStart(15)}`)
}
