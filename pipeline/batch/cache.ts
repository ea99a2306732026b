import {createHash} from 'node:crypto'
import {copyFile, mkdir, readFile, readdir, rename, stat} from 'node:fs/promises'
import {temporaryFor, writeAtomic} from '../io/write-output.js'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {FileResult, FileTask} from './task.js'

let fingerprint: Promise<string> | undefined

/**
 * A hash of the pipeline's own files (code and language data) and of the installed dependency versions
 * (the lock file): a new version never reuses old results.
 */
export function pipelineFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    // pipeline/ (or dist/pipeline/ when compiled) and the project's lock file.
    const root = fileURLToPath(new URL('..', import.meta.url))
    const hash = createHash('sha256')
    const entries = (await readdir(root, {recursive: true, withFileTypes: true}))
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort()
    const lock = fileURLToPath(new URL(import.meta.url.includes('/dist/pipeline/') ? '../../../package-lock.json' : '../../package-lock.json', import.meta.url))
    for (const file of [...entries, lock]) {
      const bytes = await readFile(file).catch(() => Buffer.alloc(0))
      hash.update(path.relative(root, file)).update('\0').update(bytes).update('\0')
    }
    return hash.digest('hex')
  })()
  return fingerprint
}

const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex')

/**
 * An output as it was written: its path, sha256, and the size and modification time its file had then
 * (-1 when the output was not written to disk by this run).
 */
type Written = [target: string, sha256: string, size: number, mtimeMs: number]

/** A cached result: everything but the outputs' contents, which are kept beside it and read only when needed. */
interface Entry extends Omit<FileResult, 'outputs'> {
  outputs: Written[]
}

/** Size and modification time of a file, or undefined when there is none. */
const statOf = (file: string) => stat(file).then((info) => ({size: info.size, mtimeMs: info.mtimeMs}), () => undefined)

/**
 * Results of earlier runs, keyed by the input's bytes, the glossary, the pipeline version and the task's
 * settings. It lives outside output/ (default .cache/hesabat) and is safe to delete at any time.
 *
 * A hit checks that each output is still on disk as it was written. As git does for its index, an output
 * whose size and modification time are those recorded at writing is taken as unchanged without reading it
 * (outputs are some 20 times the size of their input: hashing them all was most of a rerun's time); any
 * other is hashed, and a missing or edited output is restored from the cache.
 */
export class ResultCache {
  constructor(
    private readonly folder: string,
    private readonly glossarySha: string | null
  ) {}

  async key(task: FileTask, bytes: Uint8Array): Promise<string> {
    const settings = JSON.stringify(settingsOf(task, this.glossarySha))
    const hash = createHash('sha256').update(await pipelineFingerprint()).update(settings).update(bytes)
    // A pair's outputs depend on its English edition too.
    if (task.english) hash.update('\0').update(await readFile(task.english).catch(() => Buffer.alloc(0)))
    return hash.digest('hex')
  }

  /** The cached result; `outputs` holds only the outputs that differ from what is on disk. */
  async get(key: string): Promise<FileResult | undefined> {
    let entry: Entry
    try {
      entry = JSON.parse(await readFile(this.file(key, 'json'), 'utf8')) as Entry
    } catch {
      return undefined
    }
    const outputs: Array<[string, string]> = []
    for (const [index, [target, hash, size, mtimeMs]] of entry.outputs.entries()) {
      const now = await statOf(target)
      if (now && size >= 0 && now.size === size && now.mtimeMs === mtimeMs) continue
      const current = now && (await readFile(target).catch(() => undefined))
      if (current && sha256(current) === hash) continue
      const content = await readFile(this.file(key, String(index)), 'utf8').catch(() => undefined)
      if (content === undefined || sha256(content) !== hash) return undefined
      outputs.push([target, content])
    }
    return {...entry, outputs, targets: entry.outputs.map(([target]) => target), cached: true}
  }

  async set(key: string, result: FileResult): Promise<void> {
    for (const [index, [, content]] of result.outputs.entries()) await writeAtomic(this.file(key, String(index)), content)
    await this.setEntry(key, result, result.outputs.map(([target, content]) => [target, sha256(content), -1, -1]))
  }

  /** Stores a result whose outputs were just written to disk: copies of those files become its blobs. */
  async setFromFiles(key: string, result: FileResult, written: Array<[string, string]>): Promise<void> {
    await mkdir(path.dirname(this.file(key, 'json')), {recursive: true})
    for (const [index, [target]] of written.entries()) {
      const blob = this.file(key, String(index))
      const temporary = temporaryFor(blob)
      await copyFile(target, temporary)
      await rename(temporary, blob)
    }
    const recorded: Written[] = []
    for (const [target, hash] of written) {
      const now = await statOf(target)
      recorded.push([target, hash, now?.size ?? -1, now?.mtimeMs ?? -1])
    }
    await this.setEntry(key, result, recorded)
  }

  /** The entry itself, last, so that a reader never finds an entry whose blobs are not there yet. */
  private async setEntry(key: string, result: FileResult, outputs: Written[]): Promise<void> {
    const entry: Entry = {...result, outputs}
    delete entry.cached
    await writeAtomic(this.file(key, 'json'), JSON.stringify(entry))
  }

  private file(key: string, part: string): string {
    return path.join(this.folder, key.slice(0, 2), `${key}.${part}`)
  }
}

/**
 * Every setting of a task that can change an output, by construction: the whole task but how it is carried out
 * (written or returned, cached or not) and the glossary's folder (its content's hash stands for it). A setting
 * added to FileTask enters the key without being listed here. Keys sorted, absent ones left out, so the same
 * settings give the same key.
 */
export function settingsOf(task: FileTask, glossarySha: string | null): Record<string, unknown> {
  const {write: _write, cache: _cache, glossary: _glossary, ...settings} = task
  const entries = Object.entries({...settings, glossary: glossarySha}).filter(([, value]) => value !== undefined)
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
