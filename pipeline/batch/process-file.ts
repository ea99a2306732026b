import {UserError} from '../errors.js'
import {readBytes} from '../io/read-input.js'
import {WriteTogether, writeTogether} from '../io/write-output.js'
import {analyse} from './analyse.js'
import {ResultCache} from './cache.js'
import type {FileResult, FileTask} from './task.js'

export type {FileResult, FileTask, Message} from './task.js'

/**
 * One input, start to end, in whichever thread runs it: read, look up the cache, process, render, write,
 * store in the cache. A user mistake becomes `error`, never a throw. With `write`, each output is written
 * here piece by piece (a large document is never one string) and not sent back.
 */
export async function runTask(task: FileTask): Promise<FileResult> {
  let bytes: Buffer | undefined
  try {
    bytes = await readBytes(task.file)
    const cache = task.cache ? new ResultCache(task.cache.folder, task.cache.glossarySha) : undefined
    const key = cache ? await cache.key(task, bytes) : undefined
    const hit = cache && key && task.cache!.read ? await cache.get(key) : undefined
    if (hit) {
      return task.write ? restored(hit) : hit
    }
    const uiLang = task.uiLang ?? 'en'
    // Each document is rendered as soon as it is made, so an edition's chapters are not all held at once. The
    // outputs of one input are written together: each to a temporary file, renamed when all are done, or none.
    const together = task.write ? new WriteTogether({digest: Boolean(cache)}) : undefined
    const outputs: Array<[string, string]> = []
    let analysis: FileResult
    try {
      analysis = await analyse(task, bytes, (document, targets) => {
        for (const [target, format] of targets) outputs.push([target, together ? together.add(target, format.chunks(document, uiLang)) : format.emit(document, uiLang)])
      })
      together?.commit()
    } catch (error) {
      together?.abort()
      throw error
    }
    const result = {...analysis, targets: outputs.map(([target]) => target)}
    if (!together) {
      const full = {...result, outputs}
      if (cache && key) await cache.set(key, full)
      return full
    }
    // With `write`, outputs holds each target's sha256.
    if (cache && key) await cache.setFromFiles(key, result, outputs)
    return result
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    return {input: task.file, outputs: [], messages: [], sentences: 0, bytes: bytes?.length ?? 0, error: error.message, exitCode: error.exitCode}
  }
}

/**
 * The cached result of a task, with its outputs written when the task writes, or undefined on a miss.
 * Cheap (a read, a hash, a small JSON file), so the main thread asks before handing a task to a worker.
 */
export async function cachedResult(task: FileTask): Promise<FileResult | undefined> {
  if (!task.cache?.read) return undefined
  let bytes: Buffer
  try {
    bytes = await readBytes(task.file)
  } catch {
    return undefined
  }
  const cache = new ResultCache(task.cache.folder, task.cache.glossarySha)
  const result = await cache.get(await cache.key(task, bytes))
  if (!result || !task.write) return result
  return restored(result)
}

/** A cached result with the outputs that differ from the disk written back, all or none (a failure: the result says it). */
async function restored(result: FileResult): Promise<FileResult> {
  try {
    await writeTogether(result.outputs.map(([target, content]) => [target, [content]]), {digest: false})
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    return {...result, outputs: [], error: error.message, exitCode: error.exitCode}
  }
  return {...result, outputs: []}
}

