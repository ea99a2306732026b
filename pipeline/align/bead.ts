import type {ReviewNote} from '../diagnostics.js'

/** The original of a pair in this report family: the English; the Azerbaijani is its translation (--source-lang). */
export const PAIR_SOURCE = 'en'

/** A bead of the alignment: which sentences of each side say the same thing, and how sure the aligner is. */
export interface Bead {
  id: string
  /** Section key (of the Azerbaijani side; the English side's for an English-only section). */
  section: string
  /** Sentence ids of the Azerbaijani side. */
  az: string[]
  /** Sentence ids of the English side. */
  en: string[]
  /** Shape, `<az count>-<en count>`: 1-1, 2-1, 1-2, 2-2, 1-0 (left untranslated), 0-1 (added). */
  shape: string
  /** In [0, 1]: the length evidence and the anchor evidence, either of which can vouch for the bead. */
  confidence: number
  /** Anchors both sides share, strongest first (n:<figure>, e:<entity id>, t:<term id>, x:<name>, p:<bracket>). */
  anchors: string[]
  /** Set by a reviewer (review/<stem>.review.json): kept as it is, the rest aligned around it. */
  fixed?: true
  /** A reviewer's word on the pairing (confirmed: right as it is, an intended omission). */
  review?: ReviewNote
}

/** A bead a reviewer set, by the texts of its sentences on each side, in order. */
export interface FixedBead {
  edition: readonly string[]
  partner: readonly string[]
}
