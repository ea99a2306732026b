import {createHash} from 'node:crypto'
import {closeSync, copyFileSync, linkSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync} from 'node:fs'
import path from 'node:path'
import {threadId} from 'node:worker_threads'
import {EXIT, UserError} from '../errors.js'

/** Bytes gathered before a write. */
const WRITE_SIZE = 1 << 20
/** The encoding buffer, reused by every write of this thread. */
let buffer: Buffer | undefined

/** A temporary name beside `file`, unique to this process and thread, so no two writers ever share one. */
export function temporaryFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${threadId}.tmp`)
}

/**
 * Removes the temporary files this process left in `folder` (and the old copies a commit keeps beside them): those
 * of a worker stopped halfway. Only once no writer of this process is at work.
 */
export function removeTemporaries(folder: string): void {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return
  }
  const ours = new RegExp(`^\\..+\\.${process.pid}-\\d+\\.tmp(?:\\.old)?$`, 'u')
  for (const name of names) if (ours.test(name)) rmSync(path.join(folder, name), {force: true})
}

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export async function writeAtomic(file: string, content: string): Promise<void> {
  await writeChunksAtomic(file, [content], {digest: false})
}

/**
 * Writes text given in pieces through a temporary file and a rename, never holding it whole; returns
 * the sha256 of what was written (or '' with `digest: false`, when nobody needs it).
 *
 * The file system calls are synchronous: a worker thread has nothing else to do meanwhile, and each
 * asynchronous call would be a round trip through libuv's thread pool.
 */
export async function writeChunksAtomic(file: string, chunks: Iterable<string>, options: {digest?: boolean} = {}): Promise<string> {
  const [digest] = await writeTogether([[file, chunks]], options)
  return digest!
}

/**
 * Writes several files as one: each through its temporary file, and the renames only once every one of
 * them is complete, so a failure leaves none of them half written (one input that holds several chapters
 * gives several outputs). Returns the sha256 of each (or '' with `digest: false`).
 */
export async function writeTogether(files: ReadonlyArray<readonly [string, Iterable<string>]>, options: {digest?: boolean} = {}): Promise<string[]> {
  const together = new WriteTogether(options)
  const digests = files.map(([file, chunks]) => together.add(file, chunks))
  together.commit()
  return digests
}

/**
 * Files written as one, added one at a time: each goes to its temporary file when it is added (so an edition's
 * chapters need not all be held until the end), and `commit` renames them all; a failure, or `abort`, removes
 * the temporaries and leaves every target as it was.
 */
export class WriteTogether {
  private readonly written: Array<[string, string]> = []
  private readonly options: {digest?: boolean}

  constructor(options: {digest?: boolean} = {}) {
    this.options = options
  }

  /** Writes one file's pieces to its temporary file; its sha256, or '' with `digest: false`. */
  add(file: string, chunks: Iterable<string>): string {
    const temporary = temporaryFor(file)
    this.written.push([temporary, file])
    try {
      return writeTemporary(temporary, file, chunks, this.options)
    } catch (error) {
      this.abort()
      throw error
    }
  }

  /**
   * Renames every temporary file to its target, all or none: each target there is is kept under a second name
   * (a hard link, or a copy where the file system has none) until every rename is done; when one fails, the
   * targets renamed before it get their old content back (or go, where there was none), and the error names the
   * file that failed.
   */
  commit(): void {
    const kept: Array<string | null> = []
    const done: number[] = []
    let failed = -1
    try {
      this.written.forEach(([, file], index) => {
        failed = index
        kept.push(keepOld(file))
      })
      this.written.forEach(([temporary, file], index) => {
        failed = index
        renameSync(temporary, file)
        done.push(index)
      })
    } catch (error) {
      for (const index of done) {
        const old = kept[index]
        const file = this.written[index]![1]
        if (old) renameSync(old, file)
        else rmSync(file, {force: true})
      }
      for (const old of kept) if (old) rmSync(old, {force: true})
      this.abort()
      const file = this.written[Math.max(0, failed)]![1]
      throw new UserError(`${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? error})`, EXIT.output)
    }
    for (const old of kept) if (old) rmSync(old, {force: true})
  }

  /** Removes the temporary files; never throws (it runs on the way out of a failure, whose error is the one to tell). */
  abort(): void {
    for (const [temporary] of this.written) {
      try {
        rmSync(temporary, {force: true})
      } catch {
        // Not a file of ours (a folder in its place): left as it is.
      }
    }
  }
}

/** The target's content kept under a second name beside it (null: no such file yet), for a commit that must undo. */
function keepOld(file: string): string | null {
  const old = `${temporaryFor(file)}.old`
  rmSync(old, {force: true})
  try {
    linkSync(file, old)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return null
    // A folder where the file should be: the rename will fail and name it; there is nothing to keep.
    if (code === 'EPERM' || code === 'EISDIR') return null
    copyFileSync(file, old)
  }
  return old
}

/** One file's pieces into its temporary file; the sha256 of what was written, or ''. */
function writeTemporary(temporary: string, file: string, chunks: Iterable<string>, options: {digest?: boolean}): string {
  const hash = options.digest === false ? undefined : createHash('sha256')
  try {
    mkdirSync(path.dirname(file), {recursive: true})
    const handle = openSync(temporary, 'w')
    try {
      // Pieces are encoded into one reused buffer and written about a megabyte at a time: one write per
      // piece would be slow, and joining pieces into big strings would leave large garbage behind.
      buffer ??= Buffer.allocUnsafe(WRITE_SIZE)
      let used = 0
      const write = (bytes: Buffer) => {
        hash?.update(bytes)
        for (let at = 0; at < bytes.length; ) at += writeSync(handle, bytes, at)
      }
      for (const chunk of chunks) {
        // A UTF-16 unit takes at most three bytes in UTF-8.
        if (chunk.length * 3 > WRITE_SIZE - used && used > 0) {
          write(buffer.subarray(0, used))
          used = 0
        }
        if (chunk.length * 3 > WRITE_SIZE) write(Buffer.from(chunk, 'utf8'))
        else used += buffer.write(chunk, used, 'utf8')
      }
      if (used > 0) write(buffer.subarray(0, used))
    } finally {
      closeSync(handle)
    }
    return hash?.digest('hex') ?? ''
  } catch (error) {
    throw new UserError(`${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? error})`, EXIT.output)
  }
}
