import {describe, expect, it} from 'vitest'
import {compileGlossary, LAYER} from '../../pipeline/glossary/index.js'
import {parseGlossary} from '../../pipeline/glossary/load.js'
import {az} from '../../pipeline/lang/az/index.js'
import {en} from '../../pipeline/lang/en/index.js'
import type {Language} from '../../pipeline/lang/index.js'
import {tokenize} from '../../pipeline/text/tokens.js'

/** compileGlossary: the matchers of one glossary for one language, its rows by id, and the English wordings the QA compares. */
const rows = [
  'Daxili İşlər Nazirliyi\tMinistry of Internal Affairs\tid=org.mia; type=ORG; abbr=DİN; abbrEn=MIA',
  'DİN\tMinistry of Internal Affairs\tid=org.mia; type=ORG; abbr=DİN; abbrEn=MIA',
  'təlim\ttraining\tid=t.training; alsoEn=instruction of officials',
  'araşdırmaq\tinvestigate\tid=v.investigate; pos=verb'
].join('\n')
const parsed = parseGlossary(rows, 'g.utf8')
const glossary = {...parsed, sha256: '0', files: ['g.utf8']}
const ids = (compiled: ReturnType<typeof compileGlossary>, layer: number, text: string, lang: Language) => [...compiled.matcher.ids(tokenize(text, lang.locale), layer)]

describe('compileGlossary', () => {
  it('keeps the rows of each id in file order', () => {
    const {byId} = compileGlossary(glossary, az)
    expect(byId.get('org.mia')!.map((row) => row.source)).toEqual(['Daxili İşlər Nazirliyi', 'DİN'])
    expect([...byId.keys()]).toEqual(['org.mia', 't.training', 'v.investigate'])
  })

  it('puts entities, terms and verbs in their own layers, for the source and for the English', () => {
    const source = compileGlossary(glossary, az)
    expect(ids(source, LAYER.entity, 'DİN təlim araşdırıb', az)).toEqual(['org.mia'])
    expect(ids(source, LAYER.term, 'DİN təlim araşdırıb', az)).toEqual(['t.training'])
    expect(ids(source, LAYER.verb, 'DİN təlim araşdırıb', az)).toEqual(['v.investigate'])
    const english = compileGlossary(glossary, en)
    expect(ids(english, LAYER.entity, 'the MIA', en)).toEqual(['org.mia'])
    expect(ids(english, LAYER.term, 'instruction of officials', en)).toEqual(['t.training'])
    expect(ids(english, LAYER.verb, 'they investigated', en)).toEqual(['v.investigate'])
  })

  it('gives the English wordings as stems of their content words, for the English only', () => {
    const {wordings} = compileGlossary(glossary, en)
    expect(wordings.get('org.mia')).toEqual([['ministri', 'intern', 'affair']])
    expect(wordings.get('t.training')).toEqual([['train'], ['instruct', 'offici']])
    expect(compileGlossary(glossary, az).wordings.size).toBe(0)
  })

  it('is built once per glossary and language', () => {
    expect(compileGlossary(glossary, az)).toBe(compileGlossary(glossary, az))
    expect(compileGlossary(glossary, en)).not.toBe(compileGlossary(glossary, az))
  })
})
