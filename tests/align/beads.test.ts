import {describe, expect, it} from 'vitest'
import {type Anchors, anchorsOf, anchorWeights, compare, merged} from '../../pipeline/align/anchors.js'
import {processText} from '../../pipeline/processor.js'
import type {Section} from '../../pipeline/tree.js'
import {glossary} from '../support/pipeline.js'
import {alignUnits, defaults, type Unit} from '../../pipeline/align/beads.js'
import {classicCost, delta, lengthCost, lengthProbability, normalCdf, prior} from '../../pipeline/align/gale-church.js'

const unit = (length: number, ...keys: string[]): Unit => ({length, anchors: new Map(keys.map((key) => [key, 1])) as Anchors})
const shapes = (source: Unit[], target: Unit[]) => {
  const weights = anchorWeights([...source, ...target].map((item) => item.anchors))
  return alignUnits(source, target, {...defaults, weights}).map((bead) => `${bead.source[1] - bead.source[0]}-${bead.target[1] - bead.target[0]}`)
}

describe('Gale–Church length evidence', () => {
  it('normal distribution and δ', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6)
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 3)
    expect(normalCdf(-1.96)).toBeCloseTo(0.025, 3)
    expect(delta(100, 100, 1)).toBe(0)
    expect(lengthProbability(100, 100, 1)).toBeCloseTo(1, 6)
    expect(lengthProbability(100, 160, 1)).toBeLessThan(lengthProbability(100, 120, 1))
  })

  it('δ scales the expected length by the ratio and the spread by the mean of both sides', () => {
    // (150 − 2·100) / √(6.8 · (100 + 150/2) / 2)
    expect(delta(100, 150, 2)).toBeCloseTo(-50 / Math.sqrt(6.8 * 87.5), 10)
    expect(delta(0, 0, 1)).toBe(0)
    expect(prior([1, 1])).toBe(0.89)
    expect(prior([2, 2])).toBe(0.0045)
  })

  it('the baseline’s classic cost charges an omission for its length too; hesabat’s does not', () => {
    expect(classicCost([1, 0], 80, 0, 1)).toBeGreaterThan(lengthCost([1, 0], 80, 0, 1))
    expect(classicCost([1, 1], 100, 100, 1)).toBeCloseTo(lengthCost([1, 1], 100, 100, 1), 10)
    expect(classicCost([1, 0], 100_000, 0, 1)).toBeCloseTo(-Math.log(0.005) + 12, 10)
  })

  it('a 1-1 bead of like lengths costs less than a 2-1 bead of like lengths, and an omission costs its prior only', () => {
    expect(lengthCost([1, 1], 100, 100, 1)).toBeLessThan(lengthCost([2, 1], 100, 100, 1))
    expect(lengthCost([1, 0], 500, 0, 1)).toBeCloseTo(-Math.log(0.005), 6)
  })
})

describe('anchors', () => {
  it('a rare anchor weighs more than one that most sentences share (a year, a common term)', () => {
    const all: Anchors[] = Array.from({length: 20}, (_, index) => new Map([['n:2021', 1], ...(index === 3 ? [['n:4506', 1] as [string, number]] : [])]))
    const weights = anchorWeights(all)
    expect(weights.get('n:4506')!).toBeGreaterThan(5 * weights.get('n:2021')!)
  })

  it('counts a shared anchor as often as the side with fewer has it, and lists shared keys strongest first', () => {
    const weights = new Map([['n:16', 2], ['t:t.victim', 0.5], ['e:org.mia', 1]])
    const match = compare(new Map([['n:16', 2], ['t:t.victim', 1]]), new Map([['n:16', 1], ['e:org.mia', 1], ['t:t.victim', 1]]), weights)
    expect(match.shared).toBe(2 + 0.5)
    // Source 2·2 + 0.5, target 2 + 1 + 0.5, less twice the shared weight.
    expect(match.unshared).toBe(4.5 + 3.5 - 2 * 2.5)
    expect(match.keys).toEqual(['n:16', 't:t.victim'])
  })
})

describe('beads by dynamic programming', () => {
  it('pairs like sentences 1-1', () => {
    expect(shapes([unit(100, 'a'), unit(80, 'b'), unit(120, 'c')], [unit(105, 'a'), unit(85, 'b'), unit(110, 'c')])).toEqual(['1-1', '1-1', '1-1'])
  })

  it('merges two sentences whose anchors and lengths the one translation holds (2-1), and splits the other way (1-2)', () => {
    expect(shapes([unit(100, 'a'), unit(60, 'b'), unit(90, 'x'), unit(90, 'c')], [unit(100, 'a'), unit(150, 'b', 'x'), unit(95, 'c')])).toEqual(['1-1', '2-1', '1-1'])
    expect(shapes([unit(100, 'a'), unit(150, 'b', 'x'), unit(95, 'c')], [unit(100, 'a'), unit(60, 'b'), unit(90, 'x'), unit(90, 'c')])).toEqual(['1-1', '1-2', '1-1'])
  })

  it('leaves a sentence untranslated (1-0, 0-1) when its anchors say so, however short, or its length alone when long', () => {
    const around = (i: number) => unit(80 + ((i * 29) % 60), `k${i}`)
    const before = Array.from({length: 6}, (_, i) => around(i))
    const after = Array.from({length: 6}, (_, i) => around(i + 6))
    const expected = [...before.map(() => '1-1'), '1-0', ...after.map(() => '1-1')]
    // A short sentence with a figure, a name and a term the translation lacks.
    expect(shapes([...before, unit(40, 'n:7', 'e:x', 't:y'), ...after], [...before, ...after])).toEqual(expected)
    expect(shapes([...before, ...after], [...before, unit(40, 'n:7', 'e:x', 't:y'), ...after])).toEqual(expected.map((shape) => (shape === '1-0' ? '0-1' : shape)))
    // Without anchors a long one is still left out; a short one is merged into a neighbour (length cannot tell).
    expect(shapes([...before, unit(150), ...after], [...before, ...after])).toEqual(expected)
    expect(shapes([...before, unit(40), ...after], [...before, ...after])).toContain('2-1')
  })

  it('never refuses: very different sides still give beads that cover every sentence once, in order', () => {
    const source = Array.from({length: 12}, (_, i) => unit(100, `k${i}`))
    const target = Array.from({length: 60}, (_, i) => unit(20 + (i % 7), `k${Math.floor(i / 5)}`))
    const weights = anchorWeights([...source, ...target].map((item) => item.anchors))
    const beads = alignUnits(source, target, {...defaults, weights})
    let i = 0
    let j = 0
    for (const bead of beads) {
      expect(bead.source[0]).toBe(i)
      expect(bead.target[0]).toBe(j)
      i = bead.source[1]
      j = bead.target[1]
    }
    expect([i, j]).toEqual([12, 60])
    expect(alignUnits([], [unit(10)], {...defaults, weights}).map((bead) => bead.target)).toEqual([[0, 1]])
  })

  it('aligns a long pair inside the band: 3,000 sentences a side, each in exactly one bead', () => {
    const source = Array.from({length: 3000}, (_, i) => unit(60 + ((i * 37) % 90), `n${i % 211}`))
    const target = source.map((item) => unit(Math.round(item.length * 1.1), ...item.anchors.keys()))
    const weights = anchorWeights([...source, ...target].map((item) => item.anchors))
    const beads = alignUnits(source, target, {...defaults, weights})
    expect(beads.filter((bead) => bead.source[1] - bead.source[0] === 1 && bead.target[1] - bead.target[0] === 1)).toHaveLength(3000)
  })
})

describe('anchors of a sentence', () => {
  it('figures by value (ranges give both ends, years and articles their text), names, terms, verbs, Latin capitals, brackets and quotes', () => {
    const {tree, file} = processText(
      'In 2021, the MIA (GRETA, UN) identified 83 victims under “Article 144-1” for five to 10 years during the 2020-2024 plan; one victim, 1 NGO.',
      {path: 'x.en.txt', sha256: '', language: 'en', year: 2022},
      glossary,
      {keepTokens: true}
    )
    const sentence = (tree.children[0] as Section).children.flatMap((child) => (child.type === 'paragraph' ? child.children : []))[0]!
    const anchors = Object.fromEntries(anchorsOf(sentence))
    expect(anchors).toMatchObject({'n:2021': 1, 'n:83': 1, 'n:144-1': 1, 'n:5': 1, 'n:10': 1, 'n:2020-2024': 1, 'n:1': 1, 'e:org.mia': 1, 'x:MIA': 1, 'x:GRETA': 1, 'p:(': 1, 'p:"': 2, 'v:v.identify': 1})
    // "one" in words is as often no figure: only the digit 1 counts; two capitals (UN) are too short to trust.
    expect(anchors['n:1']).toBe(1)
    expect(anchors['x:UN']).toBeUndefined()
    expect(Object.keys(anchors).filter((key) => key.startsWith('t:'))).toEqual(expect.arrayContaining(['t:t.victim']))
    expect(file.messages.filter((message) => message.fatal)).toEqual([])
  })

  it('weighs an anchor by its rarity (brackets and quotes a quarter), and lists shared keys by weight, then by name', () => {
    const weights = anchorWeights([new Map([['n:5', 1], ['p:(', 1]]), new Map([['n:5', 1]]), new Map([['t:a', 1]])])
    expect(weights.get('n:5')).toBeCloseTo(Math.log(4 / 2.5), 10)
    expect(weights.get('t:a')).toBeCloseTo(Math.log(4 / 1.5), 10)
    expect(weights.get('p:(')).toBeCloseTo(Math.log(4 / 1.5) * 0.25, 10)
    // A key in every sentence keeps a floor weight.
    const everywhere = anchorWeights(Array.from({length: 9}, () => new Map([['n:1', 1]])))
    expect(everywhere.get('n:1')).toBe(0.1)
    const match = compare(new Map([['b', 3], ['a', 1], ['c', 1]]), new Map([['b', 2], ['a', 1], ['c', 1]]), new Map([['a', 1], ['b', 1], ['c', 2]]))
    expect(match.keys).toEqual(['c', 'a', 'b'])
    expect(match.shared).toBe(2 + 1 + 2)
    expect(merged([new Map([['a', 1]]), new Map([['a', 2], ['b', 1]])])).toEqual(new Map([['a', 3], ['b', 1]]))
  })
})
