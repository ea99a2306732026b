interface Span {
  start: number
  end: number
  en: string
}

/**
 * The sentence with the English of each entity, number and term in brackets after it — a reading aid
 * where no English edition exists. Spans come in priority order; a span overlapping an earlier one is
 * left out (an entity name wins over the number or term inside it).
 */
export function gloss(text: string, ...layers: Span[][]): string {
  const chosen: Span[] = []
  // Which characters a chosen span covers: linear in the text, however many spans there are.
  const taken = new Uint8Array(text.length)
  for (const layer of layers) {
    for (const span of layer) {
      if (taken.subarray(span.start, span.end).includes(1)) continue
      taken.fill(1, span.start, span.end)
      chosen.push(span)
    }
  }
  chosen.sort((a, b) => a.start - b.start)
  let result = ''
  let at = 0
  for (const span of chosen) {
    result += `${text.slice(at, span.end)} [${span.en}]`
    at = span.end
  }
  return result + text.slice(at)
}
