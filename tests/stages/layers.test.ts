import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {az} from '../../pipeline/lang/az/index.js'
import {parse} from '../../pipeline/stages/parse/index.js'
import {stages} from '../../pipeline/processor.js'
import type {Root} from '../../pipeline/tree.js'
import {glossary} from '../support/pipeline.js'

/** The stages in the order processor.ts declares, less one: what a stage list out of order does. */
function runWithout(left: string): () => void {
  return () => {
    const file = new VFile({path: 'x.az.txt', value: 'AZƏRBAYCAN (Səviyyə 2)\n\nHökumət qurbanlara sığınacaq verib.\n', data: {source: {path: 'x.az.txt', sha256: '', language: 'az', year: 2022}, lang: az, strict: false, correct: true, glossary, removed: []}})
    const processor = unified().use(parse)
    for (const [name, stage] of stages) if (name !== left) processor.use(stage)
    processor.runSync(processor.parse(file), file) as Root
  }
}

describe('a stage whose layer is missing says so, and redoes nothing quietly', () => {
  it('without the tokens stage, the first stage that reads tokens names it', () => {
    expect(runWithout('tokens')).toThrow('lookup: the tree has no tokens; the tokens stage runs before it (processor.ts)')
  })

  it('without the lookup stage, the entities stage names it', () => {
    expect(runWithout('lookup')).toThrow('entities: the tree has no glossary lookup; the lookup stage runs before it (processor.ts)')
  })

  it('with every stage, nothing is missing', () => {
    expect(runWithout('none')).not.toThrow()
  })
})
