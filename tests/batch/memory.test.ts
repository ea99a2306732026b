import {describe, expect, it} from 'vitest'
import {collectGarbage} from '../../pipeline/batch/memory.js'
import {processText, stages} from '../../pipeline/processor.js'
import {seedRaw} from '../support/pipeline.js'

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
