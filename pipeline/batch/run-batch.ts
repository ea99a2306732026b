import {createRequire} from 'node:module'
import os from 'node:os'
import {pathToFileURL} from 'node:url'
import {Piscina} from 'piscina'
import {cachedResult, type FileResult, type FileTask, runTask} from './process-file.js'

export interface BatchOptions {
  /** Worker threads; 1 processes in this thread. */
  jobs: number
}

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
  const pool =
    options.jobs > 1 && tasks.length > 1
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
    return pool ? pool.run(miss) : runTask(miss)
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
