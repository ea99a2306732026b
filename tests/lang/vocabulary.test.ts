import {describe, expect, it} from 'vitest'
import {az} from '../../pipeline/lang/az/index.js'
import {lower, upper} from '../../pipeline/text/casing.js'
import type {Language} from '../../pipeline/lang/index.js'
import {documentVocabulary, Vocabulary} from '../../pipeline/lang/vocabulary.js'

describe('casing', () => {
  it('uses Turkic İ/i and I/ı', () => {
    expect(lower('İSTİSMAR IŞIQ')).toBe('istismar ışıq')
    expect(upper('istismar ışıq')).toBe('İSTİSMAR IŞIQ')
    expect(lower('İ')).toHaveLength(1)
  })
})

describe('Vocabulary', () => {
  const vocabulary = new Vocabulary(az, new Set(['sənədli']))

  it('knows listed forms and document words', () => {
    expect(vocabulary.isWord('qurbanlarının')).toBe(true)
    expect(vocabulary.isWord('sənədli')).toBe(true)
  })

  it('analyses a known stem plus suffixes, with q→ğ and k→y', () => {
    // Forms chosen because the word list lacks them but has their stems.
    expect(az.words().has('reviktimizasiyasının')).toBe(false)
    expect(vocabulary.isWord('alverçilərinə')).toBe(true)
    expect(vocabulary.isWord('sığınacağa')).toBe(true)
    expect(vocabulary.isWord('köməyə')).toBe(true)
  })

  it('rejects glued words, stray letters and suffix strings', () => {
    expect(vocabulary.isWord('sığınacağayardımı')).toBe(false)
    expect(vocabulary.isWord('zqurbana')).toBe(false)
    expect(vocabulary.startsLikeWord('ləşdirilməsi')).toBe(false)
    expect(vocabulary.startsLikeWord('ların')).toBe(false)
    expect(vocabulary.startsLikeWord('yardımı')).toBe(true)
  })
})

/** Azerbaijani with only these forms in its word list (a new object: answers are remembered per language). */
const withWords = (...words: string[]): Language => ({...az, words: () => new Set(words)})

describe('Vocabulary.listed', () => {
  it('is true only for a form in the word list or the document', () => {
    const vocabulary = new Vocabulary(withWords('qurban'), new Set(['sənədli']))
    expect(vocabulary.listed('qurban')).toBe(true)
    expect(vocabulary.listed('sənədli')).toBe(true)
    expect(vocabulary.listed('qurbanlar')).toBe(false)
    expect(vocabulary.listed('xyzqw')).toBe(false)
  })
})

describe('Vocabulary.isWord: stem plus suffix chain', () => {
  it('finds a listed stem through the stem-final alternations q → ğ and k → y', () => {
    const vocabulary = new Vocabulary(withWords('sığınacaq', 'kömək'))
    expect(vocabulary.isWord('sığınacağa')).toBe(true)
    expect(vocabulary.isWord('SIĞINACAĞIN')).toBe(true)
    expect(vocabulary.isWord('köməyə')).toBe(true)
  })

  it('finds a stem the document lists through the same alternations', () => {
    const vocabulary = new Vocabulary(withWords(), new Set(['sığınacaq']))
    expect(vocabulary.isWord('sığınacağa')).toBe(true)
    expect(vocabulary.isWord('sığınacaq')).toBe(true)
    expect(vocabulary.isWord('sığınacaqlarda')).toBe(true)
  })

  it('alternates only the letters the language pairs: q is written ğ, never y', () => {
    const vocabulary = new Vocabulary(withWords('sığınacaq'))
    expect(vocabulary.isWord('sığınacaya')).toBe(false)
    expect(vocabulary.isWord('qurbaya')).toBe(false)
  })

  it('needs a suffix after an alternated stem: the bare alternated stem is not a word', () => {
    const vocabulary = new Vocabulary(withWords('sığınacaq'))
    expect(vocabulary.isWord('sığınacağ')).toBe(false)
  })

  it('analyses a stem of exactly the shortest stem length (three letters)', () => {
    expect(az.morphology.minStem).toBe(3)
    const vocabulary = new Vocabulary(withWords('yol'))
    expect(vocabulary.isWord('yollarda')).toBe(true)
    expect(vocabulary.isWord('yolun')).toBe(true)
  })

  it('does not analyse a listed stem shorter than three letters', () => {
    expect(az.morphology.minStem).toBe(3)
    const vocabulary = new Vocabulary(withWords('üz', 'at'))
    expect(vocabulary.isWord('üznın')).toBe(false)
    expect(vocabulary.isWord('atnın')).toBe(false)
    // In the real word list as well: these are not forms of üz or at.
    expect(new Vocabulary(az).isWord('üznın')).toBe(false)
    expect(new Vocabulary(az).isWord('atnın')).toBe(false)
  })
})

describe('documentVocabulary', () => {
  it('counts the lower-case words of the text, hyphen-joined parts as one word', () => {
    const {counts} = documentVocabulary('QHT-lər və QHT-lər, BMT-nin İnsan insan', az)
    expect([...counts].sort()).toEqual([
      ['bmt-nin', 1],
      ['insan', 2],
      ['qht-lər', 2],
      ['və', 1]
    ])
  })

  it('builds the vocabulary from the words used more than once', () => {
    const {vocabulary} = documentVocabulary('QHT-lər və QHT-lər, BMT-nin İnsan insan', az)
    expect(vocabulary.inDocument('qht-lər')).toBe(true)
    expect(vocabulary.inDocument('insan')).toBe(true)
    expect(vocabulary.inDocument('bmt-nin')).toBe(false)
    expect(vocabulary.inDocument('və')).toBe(false)
  })

  it('takes the counts a caller hands over instead of counting the text again', () => {
    const counted = new Map([
      ['sığınacaq', 2],
      ['qurban', 1]
    ])
    const {counts, vocabulary} = documentVocabulary('tamam başqa mətn mətn', az, counted)
    expect([...counts]).toEqual([...counted])
    expect(vocabulary.inDocument('sığınacaq')).toBe(true)
    expect(vocabulary.inDocument('mətn')).toBe(false)
  })
})

describe('Vocabulary.isWord: stem-final alternations', () => {
  it('reads an alternated stem only before a vowel-led suffix (sığınacağa is a word, sığınacağlar is not)', () => {
    const vocabulary = new Vocabulary(az)
    expect(vocabulary.isWord('sığınacağa')).toBe(true)
    expect(vocabulary.isWord('sığınacaqlar')).toBe(true)
    expect(vocabulary.isWord('sığınacağlar')).toBe(false)
    // (Not köməylər: the word list itself holds köməy, so köməy + lər is a listed stem and a chain.)
  })
})

describe('Vocabulary.isWord: vowel harmony', () => {
  it('takes a stem with suffixes of its vowels’ class, and no stem with suffixes out of harmony (OCR’s ı for i, ü for u)', () => {
    const vocabulary = new Vocabulary(withWords('dekabr', 'statistika', 'məktəb'))
    expect(vocabulary.isWord('dekabrın')).toBe(true)
    expect(vocabulary.isWord('statistikasına')).toBe(true)
    expect(vocabulary.isWord('məktəbində')).toBe(true)
    expect(vocabulary.isWord('dekabrin')).toBe(false)
    expect(vocabulary.isWord('statistikasina')).toBe(false)
    expect(vocabulary.isWord('məktəbında')).toBe(false)
  })

  it('holds for verb forms too (olunur, never olunür)', () => {
    const vocabulary = new Vocabulary(withWords('olunmaq'))
    expect(vocabulary.isWord('olunur')).toBe(true)
    expect(vocabulary.isWord('olunür')).toBe(false)
  })
})
