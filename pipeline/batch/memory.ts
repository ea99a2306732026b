import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

/** Inputs from this size on are collected between phases. */
export const LARGE_INPUT = 1_000_000

let collect: (() => void) | undefined

/**
 * A full garbage collection, for use between the phases of a large input (after each stage, after the
 * tree is dropped). V8 lets garbage pile up while the heap has room, so without it a 5 MB file peaks at
 * about 510 MB while what it holds at any time is far less (`npm run bench` prints the peak). The
 * collector is reached the way jest's leak detector does: the flag is set, then `gc` read from a fresh
 * context.
 */
export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc')
    collect = runInNewContext('gc') as () => void
  }
  collect()
}
