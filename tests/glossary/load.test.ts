import {describe, expect, it} from 'vitest'
import {crossCheck, parseGlossary} from '../../pipeline/glossary/load.js'
import {glossary} from '../support/pipeline.js'

describe('glossary files', () => {
  it('reads OmegaT rows with metadata in the comment column; note may contain anything', () => {
    const {entries, problems} = parseGlossary(
      '# comment\nDaxili İşlər Nazirliyi\tMinistry of Internal Affairs\tid=org.mia; type=ORG; abbr=DİN; abbrEn=MIA; note=a; b=c\n',
      'g.utf8'
    )
    expect(problems).toEqual([])
    expect(entries).toEqual([
      {id: 'org.mia', source: 'Daxili İşlər Nazirliyi', target: 'Ministry of Internal Affairs', type: 'ORG', abbr: 'DİN', abbrEn: 'MIA', alsoEn: [], pos: null, note: 'a; b=c', file: 'g.utf8', line: 2}
    ])
  })

  it('reports each problem with file and line', () => {
    const text = [
      'qurban\tvictim',
      '\tvictim\tid=t.victim',
      'qurban\tvictim\tid=t.Victim',
      'DİN\tMIA\tid=org.mia; type=AGENCY',
      'QHT\tNGO\tid=org.ngo',
      'sığınacaq\tshelter\tid=t.shelter; colour=red'
    ].join('\n')
    expect(parseGlossary(text, 'bad.utf8').problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'bad.utf8:1: expected 3 tab-separated columns (source, target, comment), found 2',
      'bad.utf8:2: empty source term (column 1)',
      'bad.utf8:3: bad id “t.Victim” (lower-case ASCII, dotted: t.victim, org.mia, v.investigate)',
      'bad.utf8:4: bad type “AGENCY” (one of ORG, GPE, LOC, LAW, NORP, EVENT)',
      'bad.utf8:5: id “org.ngo” has no type=; a term id starts with t.',
      'bad.utf8:6: unknown metadata “colour=red” in column 3 (known keys: id, type, pos, abbr, abbrEn, alsoEn, note)'
    ])
  })

  it('finds duplicates and conflicts across rows', () => {
    const {entries} = parseGlossary(
      ['qurban\tvictim\tid=t.victim', 'qurban\tvictim\tid=t.victim', 'qurban\tsacrifice\tid=t.sacrifice', 'zərərçəkmiş\tinjured party\tid=t.victim'].join('\n'),
      'g.utf8'
    )
    expect(crossCheck(entries).map((p) => `${p.line}: ${p.message}`)).toEqual([
      '2: duplicate of g.utf8:1 (“qurban”, t.victim)',
      '3: “qurban” is already t.victim at g.utf8:1; one form, one concept',
      '4: t.victim is “victim” at g.utf8:1 but “injured party” here; one concept, one English'
    ])
  })

  it('the shipped glossary is clean and covers ≥ 150 term concepts and every entity type', () => {
    expect(glossary.problems).toEqual([])
    const terms = new Set(glossary.entries.filter((e) => !e.type).map((e) => e.id))
    const types = new Set(glossary.entries.filter((e) => e.type).map((e) => e.type))
    expect(terms.size).toBeGreaterThanOrEqual(150)
    expect(types).toEqual(new Set(['ORG', 'GPE', 'LOC', 'LAW', 'NORP', 'EVENT']))
  })
})

describe('verb rows', () => {
  it('a verb is pos=verb, an id v.…, and an infinitive', () => {
    const text = ['araşdırmaq\tinvestigate\tid=v.investigate; pos=verb', 'araşdırma\tinvestigate\tid=t.investigate; pos=verb', 'araşdır\tinvestigate\tid=v.investigate; pos=verb', 'qurban\tvictim\tid=t.victim; pos=noun'].join('\n')
    const {entries, problems} = parseGlossary(text, 'v.utf8')
    expect(entries[0]).toMatchObject({id: 'v.investigate', pos: 'verb', type: null})
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '2: id “t.investigate” of a verb starts with v.',
      '2: a verb is given by its infinitive (-maq, -mək)',
      '3: a verb is given by its infinitive (-maq, -mək)',
      '4: bad pos “noun” (pos=verb, or none for a noun)'
    ])
  })
})
