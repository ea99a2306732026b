import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {report} from '../diagnostics.js'
import type {Paragraph, Root, Section, Sentence} from '../tree.js'
import {decisionKey, type FindingDecision} from './file.js'

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
/** Returns the stale decisions' keys (decisionKey), for `run --prune`. */
export function applyDecisions(decisions: readonly FindingDecision[], sides: ReadonlyArray<{tree: Root; file: VFile}>): string[] {
  if (decisions.length === 0) return []
  const byKey = new Map(decisions.map((decision) => [decisionKey(decision.rule, decision.text, decision.sentence), decision]))
  const used = new Set<FindingDecision>()
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
