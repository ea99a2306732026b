import {createRequire} from 'node:module'
import os from 'node:os'
import {pathToFileURL} from 'node:url'
import {Piscina} from 'piscina'
import {EXIT} from '../errors.js'
import {removeTemporaries} from '../io/write-output.js'
import {cachedResult, type FileResult, type FileTask, runTask} from './process-file.js'

export interface BatchOptions {
  /** Worker threads; 1 processes in this thread (unless a time limit is given). */
  jobs: number
  /** Seconds an input may run in its worker before it is stopped and reported; given, inputs always run in workers. */
  timeLimit?: number
}

/** The time limit of an input in a worker when none is given: far past any real chapter (a 20 MB edition takes under a minute). */
export const DEFAULT_TIME_LIMIT = 600

const fromSources = import.meta.url.endsWith('.ts')
/** A worker's young generation, MB (three semi-spaces of 32 MB). */
const YOUNG_GENERATION_MB = 96

export const defaultJobs = () => Math.max(1, os.availableParallelism?.() ?? os.cpus().length)

/**
 * Runs tasks, `jobs` at a time, and yields their results in the order of the tasks, so that what is
 * printed does not depend on which worker finishes first (what is written never does: each output is its
 * own file).
 */
export async function* runBatch(tasks: readonly FileTask[], options: BatchOptions): AsyncGenerator<FileResult> {
  // Only a worker can be stopped: a time limit given puts even one input in one.
  const pooled = (options.jobs > 1 && tasks.length > 1) || options.timeLimit !== undefined
  const limit = pooled ? (options.timeLimit ?? DEFAULT_TIME_LIMIT) : undefined
  const pool = pooled
      ? new Piscina({
          // The worker runs as this module does: compiled (dist/) or from the sources through tsx (resolved
          // here, not from the cwd).
          filename: new URL(fromSources ? './worker.ts' : './worker.js', import.meta.url).href,
          maxThreads: options.jobs,
          // Workers live for the whole batch: below minThreads piscina stops a worker the moment it is idle
          // (its idleTimeout is 0), and a new one loads the language data and warms up again (~0.4 s).
          minThreads: options.jobs,
          // A larger young generation (V8's default for a worker is small): each chapter makes a great deal of
          // short-lived garbage, and fewer scavenges promote less of it. Measured on noisy chapters in a worker:
          // ×1.2 the throughput (tests/bench/README.md).
          resourceLimits: {maxYoungGenerationSizeMb: YOUNG_GENERATION_MB},
          execArgv: fromSources ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : []
        })
      : undefined
  // A worker that fails to start rejects its task; the pool's own error event must not end the process.
  pool?.on('error', () => undefined)
  // Unchanged inputs are answered here from the cache; only the others go to a worker (which stores them).
  const one = async (task: FileTask): Promise<FileResult> => {
    const hit = await cachedResult(task)
    if (hit) return hit
    const miss = task.cache ? {...task, cache: {...task.cache, read: false}} : task
    if (!pool) return runTask(miss)
    try {
      return (await pool.run(miss, {signal: AbortSignal.timeout(limit! * 1000)})) as FileResult
    } catch (error) {
      // Piscina stops the worker and starts another; what the input had begun to write is cleared after the batch.
      if ((error as Error).name !== 'AbortError') throw error
      return {input: task.file, outputs: [], messages: [], sentences: 0, bytes: 0, error: `${task.file}: took longer than ${limit} s and was stopped; nothing of it was written (give it more with --time-limit)`, exitCode: EXIT.input}
    }
  }
  try {
    // A window of tasks in flight: enough to keep every worker busy, small enough to bound memory. With a time
    // limit, no more than the workers: an input's time runs from when it is handed over, never while it waits.
    const window = limit === undefined ? Math.max(2, options.jobs * 2) : Math.max(1, options.jobs)
    const running: Array<Promise<FileResult>> = []
    let next = 0
    while (next < tasks.length || running.length > 0) {
      while (next < tasks.length && running.length < window) running.push(one(tasks[next++]!))
      yield await running.shift()!
    }
  } finally {
    await pool?.destroy()
    // A stopped input may have left its temporary files (this process's); every worker is gone now.
    if (pool) for (const folder of new Set(tasks.map((task) => task.out))) removeTemporaries(folder)
  }
}
