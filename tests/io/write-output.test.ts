import {createHash} from 'node:crypto'
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeChunksAtomic} from '../../pipeline/io/write-output.js'

describe('writeChunksAtomic', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'hesabat-write-'))

  it('writes exactly the pieces joined, whatever their sizes and letters, and returns their sha256', async () => {
    // Many small pieces with 2- and 3-byte letters (buffered), then pieces larger than the write buffer.
    const pieces = [
      ...Array.from({length: 50_000}, (_, i) => `Azərbaycan ${i} “şübhəli” 𝑥\n`),
      'ə'.repeat(700_000),
      'x',
      '€'.repeat(400_000),
      ''
    ]
    const target = path.join(folder, 'out.md')
    const sha = await writeChunksAtomic(target, pieces)
    const expected = pieces.join('')
    expect(readFileSync(target, 'utf8')).toBe(expected)
    expect(sha).toBe(createHash('sha256').update(expected, 'utf8').digest('hex'))
    expect(readdirSync(folder)).toEqual(['out.md'])
  })

  it('writes an empty file from no pieces', async () => {
    const target = path.join(folder, 'empty.json')
    await writeChunksAtomic(target, [])
    expect(readFileSync(target, 'utf8')).toBe('')
  })
})
