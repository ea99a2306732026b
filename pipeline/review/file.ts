import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {ReviewStatus} from '../diagnostics.js'
import {UserError} from '../errors.js'

export type {ReviewStatus}
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['to-fix', 'dismissed', 'confirmed']

/**
 * One decision about a finding, keyed by text, not by line or bead numbers (which move when an edition is
 * regenerated or edited): the rule, the text at fault and the text of the translation's sentence that holds it.
 */
export interface FindingDecision {
  rule: string
  text: string
  /** The sentence the finding stands in, as the translation writes it; null for a finding outside any sentence (a heading). */
  sentence: string | null
  status: ReviewStatus
  comment?: string
  /** Who decided, and when: left to the reviewer's tools; hesabat keeps them as they are. */
  by?: string
  at?: string
}

/**
 * A bead as the reviewer set it, by the texts of its sentences on each side (in order): a merge, a split or a
 * sentence moved to the next bead gives beads the aligner would not; the aligner keeps them as they are and aligns
 * the rest around them. With a status, the reviewer's word on the pairing (confirmed: an intended omission).
 */
export interface BeadDecision {
  edition: string[]
  partner: string[]
  status?: ReviewStatus
  comment?: string
  by?: string
  at?: string
}

/** `review/<stem>.review.json`: the decisions about one document's findings and beads, meant to be committed beside output/. */
export interface ReviewFile {
  $schema?: string
  /** The stem of the outputs it is about (`2022-azerbaijan`). */
  document: string
  decisions: FindingDecision[]
  beads?: BeadDecision[]
}

/** What a run takes of a review file. */
export interface Review {
  decisions: FindingDecision[]
  beads: BeadDecision[]
}

export const REVIEW_SCHEMA_ID = 'https://hesabat.invalid/schema/hesabat-review.schema.json'

/** Where a document's decisions are kept. */
export const reviewPath = (folder: string, stem: string) => path.join(folder, `${stem}.review.json`)

const KEYS = new Set(['rule', 'text', 'sentence', 'status', 'comment', 'by', 'at'])
const BEAD_KEYS = new Set(['edition', 'partner', 'status', 'comment', 'by', 'at'])
const texts = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '')

/**
 * A review file read and checked: broken JSON, an entry that is not a decision, or a file about another
 * document is an error naming the file and the entry (and the run writes nothing).
 */
export function parseReview(text: string, file: string, stem: string): ReviewFile {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new UserError(`${file}: not valid JSON (${(error as Error).message}); fix it or take it back from version control`)
  }
  const review = json as Partial<ReviewFile>
  if (typeof json !== 'object' || json === null || !Array.isArray(review.decisions)) throw new UserError(`${file}: not a review file (it needs "document" and a "decisions" list)`)
  if (review.document !== stem) throw new UserError(`${file}: is about “${String(review.document)}”, not ${stem}; a review file is named after its document`)
  review.decisions.forEach((decision, index) => {
    const entry = `${file}: decision ${index + 1}`
    if (typeof decision !== 'object' || decision === null) throw new UserError(`${entry} is not an object`)
    const unknown = Object.keys(decision).filter((key) => !KEYS.has(key))
    if (unknown.length > 0) throw new UserError(`${entry}: unknown field ${unknown.map((key) => `“${key}”`).join(', ')} (known: ${[...KEYS].join(', ')})`)
    if (typeof decision.rule !== 'string' || decision.rule === '') throw new UserError(`${entry}: "rule" must name the finding's rule (qa-number, qa-term…)`)
    if (typeof decision.text !== 'string') throw new UserError(`${entry}: "text" must be the text the finding is about`)
    if (decision.sentence !== null && typeof decision.sentence !== 'string') throw new UserError(`${entry}: "sentence" must be the sentence's text or null`)
    if (!REVIEW_STATUSES.includes(decision.status)) throw new UserError(`${entry}: "status" must be one of ${REVIEW_STATUSES.join(', ')}, not “${String(decision.status)}”`)
    for (const key of ['comment', 'by', 'at'] as const) if (decision[key] !== undefined && typeof decision[key] !== 'string') throw new UserError(`${entry}: "${key}" must be text`)
  })
  if (review.beads !== undefined && !Array.isArray(review.beads)) throw new UserError(`${file}: "beads" must be a list`)
  for (const [index, bead] of (review.beads ?? []).entries()) {
    const entry = `${file}: bead ${index + 1}`
    if (typeof bead !== 'object' || bead === null) throw new UserError(`${entry} is not an object`)
    const unknown = Object.keys(bead).filter((key) => !BEAD_KEYS.has(key))
    if (unknown.length > 0) throw new UserError(`${entry}: unknown field ${unknown.map((key) => `“${key}”`).join(', ')} (known: ${[...BEAD_KEYS].join(', ')})`)
    if (!texts(bead.edition) || !texts(bead.partner)) throw new UserError(`${entry}: "edition" and "partner" must be lists of the bead's sentences as text`)
    if (bead.edition.length + bead.partner.length === 0) throw new UserError(`${entry}: a bead has a sentence on one side at least`)
    if (bead.status !== undefined && !REVIEW_STATUSES.includes(bead.status)) throw new UserError(`${entry}: "status" must be one of ${REVIEW_STATUSES.join(', ')}, not “${String(bead.status)}”`)
  }
  return review as ReviewFile
}

/** The decisions of a document, or none when it has no review file yet. */
export async function readReview(folder: string, stem: string): Promise<Review> {
  const file = reviewPath(folder, stem)
  if (!existsSync(file)) return {decisions: [], beads: []}
  const review = parseReview(await readFile(file, 'utf8'), file, stem)
  return {decisions: review.decisions, beads: review.beads ?? []}
}

/** A bead decision's key: its texts on each side. */
export const beadKey = (bead: Pick<BeadDecision, 'edition' | 'partner'>) => `bead\u0000${bead.edition.join('\u0001')}\u0000${bead.partner.join('\u0001')}`

/**
 * Takes the stale decisions (their keys) out of a document's review file, the others kept as they are; returns how
 * many went. The file is rewritten atomically, as every output is.
 */
export async function pruneReview(folder: string, stem: string, stale: readonly string[], write: (file: string, text: string) => Promise<void>): Promise<number> {
  const file = reviewPath(folder, stem)
  if (stale.length === 0 || !existsSync(file)) return 0
  const review = parseReview(await readFile(file, 'utf8'), file, stem)
  const gone = new Set(stale)
  const kept = review.decisions.filter((decision) => !gone.has(decisionKey(decision.rule, decision.text, decision.sentence)))
  const beads = review.beads?.filter((bead) => !gone.has(beadKey(bead)))
  const removed = review.decisions.length - kept.length + (review.beads?.length ?? 0) - (beads?.length ?? 0)
  if (removed === 0) return 0
  await write(file, `${JSON.stringify({...review, decisions: kept, ...(beads ? {beads} : {})}, null, 2)}\n`)
  return removed
}

/** A decision's key: the same for a finding in every run while its rule, text and sentence stay. */
export const decisionKey = (rule: string, text: string, sentence: string | null) => `${rule}\u0000${text}\u0000${sentence ?? ''}`
