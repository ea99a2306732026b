import type {OutputDiagnostic, OutputDocument} from './document.js'
import {joined, pairRows, sidesOf} from './pairs.js'
import {type XmlElement, xmlDocument} from './xml.js'

const NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2'

/** A finding as a note: the rule, the message and a reviewer's decision; a dismissed finding of the least priority. */
const note = (flag: OutputDiagnostic, dismissed = false): XmlElement => ({
  name: 'note',
  attributes: {from: 'hesabat', priority: dismissed ? '10' : flag.severity === 'error' ? '1' : '5'},
  text: `${flag.rule}: ${flag.message}${flag.review ? ` [${flag.review.status}${flag.review.comment ? `: ${flag.review.comment}` : ''}]` : ''}`
})

/** The trans-units: one per bead of a pair, or one per sentence with its gloss for a single edition. */
function* units(document: OutputDocument): Generator<XmlElement> {
  const rows = pairRows(document)
  if (rows.length === 0) {
    for (const sentence of document.sentences) {
      const children: XmlElement[] = [{name: 'source', text: sentence.text}]
      if (sentence.gloss !== undefined) children.push({name: 'target', attributes: {state: 'needs-review-translation'}, text: sentence.gloss})
      yield {name: 'trans-unit', attributes: {id: sentence.id}, children}
    }
    return
  }
  for (const row of rows) {
    const {source, target} = sidesOf(document, row)
    // A bead with a finding not dismissed wants a look; one without is translated. An untranslated bead has no target.
    const children: XmlElement[] = [{name: 'source', text: joined(source)}]
    if (target.length > 0) children.push({name: 'target', attributes: {state: row.flags.length > 0 ? 'needs-review-translation' : 'translated'}, text: joined(target)})
    children.push(...row.flags.map((flag) => note(flag)), ...row.dismissed.map((flag) => note(flag, true)))
    yield {name: 'trans-unit', attributes: {id: row.id, resname: row.section}, children}
  }
}

/**
 * `output/<stem>.v12.xlf`: XLIFF 1.2, which far more CAT tools read than 2.x: the same units as the XLIFF 2.1
 * (xliff.ts), a trans-unit per bead with the original as source, the translation as target (its state
 * `needs-review-translation` while a finding stands, else `translated`) and the findings as notes.
 */
export function xliff12Chunks(document: OutputDocument): Iterable<string> {
  const single = document.source.language
  const languages = document.partner
    ? {'source-language': document.languages.source!, 'target-language': document.languages.target!}
    : {'source-language': single, ...(single === 'en' ? {} : {'target-language': 'en'})}
  return xmlDocument(
    [
      {name: 'xliff', attributes: {xmlns: NAMESPACE, version: '1.2'}},
      {name: 'file', attributes: {original: document.source.path, ...languages, datatype: 'plaintext'}},
      {name: 'body'}
    ],
    units(document)
  )
}

export const emitXliff12 = (document: OutputDocument): string => [...xliff12Chunks(document)].join('')
