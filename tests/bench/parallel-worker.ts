// A piscina worker for the bench's two-thread measurement: the in-memory pipeline over the seed, `count` times.
// No top-level await: piscina loads a worker with require() first, which tsx serves in a worker thread.
import {readFileSync} from 'node:fs'
import {formats, toDocument} from '../../pipeline/emit/index.js'
import {type Glossary, loadGlossary} from '../../pipeline/glossary/index.js'
import {processText} from '../../pipeline/processor.js'

const seed = readFileSync(new URL('../../input/2022-azerbaijan.az.txt', import.meta.url), 'utf8')
const source = {path: 'bench.az.txt', sha256: '0'.repeat(64), language: 'az', year: 2022}

const once = (glossary: Glossary) => {
  const {tree, file} = processText(seed, source, glossary)
  const document = toDocument(tree, file)
  formats.json!.emit(document)
  formats.md!.emit(document)
}

/** Milliseconds per chapter over `count` chapters, after a warm-up. */
export default async function ({count}: {count: number}): Promise<number> {
  const glossary = await loadGlossary(new URL('../../glossary', import.meta.url).pathname, {required: true})
  for (let i = 0; i < 5; i++) once(glossary)
  const start = performance.now()
  for (let i = 0; i < count; i++) once(glossary)
  return (performance.now() - start) / count
}
