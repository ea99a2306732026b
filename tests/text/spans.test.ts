import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {overlapping, type Span} from '../../pipeline/text/spans.js'

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
