/**
 * Run by tests/bench/run.ts in a process of its own: one 5 MB document (the seed repeated) through the
 * declared stages in memory, printing each stage's time and the process's peak RSS once it has run, so
 * the stage that raises the peak shows. Garbage is collected after each stage, as the CLI does for large
 * inputs (pipeline/batch/memory.ts).
 */
import {readFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {VFile} from 'vfile'
import {collectGarbage} from '../../pipeline/batch/memory.js'
import {formats, toDocument} from '../../pipeline/emit/index.js'
import {loadGlossary} from '../../pipeline/glossary/index.js'
import {az} from '../../pipeline/lang/az/index.js'
import type {Root} from '../../pipeline/tree.js'
import {timedProcessor} from './timed-stages.js'

const seed = readFileSync(new URL('../../input/2022-azerbaijan.az.txt', import.meta.url), 'utf8')
const text = seed.repeat(Math.ceil(5e6 / Buffer.byteLength(seed)))
const glossary = await loadGlossary(new URL('../../glossary', import.meta.url).pathname, {required: true})
az.words()
const source = {path: 'bench.az.txt', sha256: '0'.repeat(64), language: 'az', year: 2022}
const megabytes = Buffer.byteLength(text) / 1e6
const peak = () => (process.resourceUsage().maxRSS / 1024).toFixed(0)
const line = (label: string, ms: number) => console.log(`${label.padEnd(44)} ${ms.toFixed(0)} ms (${(megabytes / (ms / 1000)).toFixed(1)} MB/s), peak RSS ${peak()} MB`)

console.log(`one ${megabytes.toFixed(1)} MB document in memory, stage by stage (peak RSS before: ${peak()} MB)`)
const processor = timedProcessor((name, ms) => {
  line(`  stage ${name}`, ms)
  collectGarbage()
})
const file = new VFile({path: source.path, value: text, data: {source, lang: az, glossary, strict: false}})
let start = performance.now()
const tree = processor.parse(file) as Root
line('  parse', performance.now() - start)
processor.runSync(tree, file)
start = performance.now()
const document = toDocument(tree, file)
line('  output document', performance.now() - start)
for (const [name, format] of Object.entries(formats)) {
  start = performance.now()
  let size = 0
  for (const piece of format.chunks(document)) size += piece.length
  if (size === 0) throw new Error(`${name}: nothing written`)
  line(`  writer ${name} (in pieces)`, performance.now() - start)
}
