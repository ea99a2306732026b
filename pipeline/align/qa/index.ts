import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {type Diagnostic, report} from '../../diagnostics.js'
import type {Sentence} from '../../tree.js'
import type {Bead} from '../bead.js'
import {checkConcepts} from './concepts.js'
import {checkFigures} from './figures.js'

/** Below this, a bead is a question for the reviewer (align-low-confidence). */
export const LOW_CONFIDENCE = 0.3

/** One side of a bead: its sentences, and the file that holds them (its language is `file.data.lang`). */
export interface Side {
  sentences: Sentence[]
  file: VFile
}

/**
 * A bead as the QA reads it: the source (the original) and the target (the translation under review). Every
 * finding is a message of the target's file, where the fix belongs, with the source's text and place as its
 * counterpart.
 */
export interface BeadCheck {
  bead: Bead
  source: Side
  target: Side
  /** How much longer the source side is than the target's length predicts (Gale–Church δ, from the source's side). */
  excess: number
  /** The target sentence before the bead, where a bead the translation lacks is reported. */
  near: Sentence | undefined
}

/** Reports one finding of a bead (its id added). */
export type Flag = (diagnostic: Omit<Diagnostic, 'bead'>) => void

/** A side's sentences as one text and one place (its first sentence's start to its last one's end). */
export function extent(side: Side): {text: string; place: Position} | undefined {
  const {sentences} = side
  if (sentences.length === 0) return undefined
  return {text: sentences.map((sentence) => sentence.value).join(' '), place: {start: sentences[0]!.position.start, end: sentences.at(-1)!.position.end}}
}

export const quote = (text: string, limit = 90) => (text.length > limit ? `${text.slice(0, limit - 1)}…` : text)

/** The source side's text and place as a finding's counterpart. */
export const counterpartOf = (source: Side, text: string, place: Position) => ({text, place, file: source.file.path})

/**
 * Translation QA of one bead, from the source to the target, each finding with its evidence:
 * - qa-untranslated: a bead with source sentences only (the translation leaves them out);
 * - qa-added: a bead with target sentences only (the original does not say it);
 * - align-low-confidence: a bead neither lengths nor anchors vouch for;
 * - qa-number: figures compared by value (figures.ts);
 * - qa-term, qa-omission: concepts of the source the translation does not render, and what it says instead
 *   (concepts.ts).
 */
export function checkBead(check: BeadCheck): void {
  const {bead, source, target, near} = check
  const flag: Flag = (diagnostic) => report(target.file, {...diagnostic, bead: bead.id})
  const from = extent(source)
  const into = extent(target)
  if (!into) {
    // The original's sentences with nothing in the translation: reported after the translation's sentence before.
    const at = near ? near.position.end : {line: 1, column: 1, offset: 0}
    flag({
      rule: 'qa-untranslated',
      severity: 'warning',
      message: {key: 'diagnostics.untranslated', values: {ids: source.sentences.map((s) => s.data.id).join(', '), text: quote(from!.text)}},
      place: {start: at, end: at},
      text: '',
      suggestion: {key: 'diagnostics.untranslatedAdvice'},
      counterpart: counterpartOf(source, from!.text, from!.place)
    })
    return
  }
  if (!from) {
    flag({
      rule: 'qa-added',
      severity: 'warning',
      message: {key: 'diagnostics.added', values: {ids: target.sentences.map((s) => s.data.id).join(', ')}},
      place: into.place,
      text: into.text,
      suggestion: {key: 'diagnostics.addedAdvice'}
    })
    return
  }
  if (bead.confidence < LOW_CONFIDENCE) {
    flag({
      rule: 'align-low-confidence',
      severity: 'warning',
      message: {key: 'diagnostics.lowConfidence', values: {bead: bead.id, shape: bead.shape, confidence: bead.confidence}},
      place: into.place,
      text: into.text,
      counterpart: counterpartOf(source, from.text, from.place)
    })
  }
  checkFigures(check, flag)
  checkConcepts(check, flag)
}

/**
 * A section only one side has: one finding for the whole section (qa-untranslated when the translation lacks
 * it, qa-added when the original does), at its first bead, rather than one per sentence.
 */
export function checkLoneSection({section, bead, source, target, near}: {section: string; bead: string; source: Side; target: Side; near: Sentence | undefined}): void {
  const from = extent(source)
  const into = extent(target)
  if (from && !into) {
    const at = near ? near.position.end : {line: 1, column: 1, offset: 0}
    report(target.file, {
      rule: 'qa-untranslated',
      severity: 'warning',
      message: {key: 'diagnostics.sectionUntranslated', values: {section, count: source.sentences.length, text: quote(from.text)}},
      place: {start: at, end: at},
      text: '',
      suggestion: {key: 'diagnostics.untranslatedAdvice'},
      counterpart: counterpartOf(source, from.text, from.place),
      bead
    })
  } else if (into && !from) {
    report(target.file, {
      rule: 'qa-added',
      severity: 'warning',
      message: {key: 'diagnostics.sectionAdded', values: {section, count: target.sentences.length}},
      place: into.place,
      text: quote(into.text),
      suggestion: {key: 'diagnostics.addedAdvice'},
      bead
    })
  }
}
