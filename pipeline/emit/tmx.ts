import {create} from 'xmlbuilder2'
import type {OutputDocument} from './document.js'
import {joined, pairRows} from './pairs.js'
import {VERSION} from './version.js'

/**
 * `output/<stem>.tmx`: TMX 1.4b, one translation unit per bead that has both sides (an omission or an
 * addition is no translation to remember). Each unit carries its bead id, section, shape and confidence
 * as properties and its QA findings as notes, so a CAT tool's reviewer sees them.
 */
export function emitTmx(document: OutputDocument): string {
  const root = create({version: '1.0', encoding: 'UTF-8'}).ele('tmx', {version: '1.4'})
  root.ele('header', {
    creationtool: 'hesabat',
    creationtoolversion: VERSION,
    segtype: 'sentence',
    'o-tmf': 'hesabat',
    adminlang: 'en',
    srclang: 'az',
    datatype: 'plaintext'
  })
  const body = root.ele('body')
  for (const row of pairRows(document)) {
    if (row.az.length === 0 || row.en.length === 0) continue
    const unit = body.ele('tu', {tuid: row.id})
    for (const flag of row.flags) unit.ele('note').txt(`${flag.rule}: ${flag.message}`)
    unit.ele('prop', {type: 'x-section'}).txt(row.section)
    unit.ele('prop', {type: 'x-bead'}).txt(row.shape)
    unit.ele('prop', {type: 'x-confidence'}).txt(String(row.confidence))
    unit.ele('tuv', {'xml:lang': 'az'}).ele('seg').txt(joined(row.az))
    unit.ele('tuv', {'xml:lang': 'en'}).ele('seg').txt(joined(row.en))
  }
  return `${root.end({prettyPrint: true})}\n`
}
