import {create} from 'xmlbuilder2'
import type {OutputDocument} from './document.js'
import {joined, pairRows} from './pairs.js'

const NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0'

/**
 * `output/<stem>.xlf`: XLIFF 2.1 for the review step of a CAT workflow. With an English edition, one unit
 * per bead (state `translated`; an omission has no target and stays `initial`), its QA findings as notes;
 * without one, one unit per sentence with its gloss as the target, state `initial`.
 */
export function emitXliff(document: OutputDocument): string {
  const root = create({version: '1.0', encoding: 'UTF-8'}).ele(NAMESPACE, 'xliff', {version: '2.1', srcLang: 'az', trgLang: 'en'})
  const file = root.ele('file', {id: 'f1', original: document.source.path})
  const rows = pairRows(document)
  if (rows.length > 0) {
    for (const row of rows) {
      const unit = file.ele('unit', {id: row.id})
      if (row.flags.length > 0) {
        const notes = unit.ele('notes')
        for (const flag of row.flags) notes.ele('note', {category: flag.rule, priority: flag.severity === 'error' ? '1' : '5'}).txt(flag.message)
      }
      const segment = unit.ele('segment', {state: row.en.length > 0 && row.az.length > 0 ? 'translated' : 'initial'})
      segment.ele('source').txt(joined(row.az))
      if (row.en.length > 0) segment.ele('target').txt(joined(row.en))
    }
  } else {
    for (const sentence of document.sentences) {
      const segment = file.ele('unit', {id: sentence.id}).ele('segment', {state: 'initial'})
      segment.ele('source').txt(sentence.text)
      segment.ele('target').txt(sentence.gloss)
    }
  }
  return `${root.end({prettyPrint: true})}\n`
}
