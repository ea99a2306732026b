import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {LAYER} from '../../pipeline/glossary/index.js'
import {processText} from '../../pipeline/processor.js'
import type {Heading, Root, Sentence, Title} from '../../pipeline/tree.js'
import {glossary, SEED_PATH, seedRaw} from '../support/pipeline.js'

const source = {path: SEED_PATH, sha256: '0'.repeat(64), language: 'az', year: 2022}
const withLookup = (tree: Root) => {
  const nodes: Array<Sentence | Heading | Title> = []
  visit(tree, (node) => node.type === 'sentence' || node.type === 'heading' || node.type === 'title', (node) => void nodes.push(node as Sentence))
  return nodes
}

describe('lookup', () => {
  it('gives every sentence, heading and the title what the glossary holds at its tokens, in all layers', () => {
    const nodes = withLookup(processText(seedRaw, source, glossary, {keepTokens: true}).tree)
    expect(new Set(nodes.map((node) => node.type))).toEqual(new Set(['sentence', 'heading', 'title']))
    for (const node of nodes) {
      expect(node.data.lookup, node.value).toBeDefined()
      // Each candidate lies within the node's tokens, and they come in order of their first token.
      for (const [at, candidate] of node.data.lookup!.entries()) {
        expect(candidate.first).toBeLessThanOrEqual(candidate.last)
        expect(candidate.last).toBeLessThan(node.data.tokens!.length)
        if (at > 0) expect(candidate.first).toBeGreaterThanOrEqual(node.data.lookup![at - 1]!.first)
      }
    }
    const title = nodes.find((node) => node.type === 'title')!
    expect(title.data.lookup!.filter((candidate) => candidate.layers & LAYER.entity).map((candidate) => candidate.entry.id)).toContain('gpe.azerbaijan')
    const layers = nodes.flatMap((node) => node.data.lookup!).reduce((all, candidate) => all | candidate.layers, 0)
    expect(layers).toBe(LAYER.entity | LAYER.term | LAYER.verb)
  })

  it('is dropped with the tokens once the stages are done, unless they are kept', () => {
    const nodes = withLookup(processText(seedRaw, source, glossary).tree)
    expect(nodes.length).toBeGreaterThan(100)
    for (const node of nodes) expect([node.data.tokens, node.data.lookup]).toEqual([undefined, undefined])
  })

  it('looks nothing up without a glossary', () => {
    const nodes = withLookup(processText(seedRaw, source, undefined, {keepTokens: true}).tree)
    for (const node of nodes) expect(node.data.lookup).toBeUndefined()
  })
})
