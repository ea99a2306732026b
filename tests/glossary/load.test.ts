import {describe, expect, it} from 'vitest'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {crossCheck, loadGlossary, parseGlossary} from '../../pipeline/glossary/load.js'
import {glossary} from '../support/pipeline.js'

describe('glossary files', () => {
  it('reads OmegaT rows with metadata in the comment column; note may contain anything', () => {
    const {entries, problems} = parseGlossary(
      '# comment\nDaxili İşlər Nazirliyi\tMinistry of Internal Affairs\tid=org.mia; type=ORG; abbr=DİN; abbrEn=MIA; note=a; b=c\n',
      'g.utf8'
    )
    expect(problems).toEqual([])
    expect(entries).toEqual([
      {id: 'org.mia', source: 'Daxili İşlər Nazirliyi', target: 'Ministry of Internal Affairs', type: 'ORG', abbr: 'DİN', abbrEn: 'MIA', alsoEn: [], senseEn: [], required: false, field: null, pos: null, note: 'a; b=c', file: 'g.utf8', line: 2}
    ])
  })

  it('reads the QA fields: other senses of a word, a required concept, a subject field', () => {
    const {entries, problems} = parseGlossary(
      'göstərici\tindicator\tid=t.indicator; senseEn=figure | statistic; required=yes; field=statistics; note=polysemous\n',
      'g.utf8'
    )
    expect(problems).toEqual([])
    expect(entries[0]).toMatchObject({senseEn: ['figure', 'statistic'], required: true, field: 'statistics', note: 'polysemous'})
    const bad = parseGlossary('qurban\tvictim\tid=t.victim; required=no; field=Legal Status\n', 'g.utf8').problems.map((p) => p.message)
    expect(bad).toEqual(['bad required “no” (required=yes, or leave it out)', 'bad field “Legal Status” (lower-case ASCII words joined by hyphens: penalty, justice, exploitation)'])
    // One concept, one field.
    const two = parseGlossary('həbs\timprisonment\tid=t.imprisonment; field=penalty\nhəbs cəzası\timprisonment\tid=t.imprisonment; field=justice\n', 'g.utf8')
    expect(crossCheck(two.entries).map((p) => p.message)).toEqual(['t.imprisonment has field penalty at g.utf8:1 but justice here; one concept, one field'])
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
      'bad.utf8:6: unknown metadata “colour=red” in column 3 (known keys: id, type, pos, abbr, abbrEn, alsoEn, senseEn, required, field, note)'
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

describe('glossary rows: every format problem named', () => {
  const problemsOf = (text: string) => parseGlossary(text, 'g.utf8').problems.map((p) => `${p.line}: ${p.message}`)

  it('reads a file with a byte-order mark and CRLF line ends', () => {
    const {entries, problems} = parseGlossary('\uFEFFqurban\tvictim\tid=t.victim\r\nsığınacaq\tshelter\tid=t.shelter\r\n', 'g.utf8')
    expect(problems).toEqual([])
    expect(entries.map((e) => [e.source, e.id, e.line])).toEqual([['qurban', 't.victim', 1], ['sığınacaq', 't.shelter', 2]])
  })

  it('names text not in NFC, an empty target, an empty value, a key given twice and a missing id', () => {
    expect(problemsOf('qurban\tvictim\tid=t.victim; alsoEn=')).toEqual(['1: empty value for alsoEn='])
    expect(problemsOf('qurban\t\tid=t.victim')).toEqual(['1: empty target term (column 2)'])
    expect(problemsOf('qurban\tvictim\tid=t.victim; id=t.victim')).toEqual(['1: id= given twice'])
    expect(problemsOf('qurban\tvictim\tabbr=Q')).toEqual(['1: missing id= in column 3'])
    expect(problemsOf('qurbane\u0301\tvictim\tid=t.victim')).toEqual(['1: text is not in NFC (composed) form; save the file normalised'])
  })

  it('checks that an entity id begins with its type and a term id with t.', () => {
    expect(problemsOf('DİN\tMIA\tid=gpe.mia; type=ORG')).toEqual(['1: id “gpe.mia” does not match type ORG (expected org.…)'])
    expect(problemsOf('DİN\tMIA\tid=org.mia; type=ORG')).toEqual([])
    expect(problemsOf('qurban\tvictim\tid=v.victim')).toEqual(['1: id “v.victim” has no type=; a term id starts with t.'])
  })

  it('keeps no row without its source, target or id, but keeps a row with other problems', () => {
    expect(parseGlossary('\tvictim\tid=t.victim\nqurban\t\tid=t.victim\nqurban\tvictim\tabbr=Q', 'g.utf8').entries).toEqual([])
    expect(parseGlossary('qurban\tvictim\tid=t.victim; colour=red', 'g.utf8').entries.map((e) => e.id)).toEqual(['t.victim'])
  })

  it('reads note= after a semicolon with or without a space, keeps everything after it, and allows a trailing semicolon', () => {
    expect(parseGlossary('qurban\tvictim\tid=t.victim;note=a; b=c', 'g.utf8').entries[0]!.note).toBe('a; b=c')
    expect(problemsOf('qurban\tvictim\tid=t.victim; type=;')).toEqual(['1: empty value for type='])
    expect(problemsOf('qurban\tvictim\tid=t.victim;')).toEqual([])
    expect(problemsOf('qurban\tvictim\tid=; note=x')).toEqual(['1: empty value for id='])
    expect(parseGlossary('qurban\tvictim\tid= t.victim ', 'g.utf8').entries[0]!.id).toBe('t.victim')
  })

  it('takes an id only as a whole: lower-case ASCII words joined by dots and hyphens', () => {
    expect(problemsOf('qurban\tvictim\tid=Xt.victim')).toEqual(['1: bad id “Xt.victim” (lower-case ASCII, dotted: t.victim, org.mia, v.investigate)'])
    expect(problemsOf('qurban\tvictim\tid=t.victim!')).toEqual(['1: bad id “t.victim!” (lower-case ASCII, dotted: t.victim, org.mia, v.investigate)'])
    expect(problemsOf('qurban\tvictim\tid=t.trafficking-victim.child')).toEqual([])
  })

  it('wants a verb row to end in its infinitive ending', () => {
    expect(problemsOf('araşdırmaqla\tinvestigate\tid=v.investigate; pos=verb')).toEqual(['1: a verb is given by its infinitive (-maq, -mək)'])
    expect(problemsOf('məhkum etmək\tconvict\tid=v.convict; pos=verb')).toEqual([])
  })

  it('splits alsoEn at | and trims each wording, dropping empty ones', () => {
    const [row] = parseGlossary('araşdırma\tinvestigation\tid=t.investigation; alsoEn= research | investigate || ', 'g.utf8').entries
    expect(row!.alsoEn).toEqual(['research', 'investigate'])
  })

  it('finds a duplicate whatever its casing (Turkic), and a type that changes within one id', () => {
    const {entries} = parseGlossary(['İnsan alveri\ttrafficking\tid=t.tip', 'insan alveri\ttrafficking\tid=t.tip', 'Bakı\tBaku\tid=gpe.baku; type=GPE', 'Bakı şəhəri\tBaku\tid=gpe.baku; type=LOC'].join('\n'), 'g.utf8')
    expect(crossCheck(entries).map((p) => `${p.line}: ${p.message}`)).toEqual([
      '2: duplicate of g.utf8:1 (“insan alveri”, t.tip)',
      '4: gpe.baku has type GPE at g.utf8:3 but LOC here'
    ])
  })
})

describe('glossary folders', () => {
  it('reads the glossary files of a folder in name order, hashing names and bytes, problems sorted by file and line', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'hesabat-glossary-'))
    writeFileSync(path.join(folder, 'b.txt'), 'qurban\tvictim\tid=t.victim\nbad row\n')
    writeFileSync(path.join(folder, 'a.utf8'), 'sığınacaq\tshelter\tid=t.shelter\nqurban\tvictim\tid=t.victim\n')
    writeFileSync(path.join(folder, 'notes.md'), 'not a glossary')
    const loaded = await loadGlossary(folder)
    expect(loaded.files.map((file) => path.basename(file))).toEqual(['a.utf8', 'b.txt'])
    expect(loaded.entries.map((e) => `${path.basename(e.file)}:${e.line}`)).toEqual(['a.utf8:1', 'a.utf8:2', 'b.txt:1'])
    expect(loaded.problems.map((p) => `${path.basename(p.file)}:${p.line}`)).toEqual(['b.txt:1', 'b.txt:2'])
    const again = await loadGlossary(folder)
    expect(again.sha256).toBe(loaded.sha256)
    writeFileSync(path.join(folder, 'b.txt'), 'qurban\tvictim\tid=t.victim\n')
    expect((await loadGlossary(folder)).sha256).not.toBe(loaded.sha256)
    rmSync(folder, {recursive: true, force: true})
  })

  it('is empty for a missing folder, unless one is required', async () => {
    const missing = path.join(tmpdir(), 'hesabat-no-such-glossary')
    const empty = await loadGlossary(missing)
    expect([empty.entries, empty.problems, empty.files]).toEqual([[], [], []])
    await expect(loadGlossary(missing, {required: true})).rejects.toThrow(`${missing}: no such glossary folder`)
  })

  it('refuses a file where the folder should be, required or not: no run goes on without the glossary it was given', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'hesabat-glossary-'))
    const file = path.join(folder, 'glossary')
    writeFileSync(file, 'qurban\tvictim\tid=t.victim\n')
    for (const required of [false, true]) await expect(loadGlossary(file, {required})).rejects.toThrow(`${file}: is a file, not a glossary folder`)
    rmSync(folder, {recursive: true, force: true})
  })
})
