import type {OutputDiagnostic, OutputDocument} from './document.js'
import {joined, pairRows, sidesOf} from './pairs.js'
import {type XmlElement, xmlDocument} from './xml.js'

const NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0'

/** The units: one per bead of a pair, or one per sentence with its gloss for a single edition. */
function* units(document: OutputDocument): Generator<XmlElement> {
  const rows = pairRows(document)
  if (rows.length === 0) {
    for (const sentence of document.sentences) {
      // The gloss is the English of an edition in another language; an English edition has none.
      const sides: XmlElement[] = [{name: 'source', text: sentence.text}]
      if (sentence.gloss !== undefined) sides.push({name: 'target', text: sentence.gloss})
      yield {name: 'unit', attributes: {id: sentence.id}, children: [{name: 'segment', attributes: {state: 'initial'}, children: sides}]}
    }
    return
  }
  for (const row of rows) {
    const children: XmlElement[] = []
    // A reviewer's decision goes with its finding; a dismissed one is a note of the least priority.
    const decided = (flag: OutputDiagnostic) => (flag.review ? ` [${flag.review.status}${flag.review.comment ? `: ${flag.review.comment}` : ''}]` : '')
    const notes = [
      ...row.flags.map((flag) => ({name: 'note', attributes: {category: flag.rule, priority: flag.severity === 'error' ? '1' : '5'}, text: flag.message + decided(flag)})),
      ...row.dismissed.map((flag) => ({name: 'note', attributes: {category: flag.rule, priority: '10'}, text: flag.message + decided(flag)}))
    ]
    if (notes.length > 0) children.push({name: 'notes', children: notes})
    // The original is the source, the edition under review the target; a sentence left untranslated has none.
    const {source, target} = sidesOf(document, row)
    const sides: XmlElement[] = [{name: 'source', text: joined(source)}]
    if (target.length > 0) sides.push({name: 'target', text: joined(target)})
    children.push({name: 'segment', attributes: {state: source.length > 0 && target.length > 0 ? 'translated' : 'initial'}, children: sides})
    yield {name: 'unit', attributes: {id: row.id}, children}
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
  const languages = document.partner ? {srcLang: document.languages.source!, trgLang: document.languages.target!} : {srcLang: single, ...(single === 'en' ? {} : {trgLang: 'en'})}
  return xmlDocument(
    [
      {name: 'xliff', attributes: {xmlns: NAMESPACE, version: '2.1', ...languages}},
      {name: 'file', attributes: {id: 'f1', original: document.source.path}}
    ],
    units(document)
  )
}

export const emitXliff = (document: OutputDocument): string => [...xliffChunks(document)].join('')
