import {report} from '../../diagnostics.js'
import type {Sentence} from '../../tree.js'
import {type BeadCheck, counterpartOf, extent, type Flag, quote, type Side} from './bead-check.js'
import {checkConcepts} from './concepts.js'
import {checkFigures} from './figures.js'

export type {BeadCheck, Side} from './bead-check.js'

/** Below this, a bead is a question for the reviewer (align-low-confidence). */
export const LOW_CONFIDENCE = 0.3

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
