import type {OutputDocument, OutputEdition} from '../emit/document.js'
import {trendOf, type Series} from './figures.js'
import {type ChangeKind, compareSentences, type SectionChange, type SentenceChange} from './sentences.js'

export type {ChangeKind, FigurePair, SectionChange, SentenceChange} from './sentences.js'
export type {Series, TrendPoint} from './figures.js'
export {trendOf} from './figures.js'

/** Two editions that cannot be compared (another country, another language): the message says which. */
export class CompareError extends Error {
  override name = 'CompareError'
}

export interface EditionSummary {
  path: string
  language: string
  year: number | null
  country: string | null
  tier: string | null
  title: string | null
}

/** What changed between two editions of a chapter in one language. */
export interface Comparison {
  country: string | null
  language: string
  older: EditionSummary
  newer: EditionSummary
  tier: {older: string | null; newer: string | null; changed: boolean}
  title: {older: string | null; newer: string | null; changed: boolean}
  sections: SectionChange[]
  changes: SentenceChange[]
  /** How many sentences of each kind (a dropped or new section's sentences are not counted). */
  counts: Record<ChangeKind, number>
}

const KINDS: readonly ChangeKind[] = ['unchanged', 'figures', 'reworded', 'moved', 'new', 'dropped']

const summary = (edition: OutputEdition): EditionSummary => ({
  path: edition.source.path,
  language: edition.source.language,
  year: edition.document.year,
  country: edition.document.country,
  tier: edition.document.tier,
  title: edition.document.title?.text ?? null
})

/** The two editions of one chapter in one language, older first; refused for two countries or two languages. */
export function compareEditions(older: OutputEdition, newer: OutputEdition): Comparison {
  const [a, b] = [summary(older), summary(newer)]
  if (a.country !== b.country) {
    throw new CompareError(`${b.path} is the chapter of ${b.country ?? 'an unknown country'}, ${a.path} of ${a.country ?? 'an unknown country'}: compare two editions of one country's chapter`)
  }
  if (a.language !== b.language) throw new CompareError(`${a.path} is in ${a.language}, ${b.path} in ${b.language}: compare two editions in one language (a pair's two languages are compared side by side)`)
  const {changes, sections} = compareSentences(older, newer, a.language)
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, changes.filter((change) => change.kind === kind).length])) as Record<ChangeKind, number>
  return {
    country: b.country,
    language: b.language,
    older: a,
    newer: b,
    tier: {older: a.tier, newer: b.tier, changed: a.tier !== b.tier},
    title: {older: a.title, newer: b.title, changed: a.title !== b.title},
    sections,
    changes,
    counts
  }
}

/** A change of the translation whose original says the same as in the older edition: the translation was left behind, or ran ahead. */
export interface LeftBehind {
  /** The bead of the newer pair. */
  bead: string
  change: SentenceChange
  /** The newer original's sentences in that bead, unchanged since the older edition. */
  original: string[]
}

/** Two editions of a chapter, each a single edition or a pair; for pairs, each language compared and the translation checked against its original. */
export interface DocumentComparison {
  editions: Comparison[]
  leftBehind: LeftBehind[]
  trend: Series[]
}

/**
 * Compares two processed documents (older first): the editions in the language of each, and for two pairs, the
 * changes of the translation whose original did not change in that bead. The trend covers the lead language.
 */
export function compareDocuments(older: OutputDocument, newer: OutputDocument): DocumentComparison {
  const lead = compareEditions(older, newer)
  const editions = [lead]
  const leftBehind: LeftBehind[] = []
  if (older.partner && newer.partner) {
    const partner = compareEditions(older.partner, newer.partner)
    editions.push(partner)
    // Which side is the translation: the target language's comparison; the original is the other one.
    const leadIsTarget = newer.languages.target === lead.language
    const [translation, original] = leadIsTarget ? [lead, partner] : [partner, lead]
    const unchanged = new Set(original.changes.filter((change) => change.kind === 'unchanged').map((change) => change.newer!.id))
    const side = (bead: NonNullable<OutputDocument['beads']>[number]) => (leadIsTarget ? {translation: bead.edition, original: bead.partner} : {translation: bead.partner, original: bead.edition})
    const beadOf = new Map((newer.beads ?? []).flatMap((bead) => side(bead).translation.map((id) => [id, bead] as const)))
    for (const change of translation.changes) {
      if (change.kind === 'unchanged' || !change.newer) continue
      const bead = beadOf.get(change.newer.id)
      const originals = bead ? side(bead).original : []
      if (bead && originals.length > 0 && originals.every((id) => unchanged.has(id))) leftBehind.push({bead: bead.id, change, original: originals})
    }
  }
  return {editions, leftBehind, trend: trendOf([older, newer], [lead.changes])}
}
