import {createRequire} from 'node:module'
import os from 'node:os'
import {pathToFileURL} from 'node:url'
import {Piscina} from 'piscina'
import {readBytes} from '../io/read-input.js'
import {UserError} from '../errors.js'
import type {ResultCache} from './cache.js'
import {type FileResult, type FileTask, processFile} from './process-file.js'

export interface BatchOptions {
  /** Worker threads; 1 processes in this thread. */
  jobs: number
  /** Where results are looked up and stored. */
  cache?: ResultCache
  /** Where results are only stored (--force: ignore what is there, refresh it). */
  refresh?: ResultCache
}

export const defaultJobs = () => Math.max(1, os.availableParallelism?.() ?? os.cpus().length)

/**
 * Processes tasks, `jobs` at a time, and yields their results in the order of the tasks, so that what
 * is printed and written does not depend on which worker finishes first. Results come from the cache
 * when the input, glossary, pipeline and settings are unchanged.
 */
export async function* runBatch(tasks: readonly FileTask[], options: BatchOptions): AsyncGenerator<FileResult> {
  const pool =
    options.jobs > 1 && tasks.length > 1
      ? new Piscina({
          filename: new URL('./worker.ts', import.meta.url).href,
          maxThreads: options.jobs,
          minThreads: 1,
          // The workers load the TypeScript sources the way the CLI does (resolved here, not from the cwd).
          execArgv: ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href]
        })
      : undefined
  // A worker that fails to start rejects its task; the pool's own error event must not end the process.
  pool?.on('error', () => undefined)
  const one = async (task: FileTask): Promise<FileResult> => {
    const cache = options.cache ?? options.refresh
    let key: string | undefined
    if (cache) {
      let bytes: Buffer
      try {
        bytes = await readBytes(task.file)
      } catch (error) {
        if (!(error instanceof UserError)) throw error
        return {input: task.file, outputs: [], messages: [], sentences: 0, bytes: 0, error: error.message}
      }
      key = await cache.key(task, bytes)
      const hit = options.cache ? await cache.get(key) : undefined
      if (hit) return hit
    }
    const result: FileResult = pool ? await pool.run(task) : await processFile(task)
    if (cache && key && !result.error) await cache.set(key, result)
    return result
  }
  try {
    // A window of tasks in flight: enough to keep every worker busy, small enough to bound memory.
    const window = Math.max(2, options.jobs * 2)
    const running: Array<Promise<FileResult>> = []
    let next = 0
    while (next < tasks.length || running.length > 0) {
      while (next < tasks.length && running.length < window) running.push(one(tasks[next++]!))
      yield await running.shift()!
    }
  } finally {
    await pool?.destroy()
  }
}
