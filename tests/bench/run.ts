/**
 * npm run bench: throughput of the pipeline on the seed, cost per stage, and how the glossary stages
 * scale from the shipped glossary to a synthetic 50,000-entry one. Prints a table; numbers vary by machine,
 * so each run also prints a baseline (a plain regex word split over the same text) to compare against.
 */
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import os from 'node:os'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {compileGlossary, type Glossary, type GlossaryEntry, LAYER, loadGlossary} from '../../pipeline/glossary/index.js'
import {tokenize as matchTokens} from '../../pipeline/text/tokens.js'
import {az} from '../../pipeline/lang/az/index.js'
import {toDocument} from '../../pipeline/emit/index.js'
import {formats} from '../../pipeline/emit/index.js'
import {processPair, processText, stages} from '../../pipeline/processor.js'
import type {Root} from '../../pipeline/tree.js'
import {timedProcessor} from './timed-stages.js'

const seed = readFileSync(new URL('../../input/2022-azerbaijan.az.txt', import.meta.url), 'utf8')
const glossary = await loadGlossary(new URL('../../glossary', import.meta.url).pathname, {required: true})
const source = {path: 'bench.az.txt', sha256: '0'.repeat(64), language: 'az', year: 2022}

/** Median of `runs` timings of fn, in ms, after one warm-up. */
function time(fn: () => void, runs = 7): number {
  fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!
}

/** A deterministic pseudo-Azerbaijani glossary of `size` extra entries (1–4 words each). */
function synthetic(size: number): Glossary {
  let state = 42
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31), state / 2 ** 31)
  const syllables = ['qa', 'lı', 'mər', 'kəz', 'so', 'yal', 'tə', 'şək', 'kül', 'at', 'ba', 'zar', 'üz', 'rə', 'do', 'ğan', 'çi', 'lik', 'nov', 'xar']
  const word = () => Array.from({length: 2 + Math.floor(random() * 3)}, () => syllables[Math.floor(random() * syllables.length)]).join('')
  const extra: GlossaryEntry[] = Array.from({length: size}, (_, index) => ({
    id: `t.synthetic-${index}`,
    source: Array.from({length: 1 + Math.floor(random() * 4)}, word).join(' '),
    target: `synthetic ${index}`,
    type: null,
    abbr: null,
    abbrEn: null,
    alsoEn: [],
    senseEn: [],
    required: false,
    field: null,
    pos: null,
    note: null,
    file: 'synthetic',
    line: index + 1
  }))
  return {...glossary, entries: [...glossary.entries, ...extra]}
}

const mb = (text: string) => Buffer.byteLength(text) / 1e6
// A batch of 40 editions (one chapter per file, as analysts run it).
const COPIES = 40
const batch = Array.from({length: COPIES}, () => seed)
const corpus = batch.join('\n\n')
const sentenceCount = toDocument(...(Object.values(processText(seed, source, glossary)) as [Root, VFile])).sentences.length * COPIES

const baseline = time(() => {
  let words = 0
  for (const _ of corpus.matchAll(/\p{L}+/gu)) words++
  if (words === 0) throw new Error('no words')
})
const full = time(() => {
  for (const text of batch) {
    const {tree, file} = processText(text, source, glossary)
    const document = toDocument(tree, file)
    formats.json!.emit(document)
    formats.md!.emit(document)
  }
}, 3)

// Both languages and the aligner (issue 16's measure): the seed and its English edition, processed, aligned and
// written as JSON, against the regex word split over the same two texts.
const english = readFileSync(new URL('../../input/2022-azerbaijan.en.txt', import.meta.url), 'utf8')
const englishSource = {...source, path: 'bench.en.txt', language: 'en'}
const PAIRS = 10
const pairCorpus = Array.from({length: PAIRS}, () => `${seed}\n\n${english}`).join('\n\n')
const pairBaseline = time(() => {
  let words = 0
  for (const _ of pairCorpus.matchAll(/\p{L}+/gu)) words++
  if (words === 0) throw new Error('no words')
})
const pairFull = time(() => {
  for (let k = 0; k < PAIRS; k++) {
    const pair = processPair(seed, source, english, englishSource, glossary)
    formats.json!.emit(toDocument(pair.tree, pair.file, pair.english))
  }
}, 3)

// Output size (schema 2.0): the JSON of the seed chapter and of the pair against their inputs.
const single = processText(seed, source, glossary)
const seedJson = Buffer.byteLength(formats.json!.emit(toDocument(single.tree, single.file)))
const pairDocument = processPair(seed, source, english, englishSource, glossary)
const pairJson = Buffer.byteLength(formats.json!.emit(toDocument(pairDocument.tree, pairDocument.file, pairDocument.english)))
// Loading the word lists, in a fresh process as each worker does (the build's modules).
const wordLists = execFileSync(
  process.execPath,
  ['--input-type=module', '-e', `const {az} = await import('../../dist/pipeline/lang/az/index.js'); const {en} = await import('../../dist/pipeline/lang/en/index.js'); let t = performance.now(); az.words(); const a = performance.now() - t; t = performance.now(); en.words(); console.log(a.toFixed(0), (performance.now() - t).toFixed(0))`],
  {cwd: fileURLToPath(new URL('.', import.meta.url)), encoding: 'utf8'}
).trim().split(' ')

// Cost of each stage, summed over the batch.
const spent = new Map<string, number>(stages.map(([name]) => [name, 0]))
const timed = timedProcessor((name, ms) => spent.set(name, spent.get(name)! + ms))
const STAGE_RUNS = 3
for (let run = 0; run < STAGE_RUNS; run++) {
  for (const text of batch) {
    const file = new VFile({path: source.path, value: text, data: {source, lang: az, glossary, strict: false}})
    timed.runSync(timed.parse(file) as Root, file)
  }
}

// Cost of the writers, on documents already processed.
const documents = batch.map((text) => toDocument(...(Object.values(processText(text, source, glossary)) as [Root, VFile])))
const writers = Object.entries(formats).map(([name, format]) => [name, time(() => documents.forEach((document) => format.emit(document)), 3)] as const)

// Glossary scaling: the matching work of the entities and terms stages (every token looked up, fuzzy
// look-ups for the words the language does not know) over the corpus's sentences, per glossary.
const big = synthetic(50_000)
const buildStart = performance.now()
compileGlossary(big, az)
const build = performance.now() - buildStart
const seedSentences = toDocument(...(Object.values(processText(seed, source)) as [Root, VFile])).sentences.map((s) => matchTokens(s.text, 'az'))
const corpusSentences = batch.flatMap(() => seedSentences)
const unknown = corpusSentences.map((tokens) => tokens.filter((token) => /^\p{Ll}{6,}$/u.test(token.text) && !az.words().has(token.key)))
const matching = (g: Glossary) => {
  const compiled = compileGlossary(g, az)
  return time(() => {
    corpusSentences.forEach((tokens, index) => {
      // The lookup stage's one walk, then the entities' and the terms' choices from it.
      const candidates = compiled.matcher.lookup(tokens)
      compiled.matcher.select(tokens, candidates, LAYER.entity)
      compiled.matcher.select(tokens, candidates, LAYER.term)
      for (const token of unknown[index]!) compiled.matcher.fuzzy(token, LAYER.term)
    })
  }, 9)
}
const shipped = matching(glossary)
const large = matching(big)

const line = (label: string, value: string) => console.log(`${label.padEnd(44)} ${value}`)
console.log(`hesabat bench — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, ${os.platform()}`)
console.log(`corpus: a batch of ${COPIES} copies of the seed = ${mb(corpus).toFixed(2)} MB, ${sentenceCount} sentences`)
line('baseline (regex word split)', `${(mb(corpus) / (baseline / 1000)).toFixed(1)} MB/s`)
line('pipeline + JSON + Markdown', `${(mb(corpus) / (full / 1000)).toFixed(2)} MB/s, ${Math.round(sentenceCount / (full / 1000))} sentences/s, ×${(full / baseline).toFixed(0)} the baseline`)
line('JSON size, seed chapter / pair', `${(seedJson / Buffer.byteLength(seed)).toFixed(1)} × / ${(pairJson / (Buffer.byteLength(seed) + Buffer.byteLength(english))).toFixed(1)} × their input`)
line('word lists loaded in a new process', `az ${wordLists[0]} ms, en ${wordLists[1]} ms`)
line('pair (az + en + align) + JSON', `${(mb(pairCorpus) / (pairFull / 1000)).toFixed(2)} MB/s, ×${(pairFull / pairBaseline).toFixed(0)} the baseline over both texts (target ≤ ×20)`)
for (const [name, total] of spent) {
  const ms = total / STAGE_RUNS
  line(`  stage ${name}`, `${ms.toFixed(0)} ms (${(mb(corpus) / (ms / 1000)).toFixed(1)} MB/s, ${Math.round(sentenceCount / (ms / 1000))} sentences/s)`)
}
for (const [name, ms] of writers) line(`  writer ${name}`, `${ms.toFixed(0)} ms (${(mb(corpus) / (ms / 1000)).toFixed(1)} MB/s of input)`)
const tokens = corpusSentences.reduce((sum, list) => sum + list.length, 0)
line(`glossary matching, shipped (${glossary.entries.length} rows)`, `${shipped.toFixed(0)} ms for ${tokens} tokens`)
line(`glossary matching, synthetic (${big.entries.length} rows)`, `${large.toFixed(0)} ms (×${(large / shipped).toFixed(2)}); building its tries once: ${build.toFixed(0)} ms`)
line('peak RSS', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)

// Memory stage by stage, in a process of its own so that its peak is the document's.
execFileSync(process.execPath, [...process.execArgv, fileURLToPath(new URL('./stage-memory.ts', import.meta.url))], {stdio: 'inherit'})
