import {describe, expect, it} from 'vitest'
import {processToDocument, seedRaw, seedSentences, SEED_PATH} from './support/pipeline.js'

const doc = processToDocument(seedRaw, SEED_PATH)
const lines = seedRaw.split('\n')

describe('the seed, end to end (2022 Azerbaijan chapter)', () => {
  it('reads the title', () => {
    expect(doc.document).toMatchObject({country: 'Azerbaijan', countryName: 'Azərbaycan', tier: '2', year: 2022})
    expect(doc.document.title).toMatchObject({text: 'AZƏRBAYCAN (Səviyyə 2)', raw: {start: {line: 9, column: 1}}})
  })

  it('finds the six sections; PREVENTION is inferred because the OCR lost its heading', () => {
    expect(doc.sections.map((s) => [s.key, s.heading, s.en, s.inferred])).toEqual([
      ['summary', null, null, false],
      ['recommendations', 'PRİORİTET TÖVSİYƏLƏR:', 'PRIORITIZED RECOMMENDATIONS:', false],
      ['prosecution', 'MƏHKƏMƏ TƏQİBİ', 'PROSECUTION', false],
      ['protection', 'MÜDAFİƏ', 'PROTECTION', false],
      ['prevention', null, 'PREVENTION', true],
      ['profile', 'İNSAN ALVERİ PROFİLİ:', 'TRAFFICKING PROFILE:', false]
    ])
  })

  it('pins the sentence count per section (checked by hand)', () => {
    const counts: Record<string, number> = {}
    for (const sentence of doc.sentences) counts[sentence.section] = (counts[sentence.section] ?? 0) + 1
    expect(counts).toEqual({summary: 11, recommendations: 11, prosecution: 22, protection: 49, prevention: 13, profile: 11})
  })

  it('matches the hand-made segmentation sentence for sentence', () => {
    expect(seedSentences).toHaveLength(117)
    expect(doc.sentences.map(({section, text}) => ({section, text}))).toEqual(seedSentences)
  })

  it('gives every sentence a raw span whose text, with layout undone, is the sentence', () => {
    const undoLayout = (raw: string) => raw.replace(/-[ \n]*\n\s*/g, '-').replace(/\s+/g, ' ')
    for (const sentence of doc.sentences) {
      const slice = seedRaw.slice(sentence.raw.start.offset, sentence.raw.end.offset)
      expect(undoLayout(slice)).toBe(sentence.text)
      const line = lines[sentence.raw.start.line - 1]!
      expect(line.slice(sentence.raw.start.column - 1).startsWith(slice.split('\n')[0]!)).toBe(true)
    }
  })

  it('reports exactly the slips of the original, the inferred heading and the two-way entity name', () => {
    expect(doc.diagnostics.map(({rule, severity, text, suggestion, line, column}) => ({rule, severity, text, suggestion, line, column}))).toEqual([
      {rule: 'glued-words', severity: 'warning', text: 'sığınacağayardımı', suggestion: 'sığınacağa yardımı', line: 26, column: 66},
      {rule: 'duplicated-words', severity: 'warning', text: 'idarə olunan idarə olunan', suggestion: 'idarə olunan', line: 44, column: 12},
      {
        rule: 'entity-variants',
        severity: 'warning',
        text: 'İnsan Alverinə Qarşı Mübarizə İdarəsi',
        suggestion: 'İnsan Alverinə Qarşı Mübarizə Baş İdarəsi',
        line: 157,
        column: 59
      },
      {rule: 'fuzzy-term', severity: 'warning', text: 'zqurbana', suggestion: 'qurban', line: 339, column: 27},
      {rule: 'stray-letter', severity: 'warning', text: 'zqurbana', suggestion: 'qurbana', line: 339, column: 27},
      {
        rule: 'inferred-heading',
        severity: 'warning',
        text: 'Hökumət profilaktik tədbirləri davam etdirib. Milli…',
        suggestion: undefined,
        line: 398,
        column: 2
      },
      {rule: 'duplicated-words', severity: 'warning', text: 'məcburi məcburi', suggestion: 'məcburi', line: 482, column: 73}
    ])
  })

  it('lists the ten recommendation markers as removed, each at its raw place', () => {
    expect(doc.removed).toHaveLength(10)
    for (const item of doc.removed) {
      expect(item.reason).toBe('list-marker')
      expect(lines[item.line - 1]!.slice(item.column - 1, item.column)).toBe('*')
    }
  })

  it('loses no character: everything that is not whitespace is in a sentence, the title, a heading or removed[]', () => {
    const covered = new Uint8Array(seedRaw.length)
    const mark = (start: number, end: number) => covered.fill(1, start, end)
    for (const sentence of doc.sentences) mark(sentence.raw.start.offset, sentence.raw.end.offset)
    mark(doc.document.title!.raw.start.offset, doc.document.title!.raw.end.offset)
    for (const section of doc.sections) if (section.raw) mark(section.raw.start.offset, section.raw.end.offset)
    const offsetOf = (line: number, column: number) => lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1
    for (const item of doc.removed) {
      const offset = offsetOf(item.line, item.column)
      mark(offset, offset + item.text.length)
    }
    const lost = [...seedRaw].filter((char, index) => !covered[index] && /\S/u.test(char))
    expect(lost).toEqual([])
  })
})
