import {create} from 'xmlbuilder2'
import {describe, expect, it} from 'vitest'
import {toTbx} from '../../pipeline/glossary/tbx.js'
import {glossary} from '../support/pipeline.js'

describe('TBX export', () => {
  const tbx = toTbx(glossary)
  const parsed = create(tbx).end({format: 'object'}) as any

  it('is TBX-Basic with one conceptEntry per concept', () => {
    expect(parsed.tbx['@type']).toBe('TBX-Basic')
    expect(parsed.tbx['@xmlns']).toBe('urn:iso:std:iso:30042:ed-2')
    const concepts = parsed.tbx.text.body.conceptEntry
    expect(concepts).toHaveLength(new Set(glossary.entries.map((e) => e.id)).size)
  })

  it('holds every Azerbaijani variant and the English with its acronym', () => {
    const mia = parsed.tbx.text.body.conceptEntry.find((c: any) => c['@id'] === 'org.mia')
    const [az, en] = mia.langSec
    expect(az['@xml:lang']).toBe('az')
    expect(az.termSec.map((t: any) => t.term)).toEqual(['Daxili İşlər Nazirliyi', 'DİN'])
    expect(en.termSec.map((t: any) => t.term)).toEqual(['Ministry of Internal Affairs', 'MIA'])
  })

  it('escapes XML special characters', () => {
    const one = toTbx({...glossary, entries: [{...glossary.entries[0]!, source: 'A & B <C>', note: null}]})
    expect(one).toContain('<term>A &amp; B &lt;C&gt;</term>')
  })
})
