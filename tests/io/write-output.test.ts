import {createHash} from 'node:crypto'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {EXIT, UserError} from '../../pipeline/errors.js'
import {temporaryFor, writeChunksAtomic, writeTogether} from '../../pipeline/io/write-output.js'

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

describe('writeTogether: all the files or none', () => {
  /** A folder with three outputs of an earlier run, and the names of what is in it. */
  const earlier = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hesabat-together-'))
    const files = ['a.json', 'a.md', 'a.html'].map((name) => path.join(dir, name))
    files.forEach((file, index) => writeFileSync(file, `old ${index}`))
    return {dir, files, listing: () => readdirSync(dir).sort()}
  }
  const fresh = (files: string[]) => files.map((file, index) => [file, [`new ${index}`]] as const)

  it('replaces every file and leaves nothing else behind', async () => {
    const {files, listing} = earlier()
    await writeTogether(fresh(files))
    expect(files.map((file) => readFileSync(file, 'utf8'))).toEqual(['new 0', 'new 1', 'new 2'])
    expect(listing()).toEqual(['a.html', 'a.json', 'a.md'])
  })

  it('a rename that fails in the middle (a folder where the second file should be): the first gets its old content back, the error names the second', async () => {
    const {dir, files, listing} = earlier()
    rmSync(files[1]!)
    mkdirSync(files[1]!)
    const failure = await writeTogether(fresh(files)).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(UserError)
    expect((failure as UserError).message).toBe(`${files[1]}: cannot write (EISDIR)`)
    expect((failure as UserError).exitCode).toBe(EXIT.output)
    expect([files[0], files[2]].map((file) => readFileSync(file!, 'utf8'))).toEqual(['old 0', 'old 2'])
    expect(listing()).toEqual(['a.html', 'a.json', 'a.md'])
    // The next run, the folder gone, succeeds.
    rmSync(files[1]!, {recursive: true})
    await writeTogether(fresh(files))
    expect(readdirSync(dir).sort()).toEqual(['a.html', 'a.json', 'a.md'])
  })

  it('the last rename failing undoes the two before it, and a file that was not there before is not there after', async () => {
    const {files, listing} = earlier()
    rmSync(files[0]!)
    rmSync(files[2]!)
    mkdirSync(files[2]!)
    await expect(writeTogether(fresh(files))).rejects.toThrow(`${files[2]}: cannot write`)
    expect(readFileSync(files[1]!, 'utf8')).toBe('old 1')
    expect(listing()).toEqual(['a.html', 'a.md'])
  })

  it('a write that fails (the temporary file cannot be made) leaves every file as it was and no temporary', async () => {
    const {files, listing} = earlier()
    mkdirSync(temporaryFor(files[2]!))
    await expect(writeTogether(fresh(files))).rejects.toThrow(`${files[2]}: cannot write`)
    rmSync(temporaryFor(files[2]!), {recursive: true})
    expect(files.map((file) => readFileSync(file, 'utf8'))).toEqual(['old 0', 'old 1', 'old 2'])
    expect(listing()).toEqual(['a.html', 'a.json', 'a.md'])
  })
})
