import {createHash} from 'node:crypto'
import {mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {ResultCache} from '../../pipeline/batch/cache.js'
import type {FileResult} from '../../pipeline/batch/process-file.js'

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
let folder: string | undefined
afterEach(() => folder && rmSync(folder, {recursive: true, force: true}))

/** A cache with one stored result whose output `out/a.json` holds "hello" on disk. */
async function stored(): Promise<{cache: ResultCache; target: string; key: string}> {
  folder = mkdtempSync(path.join(os.tmpdir(), 'hesabat-cache-'))
  const target = path.join(folder, 'out', 'a.json')
  mkdirSync(path.dirname(target))
  writeFileSync(target, 'hello')
  // A time in the past, so that any later write shows as a change.
  utimesSync(target, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'))
  const cache = new ResultCache(path.join(folder, 'cache'), null)
  const key = 'ab'.repeat(32)
  const result: FileResult = {input: 'a.az.txt', outputs: [], messages: [], sentences: 1, bytes: 5}
  await cache.setFromFiles(key, result, [[target, sha256('hello')]])
  return {cache, target, key}
}

describe('result cache: is an output still as written?', () => {
  it('takes an output with its recorded size and time as unchanged', async () => {
    const {cache, key} = await stored()
    expect(await cache.get(key)).toMatchObject({outputs: [], cached: true, sentences: 1})
  })

  it('restores an output edited to the same size (its time changed)', async () => {
    const {cache, target, key} = await stored()
    writeFileSync(target, 'jello')
    expect((await cache.get(key))!.outputs).toEqual([[target, 'hello']])
  })

  it('takes an output touched but not changed as unchanged after hashing it', async () => {
    const {cache, target, key} = await stored()
    utimesSync(target, new Date(), new Date())
    expect((await cache.get(key))!.outputs).toEqual([])
  })

  it('restores a deleted output', async () => {
    const {cache, target, key} = await stored()
    rmSync(target)
    expect((await cache.get(key))!.outputs).toEqual([[target, 'hello']])
  })

  it('does not read an output whose size and time are as recorded (the git index trade-off)', async () => {
    const {cache, target, key} = await stored()
    const {mtime} = statSync(target)
    // Same size, and its time set back: only a deliberate edit does this; the cache does not see it.
    writeFileSync(target, 'jello')
    utimesSync(target, mtime, mtime)
    expect((await cache.get(key))!.outputs).toEqual([])
  })
})
