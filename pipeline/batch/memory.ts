import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

/** Inputs from this size on are collected between phases. */
export const LARGE_INPUT = 1_000_000

let collect: (() => void) | undefined

/**
 * A full garbage collection, for use between the phases of a large input (after processing, after the
 * tree is dropped). V8 lets garbage pile up while the heap has room, so without it a 5 MB file peaks at
 * the sum of its phases (~510 MB) instead of the largest one (~390 MB; `npm run bench`). The collector
 * is reached the way jest's leak detector does: the flag is set, then `gc` read from a fresh context.
 */
export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc')
    collect = runInNewContext('gc') as () => void
  }
  collect()
}
