import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {report} from '../diagnostics.js'
import type {Paragraph, Root, Section, Sentence} from '../tree.js'
import {beadKey, decisionKey, type Review} from './file.js'

/** The sentences of a tree with their raw offsets, in order. */
function sentencesOf(tree: Root): Sentence[] {
  const sentences: Sentence[] = []
  for (const node of tree.children) {
    if (node.type !== 'section') continue
    for (const child of (node as Section).children) if (child.type === 'paragraph') sentences.push(...(child as Paragraph).children)
  }
  return sentences
}

/** The text of the sentence a message stands in (by its raw offset), or null. */
function sentenceAt(sentences: readonly Sentence[], message: VFileMessage): string | null {
  const offset = message.place && 'start' in message.place ? message.place.start.offset : message.place?.offset
  if (offset === undefined) return null
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const {start, end} = sentences[middle]!.position
    if (offset < start.offset!) high = middle - 1
    else if (offset > end.offset!) low = middle + 1
    else return sentences[middle]!.value
  }
  return null
}

/** The key a message's decision is kept under: its rule, the text at fault and the text of its sentence. */
export const messageKey = (message: VFileMessage, sentences: readonly Sentence[]) => decisionKey(message.ruleId ?? '', message.actual ?? '', sentenceAt(sentences, message))

/**
 * The reviewer's decisions applied to the findings of a processed document (and of its partner edition): each
 * message a decision is about carries it. A decision about nothing there any more (the translation was fixed, the
 * edition changed) is stale: reported as an info of the document naming it, and kept in the file.
 */
/** The findings a confirmed bead settles: the pairing's own (a sentence with no counterpart, a clause left out). */
const PAIRING_RULES = new Set(['qa-untranslated', 'qa-added', 'qa-omission'])

/**
 * A reviewer's word on the beads of a pair (the lead file's `data.beads`, after align): a bead whose sentences are
 * those of a bead decision carries its status, and a confirmed bead settles the findings about its pairing.
 * Returns the bead decisions that found no such bead.
 */
function applyBeadDecisions(review: Review, sides: ReadonlyArray<{tree: Root; file: VFile}>): Review['beads'] {
  const [lead, partner] = sides
  if (!lead || !partner || review.beads.length === 0) return []
  const textOf = (tree: Root) => new Map(sentencesOf(tree).map((sentence) => [sentence.data.id, sentence.value]))
  const [leadText, partnerText] = [textOf(lead.tree), textOf(partner.tree)]
  const byKey = new Map(review.beads.map((bead) => [beadKey(bead), bead]))
  const used = new Set<Review['beads'][number]>()
  for (const bead of lead.file.data.beads ?? []) {
    const decision = byKey.get(beadKey({edition: bead.az.map((id) => leadText.get(id) ?? ''), partner: bead.en.map((id) => partnerText.get(id) ?? '')}))
    if (!decision) continue
    used.add(decision)
    if (!decision.status) continue
    bead.review = {status: decision.status, ...(decision.comment ? {comment: decision.comment} : {})}
    if (decision.status !== 'confirmed') continue
    for (const {file} of sides) for (const message of file.messages) if (message.bead === bead.id && PAIRING_RULES.has(message.ruleId ?? '') && !message.review) message.review = {...bead.review}
  }
  return review.beads.filter((bead) => !used.has(bead))
}

/** Returns the stale decisions' keys (decisionKey, beadKey), for `run --prune`. */
export function applyDecisions(review: Review, sides: ReadonlyArray<{tree: Root; file: VFile}>): string[] {
  const {decisions} = review
  const staleBeads = applyBeadDecisions(review, sides)
  if (decisions.length === 0 && staleBeads.length === 0) return []
  const byKey = new Map(decisions.map((decision) => [decisionKey(decision.rule, decision.text, decision.sentence), decision]))
  const used = new Set<Review['decisions'][number]>()
  for (const {tree, file} of sides) {
    const sentences = sentencesOf(tree)
    for (const message of file.messages) {
      const decision = byKey.get(messageKey(message, sentences))
      if (!decision) continue
      message.review = {status: decision.status, ...(decision.comment ? {comment: decision.comment} : {})}
      used.add(decision)
    }
  }
  const lead = sides[0]!.file
  const stale: string[] = []
  for (const bead of staleBeads) {
    stale.push(beadKey(bead))
    report(lead, {
      rule: 'stale-decision',
      severity: 'info',
      message: {key: 'diagnostics.staleBead', values: {edition: bead.edition.length, partner: bead.partner.length}},
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}},
      text: (bead.edition[0] ?? bead.partner[0])!
    })
  }
  for (const decision of decisions) {
    if (used.has(decision)) continue
    stale.push(decisionKey(decision.rule, decision.text, decision.sentence))
    report(lead, {
      rule: 'stale-decision',
      severity: 'info',
      message: {key: 'diagnostics.staleDecision', values: {rule: decision.rule, text: decision.text, status: decision.status}},
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}},
      text: decision.sentence ?? decision.text
    })
  }
  return stale
}
