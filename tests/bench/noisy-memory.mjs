/**
 * One figure for comparing two builds back to back: the chapters of a folder (a corpus from
 * `npx tsx tests/bench/corpus.ts <folder> <MB>`) through the stages and the default writers of the build
 * (`dist/`; `npm run build` first), each output encoded as the CLI writes it; the best of RUNS passes. Plain
 * Node, not tsx, so it runs the build as the CLI does. The machine's speed moves between runs, so run it in the
 * old and the new checkout by turns, several times.
 *
 *   node tests/bench/noisy-memory.mjs <folder>                      # in this thread
 *   IN_WORKER=1 YOUNG_MB=96 node tests/bench/noisy-memory.mjs <folder>   # in a worker with that young generation
 *
 * CHAPTERS (40) and RUNS (2) change the amount.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {isMainThread, parentPort, Worker} from 'node:worker_threads'

const FORMATS = ['json', 'md', 'csv', 'html']
const folder = process.argv[2] ?? process.env.FOLDER

async function measure() {
  const build = (module) => import(new URL(`../../dist/pipeline/${module}`, import.meta.url).href)
  const {formats, toDocument} = await build('emit/index.js')
  const {loadGlossary} = await build('glossary/index.js')
  const {processText} = await build('processor.js')
  const names = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().slice(0, Number(process.env.CHAPTERS ?? 40))
  const chapters = names.map((name) => readFileSync(path.join(folder, name), 'utf8'))
  const glossary = await loadGlossary(new URL('../../glossary', import.meta.url).pathname, {required: true})
  const source = {path: 'bench.az.txt', sha256: '0'.repeat(64), language: 'az', year: 2022}
  const mb = chapters.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6
  const buffer = Buffer.allocUnsafe(1 << 20)
  let best = Infinity
  for (let run = 0; run < Number(process.env.RUNS ?? 2); run++) {
    const start = performance.now()
    for (const text of chapters) {
      const {tree, file} = processText(text, source, glossary)
      const document = toDocument(tree, file)
      for (const name of FORMATS) {
        let used = 0
        for (const chunk of formats[name].chunks(document)) {
          if (used + chunk.length * 3 > buffer.length) used = 0
          used += buffer.write(chunk, used)
        }
      }
    }
    best = Math.min(best, performance.now() - start)
  }
  return `${chapters.length} chapters, ${mb.toFixed(2)} MB, stages + ${FORMATS.join(', ')}: ${(mb / (best / 1000)).toFixed(3)} MB/s`
}

if (!folder) {
  console.error('usage: node tests/bench/noisy-memory.mjs <folder of chapters>')
  process.exit(2)
} else if (isMainThread && process.env.IN_WORKER) {
  const young = Number(process.env.YOUNG_MB ?? 0)
  const worker = new Worker(new URL(import.meta.url), {argv: [folder], env: {...process.env, IN_WORKER: ''}, ...(young > 0 ? {resourceLimits: {maxYoungGenerationSizeMb: young}} : {})})
  worker.on('message', (line) => console.log(`${line} (in a worker${young > 0 ? `, young generation ${young} MB` : ''})`))
} else if (isMainThread) {
  console.log(await measure())
} else {
  parentPort.postMessage(await measure())
}
