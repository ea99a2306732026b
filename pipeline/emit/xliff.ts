import {create, fragment} from 'xmlbuilder2'
import type {XMLBuilder} from 'xmlbuilder2/lib/interfaces.js'
import type {OutputDocument} from './document.js'
import {joined, pairRows} from './pairs.js'
import {ITEMS, xmlPieces} from './xml-pieces.js'

const NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0'

/** The units: one per bead of a pair, or one per sentence with its gloss for a single edition. */
function* units(document: OutputDocument): Generator<XMLBuilder> {
  const rows = pairRows(document)
  if (rows.length === 0) {
    for (const sentence of document.sentences) {
      const unit = fragment().ele('unit', {id: sentence.id})
      const segment = unit.ele('segment', {state: 'initial'})
      segment.ele('source').txt(sentence.text)
      segment.ele('target').txt(sentence.gloss ?? sentence.text)
      yield unit
    }
    return
  }
  for (const row of rows) {
    const unit = fragment().ele('unit', {id: row.id})
    if (row.flags.length > 0) {
      const notes = unit.ele('notes')
      for (const flag of row.flags) notes.ele('note', {category: flag.rule, priority: flag.severity === 'error' ? '1' : '5'}).txt(flag.message)
    }
    const segment = unit.ele('segment', {state: row.en.length > 0 && row.az.length > 0 ? 'translated' : 'initial'})
    segment.ele('source').txt(joined(row.az))
    if (row.en.length > 0) segment.ele('target').txt(joined(row.en))
    yield unit
  }
}

/**
 * `output/<stem>.xlf`: XLIFF 2.1 for the review step of a CAT workflow. With an English edition, one unit
 * per bead (state `translated`; an omission has no target and stays `initial`), its QA findings as notes;
 * without one, one unit per sentence with its gloss as the target, state `initial`. Written unit by unit.
 */
export function xliffChunks(document: OutputDocument): Iterable<string> {
  const root = create({version: '1.0', encoding: 'UTF-8'}).ele(NAMESPACE, 'xliff', {version: '2.1', srcLang: 'az', trgLang: 'en'})
  root.ele('file', {id: 'f1', original: document.source.path}).com(ITEMS)
  return xmlPieces(root, units(document))
}

export const emitXliff = (document: OutputDocument): string => [...xliffChunks(document)].join('')
