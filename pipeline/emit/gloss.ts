import {firstComeSpans} from '../text/spans.js'

interface Span {
  start: number
  end: number
  en: string
  text?: string
}

/** A piece of a glossed sentence: its text and, after it, the English where the English says more than the text. */
export interface GlossPiece {
  text: string
  en?: string
}

/**
 * The sentence with the English of each entity, number and term in brackets after it — a reading aid
 * where no English edition exists. Spans come in priority order; a span overlapping an earlier one is
 * left out (an entity name wins over the number or term inside it).
 */
export function gloss(text: string, ...layers: Span[][]): string {
  return joinGloss(glossPieces(text, ...layers))
}

/**
 * The glossed sentence in pieces, for a writer that marks the English its own way. A span whose English is
 * its own text (a figure such as "20") is no gloss and takes no room, but still keeps a figure inside it
 * from being glossed on its own.
 */
export function glossPieces(text: string, ...layers: Span[][]): GlossPiece[] {
  const chosen = firstComeSpans(text.length, layers)
  const pieces: GlossPiece[] = []
  let at = 0
  for (const span of chosen) {
    if (span.en === text.slice(span.start, span.end)) continue
    pieces.push({text: text.slice(at, span.end), en: span.en})
    at = span.end
  }
  if (at < text.length || pieces.length === 0) pieces.push({text: text.slice(at)})
  return pieces
}

interface GlossedItem extends Span {
  acronymEn?: string | null
  lemma?: string
}

/**
 * The gloss pieces of a sentence: entities first (an acronym written as such, DİN, takes the English acronym,
 * MIA), then figures, then terms, then verbs where no term stands.
 */
export function sentenceGloss(sentence: {text: string; entities: GlossedItem[]; numbers: Span[]; terms: Span[]; verbs?: Span[]}): GlossPiece[] {
  const english = (item: GlossedItem) =>
    item.acronymEn && item.lemma && item.text?.startsWith(item.lemma) && /^\p{Lu}+$/u.test(item.lemma) ? item.acronymEn : item.en
  const entities = sentence.entities.map((item): Span => ({start: item.start, end: item.end, en: english(item)}))
  return glossPieces(sentence.text, entities, sentence.numbers, sentence.terms, sentence.verbs ?? [])
}

/** The pieces as one string: the English in brackets after each glossed span. */
export const joinGloss = (pieces: readonly GlossPiece[]) => pieces.map((piece) => (piece.en === undefined ? piece.text : `${piece.text} [${piece.en}]`)).join('')
