import type {OutputDiagnostic, OutputDocument, OutputSentence} from './document.js'

/** A bead with its sentences of both sides and its QA findings, ready for a bilingual writer. */
export interface PairRow {
  id: string
  section: string
  shape: string
  confidence: number
  az: OutputSentence[]
  en: OutputSentence[]
  flags: OutputDiagnostic[]
}

/** The rows of an aligned document (empty when it has no English edition), in bead order. */
export function pairRows(document: OutputDocument): PairRow[] {
  if (document.english.source !== 'edition' || !document.beads) return []
  const az = new Map(document.sentences.map((sentence) => [sentence.id, sentence]))
  const en = new Map(document.english.sentences.map((sentence) => [sentence.id, sentence]))
  const flags = new Map<string, OutputDiagnostic[]>()
  for (const diagnostic of document.diagnostics) if (diagnostic.bead) flags.set(diagnostic.bead, [...(flags.get(diagnostic.bead) ?? []), diagnostic])
  return document.beads.map((bead) => ({
    id: bead.id,
    section: bead.section,
    shape: bead.shape,
    confidence: bead.confidence,
    az: bead.az.map((id) => az.get(id)!),
    en: bead.en.map((id) => en.get(id)!),
    flags: flags.get(bead.id) ?? []
  }))
}

export const joined = (sentences: readonly OutputSentence[]) => sentences.map((sentence) => sentence.text).join(' ')
