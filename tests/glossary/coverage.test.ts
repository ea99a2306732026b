import {describe, expect, it} from 'vitest'
import {coverage, formIndex, stemOf} from '../../pipeline/glossary/coverage.js'
import {az} from '../../pipeline/lang/az/index.js'
import {processToDocument, SEED_PATH, seedRaw} from '../support/pipeline.js'

describe('glossary coverage', () => {
  it('stems with the lexicon: an enclitic follows a case ending, never a bare stem', () => {
    // A one-letter ending is cut when the documents write the stem with another ending too.
    expect(stemOf('iştirakı', az, formIndex(['iştirakı', 'iştirakına']))).toBe('iştirak')
    expect(stemOf('iştirakı', az)).toBe('iştirakı')
    expect(stemOf('qurbanların', az)).toBe('qurban')
    expect(stemOf('nəzarətindəki', az)).toBe('nəzarət')
    // A base form ending in a vowel stays whole.
    expect(stemOf('rəsmi', az)).toBe('rəsmi')
  })

  it('proposes no forms of the common verbs and no function words', () => {
    const rows = coverage([processToDocument(seedRaw, SEED_PATH)], az, {top: 400})
    // Function words may stand inside an n-gram, not at its ends; verb forms nowhere.
    const words = rows.flatMap((row) => row.text.toLocaleLowerCase('az').split(' '))
    const ends = rows.flatMap((row) => [row.text.toLocaleLowerCase('az').split(' ')[0], row.text.toLocaleLowerCase('az').split(' ').at(-1)])
    for (const verb of ['almaq', 'edin', 'keçin', 'etmişdir', 'göstərib']) expect(words, verb).not.toContain(verb)
    for (const word of ['ilə', 'üçün', 'və']) expect(ends, word).not.toContain(word)
    expect(rows.length).toBeGreaterThan(50)
  })

  it('names the file of each example with several inputs', () => {
    const rows = coverage([processToDocument(seedRaw, 'a/2022-azerbaijan.az.txt'), processToDocument(seedRaw, 'b/2021-azerbaijan.az.txt')], az, {top: 5})
    expect(rows.every((row) => row.file === 'a/2022-azerbaijan.az.txt')).toBe(true)
  })
})

describe('coverage: ranking', () => {
  // Worked out by hand: natural's tf-idf gives a key tf × (1 + ln(documents / (1 + documents holding it))).
  const one = processToDocument('Fermer təsərrüfatları böyüyür. Fermer təsərrüfatlarına baxın. Fermer təsərrüfatları kiçilir. Kənd yolları pisdir. Kənd yolları yaxşıdır. Tək söz burada.', 'a/2022-x.az.txt')
  const two = processToDocument('Kənd yolları pisdir. Kənd yolları yaxşıdır. Qurban evləri kənd qurban yolları.', 'b/2022-y.az.txt')
  const rows = coverage([one, two], az, {top: 50})

  it('ranks by tf-idf, then count, then key; a key of one document outranks a more frequent one of both', () => {
    expect(rows.slice(0, 6).map((row) => [row.key, row.count, row.tfidf])).toEqual([
      ['fermer', 3, 3],
      ['fermer təsərrüfat', 3, 3],
      ['təsərrüfat', 3, 3],
      ['kənd', 5, Math.round(5 * (1 + Math.log(2 / 3)) * 1000) / 1000],
      ['yol', 5, Math.round(5 * (1 + Math.log(2 / 3)) * 1000) / 1000],
      ['kənd yol', 4, Math.round(4 * (1 + Math.log(2 / 3)) * 1000) / 1000]
    ])
  })

  it('shows the form written most often, with the first sentence and file it is in', () => {
    expect(rows.find((row) => row.key === 'fermer təsərrüfat')).toMatchObject({text: 'Fermer təsərrüfatları', n: 2, example: one.sentences[0]!.id, file: 'a/2022-x.az.txt'})
  })

  it('leaves out what occurs once and what the glossary covers, and no n-gram crosses a covered word', () => {
    const keys = rows.map((row) => row.key)
    for (const word of ['tək', 'söz', 'burada', 'evlər', 'evləri']) expect(keys.some((key) => key.split(' ').includes(word)), word).toBe(false)
    expect(keys.some((key) => key.includes('qurban'))).toBe(false)
  })

  it('keeps to maxN words and the top rows', () => {
    expect(coverage([one, two], az, {maxN: 1, top: 50}).every((row) => row.n === 1)).toBe(true)
    expect(coverage([one, two], az, {top: 2}).map((row) => row.key)).toEqual(['fermer', 'fermer təsərrüfat'])
  })
})

describe('coverage: words and runs', () => {
  const rows = (text: string) => coverage([processToDocument(text, 'a/2022-x.az.txt')], az, {top: 100})

  it('keeps a hyphenated word whole, and lets no n-gram cross punctuation', () => {
    const keys = rows('Sosial-iqtisadi vəziyyət pisdir. Sosial-iqtisadi vəziyyət, fermer təsərrüfatları. Fermer, təsərrüfatları yaxşıdır.').map((row) => row.key)
    expect(keys).toContain('sosial-iqtisadi vəziyyət')
    expect(keys.some((key) => key.startsWith('vəziyyət fermer'))).toBe(false)
    expect(keys).not.toContain('fermer təsərrüfat')
  })

  it('counts no word shorter than three letters', () => {
    expect(rows('Ab fermerlər gəldi. Ab fermerlər getdi.').some((row) => row.key.split(' ').includes('ab'))).toBe(false)
  })

  it('cuts a one-letter ending only when the documents write the stem with another ending too', () => {
    expect(rows('İştirakı vacibdir. İştirakı artıb. İştirakına baxın.').find((row) => row.text === 'İştirakı')?.key).toBe('iştirak')
    expect(rows('İştirakı vacibdir. İştirakı artıb.').find((row) => row.text === 'İştirakı')?.key).toBe('iştirakı')
    // The word itself is no other form of its stem.
    expect(stemOf('iştirakı', az, formIndex(['iştirakı']))).toBe('iştirakı')
  })
})

describe('formIndex', () => {
  it('gives exactly the forms that start with a prefix, whatever their letters (the same as a scan of all forms)', () => {
    const letters = ['a', 'ə', 'ı', 'i', 'ş', 'q', 'z', 'İ']
    let state = 7
    const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31), state)
    const forms = Array.from({length: 400}, () => Array.from({length: 1 + (next() % 6)}, () => letters[next() % letters.length]).join(''))
    const index = formIndex(forms)
    for (const prefix of ['', 'a', 'əı', 'şq', 'İa', 'zzzzzzz', ...forms.slice(0, 40)]) {
      const expected = [...new Set(forms.filter((form) => form.startsWith(prefix)))].sort()
      expect([...index.withPrefix(prefix)].sort()).toEqual(expected)
    }
  })
})
