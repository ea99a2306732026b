import {compileGlossary, type CompiledGlossary, GLOSSARY_LANGUAGES, LAYER} from '../../glossary/index.js'
import type {GlossaryEntry} from '../../glossary/index.js'
import {offsetsPosition} from '../../text/positions.js'
import {lookupOf, tokensOf} from '../../layers.js'
import type {RawOffsets} from '../../tree.js'
import {type BeadCheck, counterpartOf, extent, type Flag, quote, type Side} from './bead-check.js'

/** Entity types whose absence from a translation is an error: institutions, laws and plans, events. */
const NAMES = new Set(['ORG', 'LAW', 'EVENT'])

/** How much longer than expected (Gale–Church δ) a source side must be to say the translation left part of it out. */
export const OMISSION_EXCESS = 2

/** A glossary concept as one side says it. */
interface Mention {
  id: string
  text: string
  raw: RawOffsets
  layer: 'entity' | 'term' | 'verb'
  entry: GlossaryEntry
  /** Where it stands in its side, 0 (start) to 1 (end): what pairs a concept with what the other side says there. */
  at: number
}

/** The concepts a side says (its entities, terms and verbs as the stages chose them), in order; none inside an amount. */
function mentionsOf(side: Side, byId: CompiledGlossary['byId']): Mention[] {
  const first = side.sentences[0]!.position.start.offset!
  const span = Math.max(1, side.sentences.at(-1)!.position.end.offset! - first)
  const mentions: Mention[] = []
  for (const sentence of side.sentences) {
    // A currency inside an amount ("73,350 ABŞ dolları" = "$73,350") is the figures' business.
    const money = (sentence.data.numbers ?? []).filter((item) => item.kind === 'money')
    const items = [
      ...(sentence.data.entities ?? []).map((item) => [item, 'entity'] as const),
      ...(sentence.data.terms ?? []).map((item) => [item, 'term'] as const),
      ...(sentence.data.verbs ?? []).map((item) => [item, 'verb'] as const)
    ]
    for (const [item, layer] of items) {
      if (money.some((amount) => amount.start < item.end && item.start < amount.end)) continue
      const entry = byId.get(item.id)?.[0]
      if (!entry || !item.raw) continue
      mentions.push({id: item.id, text: item.text, raw: item.raw, layer, entry, at: (item.raw[0] - first) / span})
    }
  }
  return mentions.sort((a, b) => a.raw[0] - b.raw[0])
}

/**
 * What a side mentions at all, however it is worded: every glossary entry its tokens hold, nested ones
 * included ("trafficking victims" holds t.victim), read from the lookup the tree carries; and for an English
 * side, its content words as stems, for a concept worded as another part of speech ("training" → "trained").
 */
function heardIn(side: Side, glossary: CompiledGlossary, english: CompiledGlossary) {
  const ids = new Set<string>()
  const stems: string[] = []
  const lang = side.file.data.lang!
  const stem = lang.stem
  const stop = new Set(lang.stopwords)
  for (const sentence of side.sentences) {
    const tokens = tokensOf(sentence, 'translation QA')
    for (const id of glossary.matcher.ids(tokens, LAYER.entity | LAYER.term | LAYER.verb, lookupOf(sentence, 'translation QA'))) ids.add(id)
    // Names the document defines itself ("Mərkəzlər" for the Victim Assistance Centers) are no glossary rows.
    for (const item of sentence.data.entities ?? []) ids.add(item.id)
    if (stem) for (const token of tokens) if (token.type === 'word') for (const part of token.key.split('-')) if (!stop.has(part)) stems.push(stem(part))
  }
  const worded = (forms: readonly string[][] | undefined) =>
    (forms ?? []).some((words) => words.length > 0 && stems.some((_, at) => words.every((word, k) => stems[at + k] === word)))
  // The English a word here may also mean (senseEn): "cinsi istismar" here may say "sex trafficking".
  const meant = new Set([...ids].flatMap((id) => (english.senses.get(id) ?? []).map((form) => form.join(' '))))
  return {
    /** Is the concept said here, as itself, as its kin in another layer, in another sense of a word, or (English) in its words? */
    says(id: string, {senses = false} = {}): boolean {
      for (const kin of english.relations.kin(id)) {
        if (ids.has(kin)) return true
        if ((english.wordings.get(kin) ?? []).some((form) => meant.has(form.join(' ')))) return true
        if (stem && (worded(english.wordings.get(kin)) || (senses && worded(english.senses.get(kin))))) return true
      }
      return false
    }
  }
}

/** The glossary's side in a side's language: its English (the glossary's target) or its source. */
const onGlossaryTarget = (side: Side) => side.file.data.lang!.code === GLOSSARY_LANGUAGES.target

/** The concept as the translation's language writes it (the glossary's form), for a suggestion. */
const renderingIn = (entry: GlossaryEntry, side: Side) => (onGlossaryTarget(side) ? entry.target : entry.source)

/**
 * qa-term and qa-omission: the concepts of the source (glossary entities, terms and verbs) the target does not
 * render in any wording, judged by their evidence:
 * - a substitution: the target says another concept of the same kind (a name of the same type, a term or verb
 *   of the same subject field) that the source does not say in any sense of its words (“convicted” rendered as
 *   `həbs edilib`, arrested): a warning naming both;
 * - a name (an institution, a law or plan, an event) or a row marked required=yes that is not rendered: a warning;
 * - a source side much longer than the translation's length predicts (δ ≥ OMISSION_EXCESS) whose concepts are not
 *   rendered: qa-omission, a warning naming them;
 * - any other concept worded otherwise: an info (visible, not counted as a warning).
 */
export function checkConcepts({source, target, excess}: BeadCheck, flag: Flag): void {
  const glossary = target.file.data.glossary ?? source.file.data.glossary
  const englishSide = onGlossaryTarget(source) ? source : target
  if (!glossary) return
  const english = compileGlossary(glossary, englishSide.file.data.lang!)
  const compiled = (side: Side) => compileGlossary(glossary, side.file.data.lang!)
  const {byId, relations} = english
  const inTarget = heardIn(target, compiled(target), english)
  const inSource = heardIn(source, compiled(source), english)
  const said = mentionsOf(source, byId)
  const saidInstead = mentionsOf(target, byId)

  // Each concept once per bead, at its first mention; a word found in two layers (the verb and the noun
  // "sentence") once.
  const missing: Mention[] = []
  const seen = new Set<string>()
  for (const mention of said) {
    if (seen.has(mention.id) || seen.has(`@${mention.raw[0]}`)) continue
    for (const kin of relations.kin(mention.id)) seen.add(kin)
    seen.add(`@${mention.raw[0]}`)
    if (!inTarget.says(mention.id)) missing.push(mention)
  }
  // What the translation says that the original does not, in any sense of its words.
  const extra = saidInstead.filter((mention) => !inSource.says(mention.id, {senses: true}))

  const into = extent(target)!
  const unpaired: Mention[] = []
  for (const mention of missing) {
    const counterpart = counterpartOf(source, mention.text, offsetsPosition(source.file, mention.raw))
    const en = mention.entry.target
    const instead = closest(
      mention,
      extra.filter((other) => comparable(mention, other) && !relations.nested(mention.id, other.id))
    )
    if (instead) {
      extra.splice(extra.indexOf(instead), 1)
      flag({
        rule: 'qa-term',
        severity: 'warning',
        message: {key: 'diagnostics.termSubstituted', values: {source: mention.text, en, text: instead.text, otherEn: instead.entry.target}},
        place: offsetsPosition(target.file, instead.raw),
        text: instead.text,
        suggestion: renderingIn(mention.entry, target),
        counterpart
      })
    } else unpaired.push(mention)
  }
  if (unpaired.length === 0) return

  const strong = (mention: Mention) => mention.entry.required || (mention.layer === 'entity' && NAMES.has(mention.entry.type ?? ''))
  const left = excess >= OMISSION_EXCESS ? unpaired.filter((mention) => mention.layer !== 'verb') : []
  if (left.length > 0) {
    // The source is much longer than the translation, and what it says is not there: a part left out.
    const from = extent(source)!
    flag({
      rule: 'qa-omission',
      severity: 'warning',
      message: {key: 'diagnostics.omission', values: {concepts: left.map((mention) => `“${mention.text}”`).join(', '), source: quote(from.text)}},
      place: into.place,
      text: into.text,
      suggestion: {key: 'diagnostics.omissionAdvice'},
      counterpart: counterpartOf(source, from.text, from.place)
    })
  }
  for (const mention of unpaired) {
    if (left.includes(mention) && !strong(mention)) continue
    const values = {source: mention.text, en: mention.entry.target, rendering: renderingIn(mention.entry, target), target: quote(into.text)}
    flag({
      rule: 'qa-term',
      severity: strong(mention) ? 'warning' : 'info',
      message: {key: strong(mention) ? 'diagnostics.termMissing' : 'diagnostics.termWorded', values},
      place: into.place,
      text: into.text,
      suggestion: renderingIn(mention.entry, target),
      counterpart: counterpartOf(source, mention.text, offsetsPosition(source.file, mention.raw))
    })
  }
}

/**
 * Two concepts one could be put for the other: two names of one type (two agencies, two laws), or two terms or
 * verbs of one subject field (the glossary's field=: “convicted” and “arrested” are both `justice`).
 */
function comparable(a: Mention, b: Mention): boolean {
  if (a.layer === 'entity' || b.layer === 'entity') return a.layer === b.layer && a.entry.type === b.entry.type
  return a.entry.field !== null && a.entry.field === b.entry.field
}

/** The candidate that stands nearest to where the concept stands in its own side. */
function closest(mention: Mention, candidates: readonly Mention[]): Mention | undefined {
  let best: Mention | undefined
  for (const candidate of candidates) if (!best || Math.abs(candidate.at - mention.at) < Math.abs(best.at - mention.at)) best = candidate
  return best
}

