/** Spans of text by offsets, [start, end). */
export interface Span {
  start: number
  end: number
}

/**
 * A mark for each token: 1 when it overlaps one of the spans. Both lists are in order of their start and
 * the spans do not overlap each other (entity names, amounts), so one walk over both does.
 */
export function overlapping(tokens: readonly Span[], spans: readonly Span[]): Uint8Array {
  const marks = new Uint8Array(tokens.length)
  let span = 0
  for (let index = 0; index < tokens.length && span < spans.length; index++) {
    const token = tokens[index]!
    while (span < spans.length && spans[span]!.end <= token.start) span++
    if (span < spans.length && spans[span]!.start < token.end) marks[index] = 1
  }
  return marks
}

/**
 * The spans of `layers` that overlap no span chosen before them, in order of their start: the first layer
 * wins over the ones after it (an entity name over the figure inside it). One mark per character of a text
 * of `length`, so the cost is linear in the text however many spans there are.
 */
export function firstComeSpans<T extends Span>(length: number, layers: ReadonlyArray<readonly T[]>): T[] {
  const chosen: T[] = []
  const taken = new Uint8Array(length)
  for (const layer of layers) {
    next: for (const span of layer) {
      for (let at = span.start; at < span.end; at++) if (taken[at] === 1) continue next
      taken.fill(1, span.start, span.end)
      chosen.push(span)
    }
  }
  return chosen.sort((a, b) => a.start - b.start)
}
