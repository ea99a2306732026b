import type {OutputDocument} from './document.js'
import {directionOf, joined, pairRows, sidesOf} from './pairs.js'
import {VERSION} from './version.js'
import {type XmlElement, xmlDocument} from './xml.js'

/** The translation units: one per bead that has both sides (an omission or an addition is no translation to remember). */
function* units(document: OutputDocument): Generator<XmlElement> {
  const {source: sourceLang, target: targetLang} = directionOf(document)
  for (const row of pairRows(document)) {
    if (row.az.length === 0 || row.en.length === 0) continue
    // The original first, as the header's srclang says.
    const {source, target} = sidesOf(document, row)
    yield {
      name: 'tu',
      attributes: {tuid: row.id},
      children: [
        ...row.flags.map((flag) => ({name: 'note', text: `${flag.rule}: ${flag.message}`})),
        {name: 'prop', attributes: {type: 'x-section'}, text: row.section},
        {name: 'prop', attributes: {type: 'x-bead'}, text: row.shape},
        {name: 'prop', attributes: {type: 'x-confidence'}, text: String(row.confidence)},
        {name: 'tuv', attributes: {'xml:lang': sourceLang}, children: [{name: 'seg', text: joined(source)}]},
        {name: 'tuv', attributes: {'xml:lang': targetLang}, children: [{name: 'seg', text: joined(target)}]}
      ]
    }
  }
}

/**
 * `output/<stem>.tmx`: TMX 1.4b, one translation unit per bead with both sides, the original (srclang) first. Each unit carries its bead id,
 * section, shape and confidence as properties and its QA findings as notes, so a CAT tool's reviewer sees them.
 */
export function tmxChunks(document: OutputDocument): Iterable<string> {
  const header: XmlElement = {
    name: 'header',
    attributes: {
      creationtool: 'hesabat',
      creationtoolversion: VERSION,
      segtype: 'sentence',
      'o-tmf': 'hesabat',
      adminlang: 'en',
      srclang: directionOf(document).source,
      datatype: 'plaintext'
    }
  }
  return xmlDocument([{name: 'tmx', attributes: {version: '1.4'}, children: [header]}, {name: 'body'}], units(document))
}

export const emitTmx = (document: OutputDocument): string => [...tmxChunks(document)].join('')
