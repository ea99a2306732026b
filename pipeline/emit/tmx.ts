import {create, fragment} from 'xmlbuilder2'
import type {XMLBuilder} from 'xmlbuilder2/lib/interfaces.js'
import type {OutputDocument} from './document.js'
import {directionOf, joined, pairRows, sidesOf} from './pairs.js'
import {VERSION} from './version.js'
import {ITEMS, xmlPieces} from './xml-pieces.js'

/** The translation units: one per bead that has both sides (an omission or an addition is no translation to remember). */
function* units(document: OutputDocument): Generator<XMLBuilder> {
  for (const row of pairRows(document)) {
    if (row.az.length === 0 || row.en.length === 0) continue
    const unit = fragment().ele('tu', {tuid: row.id})
    for (const flag of row.flags) unit.ele('note').txt(`${flag.rule}: ${flag.message}`)
    unit.ele('prop', {type: 'x-section'}).txt(row.section)
    unit.ele('prop', {type: 'x-bead'}).txt(row.shape)
    unit.ele('prop', {type: 'x-confidence'}).txt(String(row.confidence))
    // The original first, as the header's srclang says.
    const {source, target} = sidesOf(document, row)
    const {source: sourceLang, target: targetLang} = directionOf(document)
    unit.ele('tuv', {'xml:lang': sourceLang}).ele('seg').txt(joined(source))
    unit.ele('tuv', {'xml:lang': targetLang}).ele('seg').txt(joined(target))
    yield unit
  }
}

/**
 * `output/<stem>.tmx`: TMX 1.4b, one translation unit per bead with both sides, the original (srclang) first. Each unit carries its bead id,
 * section, shape and confidence as properties and its QA findings as notes, so a CAT tool's reviewer sees them.
 */
export function tmxChunks(document: OutputDocument): Iterable<string> {
  const root = create({version: '1.0', encoding: 'UTF-8'}).ele('tmx', {version: '1.4'})
  root.ele('header', {
    creationtool: 'hesabat',
    creationtoolversion: VERSION,
    segtype: 'sentence',
    'o-tmf': 'hesabat',
    adminlang: 'en',
    srclang: directionOf(document).source,
    datatype: 'plaintext'
  })
  root.ele('body').com(ITEMS)
  return xmlPieces(root, units(document))
}

export const emitTmx = (document: OutputDocument): string => [...tmxChunks(document)].join('')
