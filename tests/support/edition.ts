import {rewrapNarrow} from './noisy.js'
import {seedRaw, seedSentences} from './pipeline.js'

/**
 * The seed as the chapter of another country and tier: its title replaced, its text wrapped at a width of
 * its own (chapters of a real edition share no lines; five copies wrapped alike would, and a line that
 * repeats near page breaks reads as a running header).
 */
export const chapterOf = (title: string) => rewrapNarrow(seedRaw.replace('AZƏRBAYCAN (Səviyyə 2)', title), 40 + 7 * EDITION_TITLES.indexOf(title))

/** Titles of the test edition: a Watch List, a Tier 3 and a name ISO knows only by its report name. */
export const EDITION_TITLES = [
  'GÜRCÜSTAN (Səviyyə 1)',
  'AZƏRBAYCAN (Səviyyə 2)',
  'QIRĞIZISTAN: Səviyyə 2 Müşahidə Siyahısı',
  'İRAN (Səviyyə 3)',
  'BİRLƏŞMİŞ ƏRƏB ƏMİRLİKLƏRİ (Səviyyə 2)'
]

export const FRONT_MATTER = ['2022 İNSAN ALVERİ HAQQINDA HESABAT', '', 'Mündəricat', '', 'Giriş ........ 3', '', 'Ölkələr üzrə hesabatlar ........ 55', '']

/**
 * A whole edition as a PDF export gives it: front matter, then the chapters, with a page number and a
 * running header every 40 lines through the whole file (so across chapter boundaries, and inside sentences).
 */
export function editionText(): string {
  const lines = [...FRONT_MATTER, ...EDITION_TITLES.flatMap((title) => chapterOf(title).split('\n'))]
  const out: string[] = []
  let page = 1
  lines.forEach((line, index) => {
    out.push(line)
    if (index > 0 && index % 40 === 0) out.push('', String(++page), '\f2022 İNSAN ALVERİ HAQQINDA HESABAT', '')
  })
  return out.join('\n')
}

/** The hand-made segmentation's sentences of one section. */
const of = (key: string) => seedSentences.filter((sentence) => sentence.section === key).map((sentence) => sentence.text)

/**
 * The seed laid out as editions before about 2017 lay out a chapter: the trafficking profile first and the
 * summary after it, neither with a heading; the recommendations headed "AZƏRBAYCAN ÜÇÜN TÖVSİYƏLƏR:", the
 * prevention section "QARŞISININ ALINMASI", and the prosecution heading lost. Built from the hand-made
 * segmentation, so the expected section of every sentence is known.
 */
export function olderLayout(): string {
  const lines = (texts: string[]) => texts.join(' ')
  return [
    'AZƏRBAYCAN (Səviyyə 2)',
    '',
    lines(of('profile')),
    '',
    lines(of('summary')),
    '',
    'AZƏRBAYCAN ÜÇÜN TÖVSİYƏLƏR:',
    of('recommendations').map((text) => `* ${text}`).join(' '),
    '',
    lines(of('prosecution')),
    '',
    'MÜDAFİƏ',
    lines(of('protection')),
    '',
    'QARŞISININ ALINMASI',
    lines(of('prevention')),
    ''
  ].join('\n')
}

/**
 * The seed as a PDF converter's Markdown export: a table of contents before the title, the title and the
 * headings as `#` headings (prevention's still lost), the recommendations as a `-` list, names in bold, a link,
 * an escaped character, a code span and a thematic break. Built from the hand-made segmentation.
 */
export function markdownRendering(): string {
  const marked = (text: string) =>
    text
      .replace('Daxili İşlər Nazirliyinin', '**Daxili İşlər Nazirliyinin**')
      .replace('GRETA', '[GRETA](https://www.coe.int/en/web/anti-human-trafficking/greta)')
      .replace('COVID-19', '`COVID-19`')
      .replace('LGBTQKİ+', 'LGBTQKİ\\+')
  // Each section: its Markdown heading line (or a thematic break where the heading was lost), then its text.
  const sections: Array<[string, string]> = [
    ['## MƏHKƏMƏ TƏQİBİ', 'prosecution'],
    ['## MÜDAFİƏ', 'protection'],
    ['---', 'prevention'],
    ['## İNSAN ALVERİ PROFİLİ:', 'profile']
  ]
  return [
    '- [Azərbaycan](#azerbaycan)',
    '- [Gürcüstan](#gurcustan)',
    '',
    '# AZƏRBAYCAN (Səviyyə 2)',
    '',
    of('summary').map(marked).join(' '),
    '',
    '## PRİORİTET TÖVSİYƏLƏR:',
    '',
    ...of('recommendations').map((text) => `- ${marked(text)}`),
    ...sections.flatMap(([heading, key]) => ['', heading, '', of(key).map(marked).join(' ')]),
    ''
  ].join('\n')
}
