/**
 * npm run bench (comparison of editions): the time `compareEditions` takes as the chapter grows (the seed
 * repeated 1, 4 and 16 times against the same text with figures and words changed in every copy), to show it
 * grows linearly; and a batch of 40 chapter pairs compared against the time it takes to process them.
 */
import {performance} from 'node:perf_hooks'
import {compareEditions} from '../../pipeline/compare/index.js'
import {toDocument} from '../../pipeline/emit/index.js'
import {processText} from '../../pipeline/processor.js'
import {glossary, SEED_PATH, seedRaw} from '../support/pipeline.js'

const documentOf = (raw: string) => {
  const {tree, file} = processText(raw, {path: SEED_PATH, sha256: '0'.repeat(64), language: 'az', year: 2022}, glossary)
  return toDocument(tree, file)
}
/** The seed a year later: every 2021 a 2022, one word in each tenth sentence changed. */
const newer = (raw: string) => raw.replace(/2021/gu, '2022').replace(/hökumət/gu, 'hökumət orqanları')
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

console.log('\nComparison of two editions by chapter size (the seed repeated; median of 5)')
console.log('copies   sentences   time ms   µs per sentence')
for (const copies of [1, 4, 16]) {
  const raw = Array.from({length: copies}, () => seedRaw).join('\n\n')
  const [a, b] = [documentOf(raw), documentOf(newer(raw))]
  const times = Array.from({length: 5}, () => {
    const start = performance.now()
    compareEditions(a, b)
    return performance.now() - start
  })
  const time = median(times)
  console.log(`${String(copies).padStart(6)}   ${String(a.sentences.length).padStart(9)}   ${time.toFixed(1).padStart(7)}   ${((time * 1000) / a.sentences.length).toFixed(0).padStart(15)}`)
}

const chapters = 40
let processing = 0
let comparing = 0
for (let k = 0; k < chapters; k++) {
  const start = performance.now()
  const [a, b] = [documentOf(seedRaw), documentOf(newer(seedRaw))]
  const processed = performance.now()
  compareEditions(a, b)
  processing += processed - start
  comparing += performance.now() - processed
}
console.log(`${chapters} chapter pairs: processing ${(processing / 1000).toFixed(2)} s, comparing ${(comparing / 1000).toFixed(2)} s (${((100 * comparing) / processing).toFixed(1)} % of processing; the issue allows 200 %)`)
