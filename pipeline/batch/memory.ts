import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

/** Inputs from this size on are collected between phases. */
const LARGE_INPUT = 1_000_000

/** Is a text (a document, or one chapter of an edition) of this length large enough to collect garbage between its phases? */
export const isLargeText = (length: number) => length >= LARGE_INPUT

let collect: (() => void) | undefined

/**
 * A full garbage collection, for use between the phases of a large input (after each stage, after the
 * tree is dropped). V8 lets garbage pile up while the heap has room, so without it a large file peaks at
 * the sum of its phases' garbage, far above what it holds at any time (`npm run bench` prints the peak
 * of a 5 MB file, stage by stage and through the CLI). The
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
