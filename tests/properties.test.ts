import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {processText} from '../pipeline/processor.js'
import {glossary, processToDocument} from './support/pipeline.js'
import {cleanSlice, lostCharacters} from './support/invariants.js'

/**
 * How many documents each property sees: small in `npm test`, large in `npm run fuzz`. `npm test` uses a
 * fixed seed, so CI is repeatable; `npm run fuzz` draws a new one each time (fast-check prints it with any
 * counterexample, to replay with FUZZ_SEED).
 */
const runs = Number(process.env.FUZZ_RUNS ?? 60)
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? undefined : 20221126
fc.configureGlobal(seed === undefined ? {} : {seed})

const words = [
  'Hökumət', 'qurbanlarına', 'insan', 'alveri', 'sığınacağa', 'QHT-lər', 'DİN-in', 'məcburi', 'əməyə', 'ildə', 'manat',
  'İnsan', 'Alverinə', 'Qarşı', 'Mübarizə', 'Baş', 'İdarəsi', 'yardım', 'göstərib', 'və', 'bir', 'beş', 'on', 'dörd',
  'qurban', 'larının', 'ABŞ', 'dolları', 'Bakıda', 'kömək', 'hakimiyyət', 'üçün', 'biri', '14-ü', '2021-ci', '124,700',
  '0,94', '(73,350', 'dolları)', '“Qanun”', 'COVID-19', 'maddəsi', '144-1-ci', 'sərt', 'edib;', 'idi,'
]
const word = fc.constantFrom(...words)
const sentence = fc
  .tuple(fc.array(word, {minLength: 1, maxLength: 14}), fc.constantFrom('.', '.', '!', '?', '', '.*'))
  .map(([list, stop]) => list.join(' ') + stop)
const heading = fc.constantFrom('MƏHKƏMƏ TƏQİBİ', 'MÜDAFİƏ', 'PRİORİTET TÖVSİYƏLƏR:', 'İNSAN ALVERİ PROFİLİ:', 'QARŞISININ ALINMASI')
const block = fc.oneof({weight: 4, arbitrary: fc.array(sentence, {minLength: 1, maxLength: 5}).map((list) => list.join('  '))}, {weight: 1, arbitrary: heading})
const title = fc.constantFrom('AZƏRBAYCAN (Səviyyə 2)', 'AZƏRBAYCAN: Sıra 2', 'GÜRCÜSTAN (Səviyyə 1)', '')

/** Layout noise of a PDF export, applied to a text line by line. */
const noise = fc.record({
  width: fc.integer({min: 12, max: 90}),
  hyphenate: fc.boolean(),
  blankEvery: fc.integer({min: 0, max: 3}),
  pageEvery: fc.integer({min: 0, max: 12}),
  crlf: fc.boolean(),
  nbsp: fc.boolean(),
  lookalike: fc.boolean(),
  invisible: fc.boolean(),
  nfd: fc.boolean()
})

type Noise = typeof noise extends fc.Arbitrary<infer T> ? T : never

function render(blocks: string[], top: string, n: Noise): string {
  const lines: string[] = top ? [top, ''] : []
  for (const text of blocks) {
    let line = ''
    for (const token of text.split(' ')) {
      if (line && line.length + token.length + 1 > n.width) {
        // Break a long plain word with a word-break hyphen now and then.
        const plain = /^\p{Ll}{8,}$/u.test(token)
        if (n.hyphenate && plain) {
          lines.push(`${line} ${token.slice(0, 4)}-`)
          line = token.slice(4)
          continue
        }
        lines.push(line)
        line = token
      } else line = line ? `${line} ${token}` : token
    }
    if (line) lines.push(line)
    lines.push('')
  }
  const out: string[] = []
  lines.forEach((line, index) => {
    out.push(line)
    if (n.blankEvery && index % n.blankEvery === 0) out.push(' ')
    if (n.pageEvery && index > 0 && index % n.pageEvery === 0) out.push('', `- ${index} -`, '', '2022 HESABAT', '')
  })
  let text = out.join(n.crlf ? '\r\n' : '\n')
  if (n.nbsp) text = text.replace(/ (?=\p{L})/gu, (space, offset: number) => (offset % 7 === 0 ? '\u00A0' : space))
  if (n.lookalike) text = text.replace(/a(?=\p{Ll})/gu, (char, offset: number) => (offset % 5 === 0 ? '\u0430' : char))
  if (n.invisible) text = text.replace(/(\p{Ll})(\p{Ll})/gu, (pair, a: string, b: string, offset: number) => (offset % 11 === 0 ? `${a}\u200B${b}` : pair))
  if (n.nfd) text = text.normalize('NFD')
  return text
}

const documents = fc.tuple(fc.array(block, {minLength: 1, maxLength: 8}), title, noise).map(([blocks, top, n]) => render(blocks, top, n))

describe('invariants on generated noisy documents (fast-check)', () => {
  it('loses nothing: every visible character is in a sentence, the title, a heading or removed[]', () => {
    fc.assert(
      fc.property(documents, (raw) => {
        expect(lostCharacters(raw, processToDocument(raw))).toEqual([])
      }),
      {numRuns: runs}
    )
  })

  it('positions are true: a sentence’s raw slice, cleaned, is its text; items sit at their offsets', () => {
    fc.assert(
      fc.property(documents, (raw) => {
        const document = processToDocument(raw)
        for (const sentence of document.sentences) {
          expect(cleanSlice(raw, document, sentence.raw.start.offset, sentence.raw.end.offset)).toBe(sentence.text)
          for (const item of [...sentence.numbers, ...sentence.entities, ...sentence.terms]) {
            expect(sentence.text.slice(item.start, item.end)).toBe(item.text)
            expect(cleanSlice(raw, document, item.raw[0], item.raw[1])).toBe(item.text)
          }
        }
      }),
      {numRuns: runs}
    )
  })

  // The clean text written as a text file of paragraphs, a blank line between them: a heading line stands alone there
  // as it did in the input (one line of a file without blank lines could be a line of a wrapped paragraph).
  it('cleaning is idempotent: the clean text, a paragraph a block, cleaned again is itself', () => {
    fc.assert(
      fc.property(documents, (raw) => {
        const source = {path: 'p.az.txt', sha256: '', language: 'az', year: 2022}
        const once = processText(raw, source, glossary).file.data.clean!.text
        // Six short blocks in a row, figures in half, read as a table the second time, with no page number between
        // them any more: a text of headings only, no clean text of a document.
        fc.pre(!/(?:^|\n)(?:[^.\n]{1,40}(?:\n|$)){6}/u.test(once))
        const twice = processText(once.split('\n').join('\n\n'), source, glossary).file.data.clean!.text
        expect(twice).toBe(once)
      }),
      {numRuns: runs}
    )
  })

  it('never throws on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 400}), (raw) => {
        processToDocument(raw)
      }),
      {numRuns: runs * 3}
    )
  })
})
