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
