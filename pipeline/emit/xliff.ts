import {create, fragment} from 'xmlbuilder2'
import type {XMLBuilder} from 'xmlbuilder2/lib/interfaces.js'
import type {OutputDocument} from './document.js'
import {joined, pairRows, sidesOf} from './pairs.js'
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
      // The gloss is the English of an edition in another language; an English edition has none.
      if (sentence.gloss !== undefined) segment.ele('target').txt(sentence.gloss)
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
    // The original is the source, the edition under review the target; a sentence left untranslated has none.
    const {source, target} = sidesOf(document, row)
    const segment = unit.ele('segment', {state: source.length > 0 && target.length > 0 ? 'translated' : 'initial'})
    segment.ele('source').txt(joined(source))
    if (target.length > 0) segment.ele('target').txt(joined(target))
    yield unit
  }
}

/**
 * `output/<stem>.xlf`: XLIFF 2.1 for the review step of a CAT workflow. With an English edition, one unit
 * per bead, the original as source and the translation under review as target (state `translated`; a sentence
 * left untranslated has no target and stays `initial`), its QA findings as notes;
 * without one, one unit per sentence with its gloss as the target, state `initial`. Written unit by unit.
 */
export function xliffChunks(document: OutputDocument): Iterable<string> {
  // A pair: the original is the source (the English, unless the pair says otherwise). A single edition: its own
  // text is the source and its gloss (English) the target.
  const single = document.source.language
  const languages = document.pair ? {srcLang: document.pair.source, trgLang: document.pair.target} : {srcLang: single, ...(single === 'en' ? {} : {trgLang: 'en'})}
  const root = create({version: '1.0', encoding: 'UTF-8'}).ele(NAMESPACE, 'xliff', {version: '2.1', ...languages})
  root.ele('file', {id: 'f1', original: document.source.path}).com(ITEMS)
  return xmlPieces(root, units(document))
}

export const emitXliff = (document: OutputDocument): string => [...xliffChunks(document)].join('')
