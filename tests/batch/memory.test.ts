import {describe, expect, it} from 'vitest'
import {collectGarbage} from '../../pipeline/batch/memory.js'
import {processText, stages} from '../../pipeline/processor.js'
import {glossary, seedRaw} from '../support/pipeline.js'

const source = {path: 'input/2022-azerbaijan.az.txt', sha256: '0'.repeat(64), language: 'az', year: 2022}

describe('garbage collection between stages (large inputs)', () => {
  it('runs the hook once after every stage and changes nothing in the result', () => {
    let calls = 0
    const hooked = processText(seedRaw, source, undefined, {afterEachStage: () => calls++})
    const plain = processText(seedRaw, source)
    expect(calls).toBe(stages.length)
    expect(JSON.stringify(hooked.tree)).toBe(JSON.stringify(plain.tree))
    expect(hooked.file.messages.map(String)).toEqual(plain.file.messages.map(String))
  })

  it('reaches the collector without the --expose-gc flag, and frees what is no longer referenced', () => {
    let garbage: number[][] | undefined = Array.from({length: 200}, () => Array.from({length: 10_000}, (_, i) => i))
    collectGarbage()
    const before = process.memoryUsage().heapUsed
    garbage = undefined
    collectGarbage()
    expect(garbage).toBeUndefined()
    expect(process.memoryUsage().heapUsed).toBeLessThan(before - 10e6)
  })
})

describe('a batch holds nothing from the files it has done', () => {
  it('live heap after 40 files is what it was after 10', async () => {
    const {mkdtempSync, writeFileSync} = await import('node:fs')
    const os = await import('node:os')
    const path = await import('node:path')
    const {runTask} = await import('../../pipeline/batch/process-file.js')
    const folder = mkdtempSync(path.join(os.tmpdir(), 'hesabat-leak-'))
    const task = (index: number) => {
      // Every file different (its own figures and words), as in a real batch.
      const file = path.join(folder, `${2000 + index}-azerbaijan.az.txt`)
      writeFileSync(file, seedRaw.replace('2-ci səviyyəyə', `${index}-cü səviyyəyə`).replaceAll('Hökumət', `Hökumət${index % 7 === 0 ? 'x' : ''}`))
      return {file, out: path.join(folder, 'out'), formats: ['json', 'md', 'csv'], strict: false, glossary: {folder: 'glossary', sha256: glossary.sha256}, write: true, cache: null}
    }
    const heap = () => {
      collectGarbage()
      return process.memoryUsage().heapUsed
    }
    for (let i = 0; i < 10; i++) await runTask(task(i))
    const after10 = heap()
    for (let i = 10; i < 40; i++) await runTask(task(i))
    const after40 = heap()
    expect(after40 - after10).toBeLessThan(3e6)
  }, 60_000)
})
