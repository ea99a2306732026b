import {unified} from 'unified'
import type {VFile} from 'vfile'
import {stages} from '../../pipeline/processor.js'
import {parse} from '../../pipeline/stages/parse/index.js'
import type {Root} from '../../pipeline/tree.js'

/**
 * The declared stages, each wrapped so that `done(name, ms)` hears of its own time when it has run (after
 * `done` returns, the next stage starts: collecting garbage there is not counted).
 */
export function timedProcessor(done: (name: string, ms: number) => void) {
  let processor = unified().use(parse)
  for (const [name, stage] of stages) {
    processor = processor.use(function (this: unknown) {
      const transform = (stage as unknown as () => (tree: Root, file: VFile) => void).call(this)
      return (tree: Root, file: VFile) => {
        const start = performance.now()
        transform(tree, file)
        done(name, performance.now() - start)
      }
    } as never)
  }
  return processor
}
