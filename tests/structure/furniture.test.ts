import {describe, expect, it} from 'vitest'
import {az} from '../../pipeline/lang/az/index.js'
import {classifyLines, readsAsProse, visible} from '../../pipeline/structure/furniture.js'

/** Pages of lines, each page after the first starting with a form feed, as a PDF export writes them. */
const pages = (...texts: string[][]) => texts.flatMap((lines, index) => (index === 0 ? lines : [`\f${lines[0]}`, ...lines.slice(1)]))
const kinds = (lines: string[]) => classifyLines(lines, az).map((kind, index) => `${kind}: ${lines[index]!.replace('\f', '')}`)

describe('visible', () => {
  it('shows a line as a reader sees it', () => {
    expect(visible('\u00ADQur\u200Bban\uFEFF ', az)).toBe('Qurban')
    expect(visible(' a\u00A0\u2003 b\t\tc ', az)).toBe('a b c')
    // NFC: a combining dot above after i composes nothing new, but e + combining diaeresis is ë.
    expect(visible('e\u0308', az)).toBe('ë')
  })
})

describe('classifyLines', () => {
  it('knows blank lines, also those of invisible characters and no-break spaces only', () => {
    expect(classifyLines(['', '  ', '\u200B', '\u00A0', 'Mətn.'], az)).toEqual(['blank', 'blank', 'blank', 'blank', 'content'])
  })

  it.each(['12', '- 12 -', '— 7 —', 'Səhifə 3', 'səhifə 3 / 40', 'Page 2 of 9', '3 / 40', '5-ci səhifə', '5 səh.'])('reads “%s” as a page number', (line) => {
    expect(classifyLines(['Mətn.', line, 'Mətn.'], az)[1]).toBe('page-number')
  })

  it.each(['12345', '12 qurban', 'Səhifə', '- 12'])('reads “%s” as no page number', (line) => {
    expect(classifyLines(['Mətn.', line, 'Mətn.'], az)[1]).toBe('content')
  })

  const header = (page: number) => `İnsan Alveri Hesabatı 2022 — ${page}`
  const body = (page: number) => [`Hökumət ${page}-ci səhifədə bir iş gördü.`, `Başqa bir cümlə ${page}.`]

  it('takes a short line repeated next to page breaks (digits aside) for a running header, also on a page’s first line, which carries the form feed (pdftotext)', () => {
    const lines = pages([header(1), ...body(1)], [header(2), ...body(2)], [header(3), ...body(3)])
    const result = classifyLines(lines, az)
    expect(result.filter((kind) => kind === 'running-header')).toHaveLength(3)
    expect([0, 3, 6].map((index) => result[index])).toEqual(['running-header', 'running-header', 'running-header'])
    expect(result.filter((kind) => kind === 'content')).toHaveLength(6)
  })

  it('wants as many repeats as the language data says (3)', () => {
    const lines = pages([header(1), ...body(1)], [header(2), ...body(2)])
    expect(classifyLines(lines, az)).not.toContain('running-header')
  })

  it('also finds a footer before a page break, or a header after two blank lines or beside a page number', () => {
    const footer = (page: number) => [...body(page), `Hesabat ${page}`]
    expect(classifyLines(pages(footer(1), footer(2), footer(3)), az).filter((kind) => kind === 'running-header')).toHaveLength(3)
    const spaced = (page: number) => ['', '', header(page), ...body(page)]
    expect(classifyLines([...spaced(1), ...spaced(2), ...spaced(3)], az).filter((kind) => kind === 'running-header')).toHaveLength(3)
    const numbered = (page: number) => [String(page), header(page), ...body(page)]
    expect(classifyLines([...numbered(1), ...numbered(2), ...numbered(3)], az)).toEqual(
      [1, 2, 3].flatMap(() => ['page-number', 'running-header', 'content', 'content'])
    )
  })

  it('leaves a repeated line that is not beside a page break as content', () => {
    const lines = [1, 2, 3].flatMap((page) => [...body(page), header(page), ...body(page + 10)])
    expect(classifyLines(lines, az)).not.toContain('running-header')
  })

  it('never takes a sentence, a title or a section heading for furniture, however often it repeats', () => {
    for (const repeated of ['Hökumət səyləri artırdı.', 'AZƏRBAYCAN (Səviyyə 2)', 'MÜDAFİƏ', 'Bu nədir?']) {
      const lines = pages(...[1, 2, 3].map((page) => [repeated, ...body(page)]))
      expect(classifyLines(lines, az), repeated).not.toContain('running-header')
    }
  })

  it('never takes a long line, or one of more than 10 words, or one without letters, for a header', () => {
    for (const repeated of ['Söz '.repeat(11).trim(), 'a'.repeat(101), '* * *']) {
      const lines = pages(...[1, 2, 3].map((page) => [repeated, ...body(page)]))
      expect(classifyLines(lines, az), repeated).not.toContain('running-header')
    }
  })

  it('keeps a line that continues a word broken at a hyphen, even when it repeats like a header', () => {
    const lines = pages(...['Polis qurban-', 'Hakim qurban-', 'Məhkəmə qurban-'].map((broken, page) => [broken, 'ların sayı', ...body(page)]))
    expect(classifyLines(lines, az)).not.toContain('running-header')
  })

  it('keeps a line that continues the sentence across the page break, even when it repeats at page tops like a header', () => {
    // Each page before ends mid-sentence ("… və"); the repeated line starts in lower case and goes on.
    const lines = pages(
      ['Birinci səhifənin cümləsi davam edir və'],
      ['nəticədə qurbanların əksəriyyəti müəyyən', 'edilib.', 'İkinci səhifə bitir və'],
      ['nəticədə qurbanların əksəriyyəti müəyyən', 'olunub.', 'Üçüncü səhifə bitir və'],
      ['nəticədə qurbanların əksəriyyəti müəyyən', 'sayılıb.']
    )
    expect(classifyLines(lines, az)).not.toContain('running-header')
    // The same line after a sentence that ended is a header (it repeats at page tops, as a header does).
    const ended = lines.map((line) => line.replace(/ və$/u, '.'))
    expect(classifyLines(ended, az).filter((kind) => kind === 'running-header')).toHaveLength(3)
  })

  it('says which removed lines read as part of a sentence', () => {
    expect(readsAsProse('nəticədə qurbanların əksəriyyəti', az)).toBe(true)
    expect(readsAsProse('Qurbanların sayı,', az)).toBe(true)
    expect(readsAsProse('İnsan alveri və', az)).toBe(true)
    expect(readsAsProse('2022 İNSAN ALVERİ HAQQINDA HESABAT', az)).toBe(false)
    expect(readsAsProse('ABŞ Dövlət Departamenti', az)).toBe(false)
  })

  it('keeps a line repeated with the same text around it every time: a passage pasted twice, not furniture', () => {
    const same = ['Birinci cümlə burada.', 'Qısa sətir', 'İkinci cümlə burada.']
    const lines = pages(same, same, same)
    expect(classifyLines(lines, az)).not.toContain('running-header')
  })
})

describe('footnotes with no rule above them (a scan loses a thin rule)', () => {
  const body = 'Nazirliyin məlumatına görə, hesabat ilində 41 cinayət faktı qeydə alınıb və işlər məhkəməyə göndərilib.'

  it('takes the notes at a page end that open with a bare number and a capital, their continuations with them', () => {
    const lines = pages([body, '', '1 Qrant müqaviləsi 15 dekabr 2021-ci ildə', 'imzalanıb.', '', '2 Müsahibə sualları əlavədə verilir.'], [body])
    expect(classifyLines(lines, az).slice(0, 6)).toEqual(['content', 'blank', 'footnote', 'footnote', 'blank', 'footnote'])
  })

  it('takes notes at the text’s end as well, right after a sentence with no blank line', () => {
    expect(classifyLines([body, '7 Nazirliyin illik məlumatı yanvarda dərc edilib.'], az)).toEqual(['content', 'footnote'])
  })

  it('leaves a paragraph opening with a count, one the page goes on after, and one after a running sentence', () => {
    // Prose follows: no footnote block ends the page.
    expect(classifyLines([body, '', '5 Qurban sığınacağa yerləşdirilib.', 'Sonra onlar evə qayıdıb və işə düzəlib.', '', body], az)[2]).toBe('content')
    // The line before runs on into it: a sentence broken across lines.
    expect(classifyLines(['Hesabat ilində qurbanların sayı', '12 Nəfər artıb.'], az)[1]).toBe('content')
    // A list item's number has a stop or a bracket; a year is no note's number.
    expect(classifyLines([body, '', '1. Qrant müqaviləsi imzalanıb.'], az)[2]).toBe('content')
    expect(classifyLines([body, '', '2021 Hesabatı dərc edilib.'], az)[2]).toBe('content')
    // Note numbers rise within a block: a lower one after a note is no note of that block.
    expect(classifyLines([body, '', '2 Bax: qərar.', '1 Qrant müqaviləsi imzalanıb.'], az)[2]).toBe('content')
  })
})
