import {PAIR_SOURCE} from '../align/bead.js'
import type {OutputBead, OutputDiagnostic, OutputDocument, OutputSentence} from './document.js'

/** A bead with its sentences of both sides and its QA findings (warnings and errors), ready for a bilingual writer. */
export interface PairRow {
  id: string
  section: string
  shape: string
  confidence: number
  az: OutputSentence[]
  en: OutputSentence[]
  flags: OutputDiagnostic[]
  /** Its warnings and errors a reviewer dismissed: no flags any more, kept for the exchange formats. */
  dismissed: OutputDiagnostic[]
  /** Set by a reviewer, and a reviewer's word on the pairing (review/<stem>.review.json). */
  fixed?: true
  review?: OutputBead['review']
}

/** The rows of an aligned document (empty when it has no English edition), in bead order. */
export function pairRows(document: OutputDocument): PairRow[] {
  const partner = document.partner
  if (!partner || !document.beads) return []
  const az = new Map(document.sentences.map((sentence) => [sentence.id, sentence]))
  const en = new Map(partner.sentences.map((sentence) => [sentence.id, sentence]))
  const flags = new Map<string, OutputDiagnostic[]>()
  const dismissed = new Map<string, OutputDiagnostic[]>()
  // Findings are the translation's: the main edition's, or the English edition's when the English is the translation.
  // An info (a concept worded otherwise) is no flag of a row: the page and the JSON list it, the rows carry warnings;
  // a finding the reviewer dismissed flags nothing either.
  for (const diagnostic of [...document.diagnostics, ...partner.diagnostics]) {
    if (!diagnostic.bead || diagnostic.severity === 'info') continue
    const list = diagnostic.review?.status === 'dismissed' ? dismissed : flags
    list.set(diagnostic.bead, [...(list.get(diagnostic.bead) ?? []), diagnostic])
  }
  return document.beads.map((bead) => ({
    id: bead.id,
    section: bead.section,
    shape: bead.shape,
    confidence: bead.confidence,
    az: bead.edition.map((id) => az.get(id)!),
    en: bead.partner.map((id) => en.get(id)!),
    flags: flags.get(bead.id) ?? [],
    dismissed: dismissed.get(bead.id) ?? [],
    ...(bead.fixed ? {fixed: bead.fixed} : {}),
    ...(bead.review ? {review: bead.review} : {})
  }))
}

export const joined = (sentences: readonly OutputSentence[]) => sentences.map((sentence) => sentence.text).join(' ')

/** The languages of a pair's original and translation (the English is the original unless the pair says otherwise). */
export const directionOf = (document: OutputDocument): {source: string; target: string} =>
  document.partner
    ? {source: document.languages.source!, target: document.languages.target!}
    : {source: PAIR_SOURCE, target: document.source.language === 'en' ? 'az' : document.source.language}

/** A row's sentences as original (source) and translation (target). */
export function sidesOf(document: OutputDocument, row: PairRow): {source: OutputSentence[]; target: OutputSentence[]} {
  return directionOf(document).source === 'en' ? {source: row.en, target: row.az} : {source: row.az, target: row.en}
}

/** The column headings of a pair's two sides in a UI language: the language and its role (original or translation). */
export function sideLabels(document: OutputDocument, t: (key: string, values?: Record<string, unknown>) => string): {az: string; en: string; englishRole: string} {
  const englishIsSource = directionOf(document).source === 'en'
  const role = (original: boolean) => t(original ? 'labels.original' : 'labels.translation')
  return {
    az: t('labels.side', {language: t('labels.azerbaijani'), role: role(!englishIsSource)}),
    en: t('labels.side', {language: t('labels.english'), role: role(englishIsSource)}),
    englishRole: role(englishIsSource)
  }
}
