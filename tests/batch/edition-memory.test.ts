import {mkdtempSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it, vi} from 'vitest'
import {glossary, seedRaw} from '../support/pipeline.js'

// Counts the forced collections instead of making them.
const collections = vi.hoisted(() => ({count: 0}))
vi.mock('../../pipeline/batch/memory.js', async (original) => ({
  ...(await original<typeof import('../../pipeline/batch/memory.js')>()),
  collectGarbage: () => collections.count++
}))
const {runTask} = await import('../../pipeline/batch/process-file.js')

describe('a large edition of small chapters', () => {
  it('is not collected stage by stage: a chapter is judged by its own size, not its file’s', async () => {
    // 44 chapters, 1.1 MB: a full collection after each stage of each chapter, over a heap that holds the
    // documents of the chapters before it, made such a file quadratic (a 5 MB edition took 219 s, not 9).
    const folder = mkdtempSync(path.join(os.tmpdir(), 'hesabat-edition-'))
    const file = path.join(folder, '2022-edition.az.txt')
    writeFileSync(file, Array.from({length: 44}, () => seedRaw).join('\n\n'))
    const result = await runTask({file, out: path.join(folder, 'out'), formats: ['json'], strict: false, glossary: {folder: 'glossary', sha256: glossary.sha256}, write: false, cache: null})
    // The same country 44 times (files put together): each chapter its own outputs, the later ones numbered.
    expect(result.outputs.map(([target]) => path.basename(target))).toEqual(['2022-azerbaijan.json', ...Array.from({length: 43}, (_, k) => `2022-azerbaijan-${k + 2}.json`)])
    // Once for the file before its outputs are rendered, none per chapter or stage.
    expect(collections.count).toBeLessThanOrEqual(1)
  }, 120_000)
})
