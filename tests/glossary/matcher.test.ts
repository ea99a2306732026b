import {describe, expect, it} from 'vitest'
import {compileGlossary, GlossaryMatcher, LAYER, reversedEntries} from '../../pipeline/glossary/index.js'
import {tokenize as matchTokens} from '../../pipeline/text/tokens.js'
import type {GlossaryEntry} from '../../pipeline/glossary/load.js'
import {az} from '../../pipeline/lang/az/index.js'
import {en} from '../../pipeline/lang/en/index.js'
import {glossary, processToDocument} from '../support/pipeline.js'

const entry = (source: string, id: string, type: GlossaryEntry['type'] = null): GlossaryEntry => ({
  id, source, target: id, type, abbr: null, abbrEn: null, alsoEn: [], senseEn: [], required: false, field: null, pos: null, note: null, file: 'test', line: 1
})
const matcher = new GlossaryMatcher(
  [
    entry('qurban', 't.victim'),
    entry('potensial qurban', 't.potential-victim'),
    entry('insan alveri', 't.tip'),
    entry('insan alverçisi', 't.trafficker'),
    entry('sığınacaq', 't.shelter'),
    entry('məcburi əmək', 't.forced-labor'),
    entry('kömək', 't.help'),
    entry('hakim', 't.judge'),
    entry('QHT', 't.ngo'),
    entry('DİN', 'org.mia', 'ORG'),
    entry('İnsan Alverinə Qarşı Mübarizə Baş İdarəsi', 'org.atd', 'ORG'),
    entry('Bakı', 'gpe.baku', 'GPE')
  ],
  az
)
const find = (text: string) => matcher.match(matchTokens(text, 'az')).map((m) => [text.slice(m.start, m.end), m.entry.id])

describe('glossary matcher: inflection', () => {
  it.each([
    ['qurbanlarının', 't.victim'],
    ['qurbana', 't.victim'],
    ['sığınacağa', 't.shelter'],
    ['sığınacaqlarda', 't.shelter'],
    ['köməyə', 't.help'],
    ['QHT-lər', 't.ngo'],
    ['QHT-lərə', 't.ngo'],
    ['DİN-in', 'org.mia'],
    ['Bakıda', 'gpe.baku'],
    ['məcburi əməyə', 't.forced-labor'],
    ['məcburi əməkdən', 't.forced-labor'],
    ['insan alverinə', 't.tip'],
    ['insan alverçiləri', 't.trafficker'],
    ['insan alverçilərinə', 't.trafficker'],
    ['İnsan Alverinə Qarşı Mübarizə Baş İdarəsinə', 'org.atd']
  ])('%s → %s', (text, id) => {
    expect(find(text)).toEqual([[text, id]])
  })

  it.each(['hakimiyyət', 'qurbanlıq', 'sığınacaqçı', 'QHTlər', 'din', 'dinlər', 'məcburi', 'əmək'])('%s is not a glossary word', (text) => {
    expect(find(text)).toEqual([])
  })

  it('uses Turkic casing: İNSAN ALVERİ and İnsan alveri match insan alveri', () => {
    expect(find('İNSAN ALVERİ')).toEqual([['İNSAN ALVERİ', 't.tip']])
    expect(find('İnsan alverinin')).toEqual([['İnsan alverinin', 't.tip']])
  })

  it('takes the longest match', () => {
    expect(find('beş potensial qurban və insan alveri qurbanları')).toEqual([
      ['potensial qurban', 't.potential-victim'],
      ['insan alveri', 't.tip'],
      ['qurbanları', 't.victim']
    ])
  })
})

describe('glossary matcher: fuzzy', () => {
  it('reads a word one letter off a term (stray, missing or wrong letter)', () => {
    for (const word of ['zqurbana', 'qurbnlara', 'sığınacqlarda']) expect(matcher.fuzzy(matchTokens(word, 'az')[0]!)?.id).toBeDefined()
    expect(matcher.fuzzy(matchTokens('zqurbana', 'az')[0]!)!.id).toBe('t.victim')
  })

  it('does not read a word two letters off', () => {
    expect(matcher.fuzzy(matchTokens('zxqurbana', 'az')[0]!)).toBeUndefined()
  })

  it('does not read a short stem one letter off a short term (pols-ların is no polis, maeş-lar no maaş)', () => {
    const {matcher: terms} = compileGlossary(glossary, az)
    for (const word of ['polsların', 'maeşlar']) expect(terms.fuzzy(matchTokens(word, 'az')[0]!, LAYER.term), word).toBeUndefined()
    expect(terms.fuzzy(matchTokens('zqurbana', 'az')[0]!, LAYER.term)?.id).toBe('t.victim')
  })
})

describe('entities in documents', () => {
  it('links a name the document defines in brackets to its entity, also inflected and singular', () => {
    const doc = processToDocument(
      'Bakıda İnsan Alveri Qurbanlarına Yardım Mərkəzləri (Mərkəzlər) işləyir. Mərkəzlərdə qurbanlara kömək edilir. Mərkəz işçiləri azdır. Mərkəzi Asiyadan gələnlər var.'
    )
    expect(doc.sentences.map((s) => s.entities.map((e) => [e.text, e.id]))).toEqual([
      [['Bakıda', 'gpe.baku'], ['İnsan Alveri Qurbanlarına Yardım Mərkəzləri', 'org.vac'], ['Mərkəzlər', 'org.vac']],
      [['Mərkəzlərdə', 'org.vac']],
      [['Mərkəz', 'org.vac']],
      [['Mərkəzi Asiyadan', 'loc.central-asia']]
    ])
  })

  it('shows the English acronym and leaves a currency name alone', () => {
    const doc = processToDocument('Daxili İşlər Nazirliyinin (DİN) sığınacağına 700 manat (410 ABŞ dolları) verilib, DİN-in nəzarətində.')
    const entities = doc.sentences[0]!.entities
    expect(entities.map((e) => [e.text, e.en, e.acronymEn])).toEqual([
      ['Daxili İşlər Nazirliyinin', 'Ministry of Internal Affairs', 'MIA'],
      ['DİN', 'Ministry of Internal Affairs', 'MIA'],
      ['DİN-in', 'Ministry of Internal Affairs', 'MIA']
    ])
    expect(doc.sentences[0]!.gloss).toContain('(DİN [MIA])')
    expect(doc.sentences[0]!.gloss).toContain('410 ABŞ dolları [$410]')
  })

  it('warns when one entity is written two ways', () => {
    const doc = processToDocument(
      'İnsan Alverinə Qarşı Mübarizə İdarəsi işləyir. İnsan Alverinə Qarşı Mübarizə Baş İdarəsi danışdı. İnsan Alverinə Qarşı Mübarizə Baş İdarəsinə yazdılar.'
    )
    expect(doc.diagnostics.filter((d) => d.rule === 'entity-variants')).toMatchObject([
      {line: 1, column: 1, text: 'İnsan Alverinə Qarşı Mübarizə İdarəsi', suggestion: 'İnsan Alverinə Qarşı Mübarizə Baş İdarəsi'}
    ])
  })

  it('marks a fuzzy term with a diagnostic, never silently', () => {
    const doc = processToDocument('Rəsmi təsdiqlənmiş 32 zqurbana yardım göstərilib.')
    expect(doc.sentences[0]!.terms.filter((t) => t.fuzzy).map((t) => [t.text, t.id])).toEqual([['zqurbana', 't.victim']])
    expect(doc.diagnostics.map((d) => d.rule)).toContain('fuzzy-term')
  })
})

describe('glossary matcher: work done once', () => {
  it('answers the same for the same words, sentence after sentence', () => {
    const text = 'qurbanlarına qurbanlar qurbanxyz QHT-lər QHTlər sığınacağa sığınacağxa DİN-ə'
    const once = find(text)
    expect(once).toEqual([['qurbanlarına', 't.victim'], ['qurbanlar', 't.victim'], ['QHT-lər', 't.ngo'], ['sığınacağa', 't.shelter'], ['DİN-ə', 'org.mia']])
    expect(find(text)).toEqual(once)
  })
})

const verb = (source: string, id: string): GlossaryEntry => ({...entry(source, id), pos: 'verb'})
const verbs = new GlossaryMatcher([verb('araşdırmaq', 'v.investigate'), verb('məsuliyyətə cəlb etmək', 'v.prosecute'), verb('göndərmək', 'v.refer')], az)
const findVerbs = (text: string) => verbs.match(matchTokens(text, 'az')).map((m) => [text.slice(m.start, m.end), m.entry.id, m.rest])

describe('glossary matcher: verbs', () => {
  it.each([
    ['araşdırıb', 'ıb'],
    ['araşdırılmış', 'ılmış'],
    ['araşdırmadığına', 'madığına'],
    ['araşdırmaq', 'maq'],
    ['araşdır', ''],
    ['göndərilməsi', 'ilməsi']
  ])('finds %s as the stem and a verb chain (rest %s)', (text, rest) => {
    expect(findVerbs(text)).toEqual([[text, text.startsWith('a') ? 'v.investigate' : 'v.refer', rest]])
  })

  it('reads a reduplicated form only when the stem repeats after the hyphen', () => {
    expect(findVerbs('araşdırılıb-araşdırılmaması')).toEqual([['araşdırılıb-araşdırılmaması', 'v.investigate', 'ılıb-araşdırılmaması']])
    expect(findVerbs('araşdırılıb-göndərilməsi')).toEqual([])
    expect(findVerbs('araşdırılıb-araşdırıcı')).toEqual([])
  })

  it('takes no noun suffixes outside the verb chain', () => {
    for (const word of ['araşdırıcıya', 'araşdırçı', 'göndəriş']) expect(findVerbs(word), word).toEqual([])
  })

  it('writes et as ed before a vowel only, and keeps the noun of a light verb as written', () => {
    expect(findVerbs('məsuliyyətə cəlb edib')).toEqual([['məsuliyyətə cəlb edib', 'v.prosecute', 'ib']])
    expect(findVerbs('məsuliyyətə cəlb etdiyi')).toEqual([['məsuliyyətə cəlb etdiyi', 'v.prosecute', 'diyi']])
    expect(findVerbs('məsuliyyətə cəlb edmiş')).toEqual([])
    expect(findVerbs('məsuliyyət cəlb edib')).toEqual([])
  })
})

describe('glossary matcher: words of a name', () => {
  it('follow each other with one space at most', () => {
    expect(find('potensial qurban')).toEqual([['potensial qurban', 't.potential-victim']])
    expect(find('potensial  qurban')).toEqual([['qurban', 't.victim']])
    expect(find('potensial\nqurban')).toEqual([['potensial\nqurban', 't.potential-victim']])
  })

  it('keep a suffix glued after a closing quote with the name', () => {
    const quoted = new GlossaryMatcher([entry('“Təmiz Dünya”', 'org.clean-world', 'ORG')], az)
    const text = '“Təmiz Dünya”nın işi'
    expect(quoted.match(matchTokens(text, 'az')).map((m) => text.slice(m.start, m.end))).toEqual(['“Təmiz Dünya”nın'])
  })

  it('stay free where another match has taken a token', () => {
    const tokens = matchTokens('potensial qurban', 'az')
    expect(matcher.match(tokens, Uint8Array.from([1, 0])).map((m) => m.entry.id)).toEqual(['t.victim'])
    expect(matcher.match(tokens, Uint8Array.from([0, 1]))).toEqual([])
  })
})

describe('glossary matcher: every concept the words hold', () => {
  it('gives nested and overlapping entries too, and the parts of a hyphenated compound', () => {
    expect([...matcher.ids(matchTokens('potensial qurbanlar', 'az'))].sort()).toEqual(['t.potential-victim', 't.victim'])
    const {matcher: terms} = compileGlossary(glossary, en)
    expect(terms.ids(matchTokens('NGO-run shelters', 'en'), LAYER.term)).toContain('t.ngo')
    expect(terms.match(matchTokens('NGO-run shelters', 'en'), undefined, LAYER.term).map((m) => m.entry.id)).not.toContain('t.ngo')
  })
})

describe('the glossary read the other way', () => {
  it('finds each concept by its English, its other English wordings and its English acronym, under the same id', () => {
    const row: GlossaryEntry = {...entry('Daxili İşlər Nazirliyi', 'org.mia', 'ORG'), target: 'Ministry of Internal Affairs', abbrEn: 'MIA', alsoEn: ['Interior Ministry']}
    const reversed = reversedEntries([row, {...row, source: 'DİN', abbr: 'DİN'}])
    expect(reversed.map((r) => [r.source, r.id, r.abbr])).toEqual([
      ['Ministry of Internal Affairs', 'org.mia', null],
      ['Interior Ministry', 'org.mia', null],
      ['MIA', 'org.mia', 'MIA']
    ])
    const english = new GlossaryMatcher(reversed, en)
    const text = 'the MIA and the Interior Ministry'
    expect(english.match(matchTokens(text, 'en')).map((m) => [text.slice(m.start, m.end), m.entry.id])).toEqual([
      ['MIA', 'org.mia'],
      ['Interior Ministry', 'org.mia']
    ])
  })
})

describe('glossary matcher: forms of the last word', () => {
  it('at one place, prefers the entry whose written form is longer when both end on the same token', () => {
    const both = new GlossaryMatcher([entry('qurban', 't.victim'), entry('qurbanlar', 't.victims')], az)
    const text = 'qurbanların'
    expect(both.match(matchTokens(text, 'az')).map((m) => m.entry.id)).toEqual(['t.victims'])
  })

  it('writes a stem-final alternation only before a suffix that allows it, never alone', () => {
    expect(find('sığınacağ')).toEqual([])
    expect(find('sığınacağlar')).toEqual([])
    expect(find('sığınacağın')).toEqual([['sığınacağın', 't.shelter']])
  })

  it('takes the plural before the possessive in a compound of several words only', () => {
    const single = new GlossaryMatcher([entry('alverçisi', 't.dealer')], az)
    expect(single.match(matchTokens('alverçiləri', 'az'))).toEqual([])
    expect(find('insan alverçiləri')).toEqual([['insan alverçiləri', 't.trafficker']])
  })

  it('reads English irregular plurals and acronyms with a glued ending (no hyphen needed in English)', () => {
    const english = new GlossaryMatcher([{...entry('child', 't.child'), source: 'child'}, {...entry('NGO', 't.ngo'), source: 'NGO'}], en)
    const text = 'children of NGOs and ngos'
    expect(english.match(matchTokens(text, 'en')).map((m) => [text.slice(m.start, m.end), m.entry.id])).toEqual([
      ['children', 't.child'],
      ['NGOs', 't.ngo']
    ])
  })

  it('indexes for fuzzy look-up only one-word forms of four letters or more that need no exact letters', () => {
    const fuzzyOnes = new GlossaryMatcher([entry('qurban', 't.victim'), entry('maaş', 't.wage'), entry('QHTX', 't.acronym'), entry('insan alveri', 't.tip')], az)
    expect(fuzzyOnes.fuzzy(matchTokens('qurbxan', 'az')[0]!)?.id).toBe('t.victim')
    expect(fuzzyOnes.fuzzy(matchTokens('maaxşlar', 'az')[0]!)?.id).toBe('t.wage')
    expect(fuzzyOnes.fuzzy(matchTokens('qhtxz', 'az')[0]!)).toBeUndefined()
    expect(fuzzyOnes.fuzzy(matchTokens('alverix', 'az')[0]!)).toBeUndefined()
  })
})
