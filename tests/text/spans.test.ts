import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {firstComeSpans, overlapping, type Span} from '../../pipeline/text/spans.js'

/** Ordered, non-overlapping spans from cut points: each pair of neighbours is a span, every other pair kept. */
const ordered = (cuts: number[], keep: boolean[]): Span[] => {
  const points = [...new Set(cuts)].sort((a, b) => a - b)
  const spans: Span[] = []
  for (let i = 0; i + 1 < points.length; i++) if (keep[i % keep.length]) spans.push({start: points[i]!, end: points[i + 1]!})
  return spans
}

describe('overlapping', () => {
  it('marks the tokens a span touches, and only those', () => {
    const tokens = [{start: 0, end: 5}, {start: 6, end: 10}, {start: 11, end: 14}, {start: 15, end: 20}]
    expect([...overlapping(tokens, [{start: 6, end: 14}])]).toEqual([0, 1, 1, 0])
    // Touching ends do not overlap: [0, 5) and [5, 6) share no character.
    expect([...overlapping(tokens, [{start: 5, end: 6}, {start: 19, end: 25}])]).toEqual([0, 0, 0, 1])
    expect([...overlapping(tokens, [])]).toEqual([0, 0, 0, 0])
  })

  it('agrees with comparing every token with every span', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(200), {maxLength: 40}),
        fc.array(fc.boolean(), {minLength: 1, maxLength: 5}),
        fc.array(fc.nat(200), {maxLength: 20}),
        fc.array(fc.boolean(), {minLength: 1, maxLength: 5}),
        (tokenCuts, tokenKeep, spanCuts, spanKeep) => {
          const tokens = ordered(tokenCuts, tokenKeep)
          const spans = ordered(spanCuts, spanKeep)
          const slow = tokens.map((token) => (spans.some((span) => token.start < span.end && span.start < token.end) ? 1 : 0))
          expect([...overlapping(tokens, spans)]).toEqual(slow)
        }
      )
    )
  })
})

describe('firstComeSpans', () => {
  it('keeps a span of a later layer only where no span chosen before it overlaps, and gives them in order of start', () => {
    const names = [{start: 10, end: 30, id: 'name'}]
    const figures = [{start: 0, end: 4, id: 'before'}, {start: 12, end: 16, id: 'inside the name'}, {start: 29, end: 33, id: 'across its end'}, {start: 30, end: 34, id: 'touching its end'}]
    const terms = [{start: 2, end: 8, id: 'over a figure'}, {start: 35, end: 40, id: 'free'}]
    const chosen = firstComeSpans(50, [names, figures, terms])
    expect(chosen.map((span) => span.id)).toEqual(['before', 'name', 'touching its end', 'free'])
  })

  it('within one layer, the first of two overlapping spans wins', () => {
    expect(firstComeSpans(10, [[{start: 3, end: 6}, {start: 5, end: 9}, {start: 0, end: 3}]])).toEqual([{start: 0, end: 3}, {start: 3, end: 6}])
  })

  it('agrees with comparing every span with those chosen before it', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(fc.nat(60), fc.integer({min: 1, max: 8})), {maxLength: 8}), {maxLength: 4}), (raw) => {
        const layers = raw.map((layer) => layer.map(([start, length]) => ({start, end: start + length})))
        const expected: Span[] = []
        for (const layer of layers) for (const span of layer) if (!expected.some((other) => other.start < span.end && span.start < other.end)) expected.push(span)
        expect(firstComeSpans(70, layers)).toEqual(expected.sort((a, b) => a.start - b.start))
      })
    )
  })
})
