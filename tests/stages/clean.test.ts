import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {az} from '../../pipeline/lang/az/index.js'
import {classifyLines} from '../../pipeline/structure/furniture.js'
import {decideHyphen} from '../../pipeline/stages/clean/hyphens.js'
import {clean} from '../../pipeline/stages/clean/index.js'
import {parse} from '../../pipeline/stages/parse/index.js'
import {rawSpan} from '../../pipeline/text/mapped-text.js'
import {Vocabulary} from '../../pipeline/lang/vocabulary.js'
import type {Paragraph, Root} from '../../pipeline/tree.js'

function cleaned(raw: string) {
  const processor = unified().use(parse).use(clean)
  const file = new VFile({path: 'x.az.txt', value: raw, data: {lang: az}})
  const tree = processor.runSync(processor.parse(file), file) as Root
  return {file, paragraphs: (tree.children as Paragraph[]).map((p) => p.value), mapped: file.data.clean!}
}

describe('clean: lines and paragraphs', () => {
  it('joins broken lines and page-break runs inside a sentence, collapsing whitespace', () => {
    const {paragraphs} = cleaned('Hökumət insan   alveri \n\n \n\n\n \nqurbanlarına kömək edib.  Bu il.\n')
    expect(paragraphs).toEqual(['Hökumət insan alveri qurbanlarına kömək edib. Bu il.'])
  })

  it('starts a paragraph where a line ends a sentence and the next starts one', () => {
    const {paragraphs} = cleaned('Birinci cümlə bitdi.\n\nİkinci abzas başlayır\nvə davam edir.\n')
    expect(paragraphs).toEqual(['Birinci cümlə bitdi.', 'İkinci abzas başlayır və davam edir.'])
  })

  it('reads CRLF, CR and form feeds as line ends and page breaks', () => {
    const {paragraphs, file} = cleaned('Hökumət\r\nqurbanlara\rkömək\f edib.')
    expect(paragraphs).toEqual(['Hökumət qurbanlara kömək edib.'])
    expect(file.data.removed).toEqual([])
  })
})

describe('clean: line-end hyphens', () => {
  it('keeps real hyphens after acronyms and numerals, drops word-break hyphens', () => {
    const {paragraphs, file} = cleaned('QHT-\nlər və DİN-\nin 2021-\nci ildə qurban-\nlarının sayı.\n')
    expect(paragraphs).toEqual(['QHT-lər və DİN-in 2021-ci ildə qurbanlarının sayı.'])
    expect(file.data.removed).toEqual([{reason: 'word-break-hyphen', text: '-', offset: 'QHT-\nlər və DİN-\nin 2021-\nci ildə qurban'.length}])
  })

  it('keeps the hyphen of a compound the document writes with a hyphen elsewhere', () => {
    const {paragraphs} = cleaned('Onlar üz-üzə qalıb və sonra üz-\nüzə gəliblər.\n')
    expect(paragraphs).toEqual(['Onlar üz-üzə qalıb və sonra üz-üzə gəliblər.'])
  })

  const vocabulary = new Vocabulary(az)
  it.each([
    ['QHT', 'lər', 'keep'],
    ['2020', 'ci', 'keep'],
    ['Qeyri', 'Hökumət', 'keep'],
    ['ayrı', 'ayrı', 'keep'],
    ['araşdırılıb', 'araşdırılmaması', 'keep'],
    ['sosial', 'iqtisadi', 'keep'],
    ['qurban', 'larının', 'drop'],
    ['humanist', 'ləşdirilməsi', 'drop'],
    ['müəyyənləş', 'dirilməsi', 'drop'],
    ['sığınacaq', 'larda', 'drop'],
    ['alverçi', 'lərinə', 'drop']
  ] as const)('%s- + %s → %s', (left, right, decision) => {
    expect(decideHyphen(left, right, vocabulary, az)).toBe(decision)
  })

  it('joins at a soft hyphen at the line end', () => {
    expect(cleaned('qurban\u00AD\nlarının sayı.').paragraphs).toEqual(['qurbanlarının sayı.'])
  })
})

describe('clean: words broken with no hyphen, and words spaced out', () => {
  it('joins a word the PDF broke before ə (a glyph run of its own), keeping raw places, and lists the join', () => {
    const raw = 'Tikinti obyektl\nərində və Birl\nəşmiş Millətlər təşkilatının müqayis\nədə verdiyi məlumat.\n'
    const {paragraphs, file, mapped} = cleaned(raw)
    expect(paragraphs).toEqual(['Tikinti obyektlərində və Birləşmiş Millətlər təşkilatının müqayisədə verdiyi məlumat.'])
    expect(file.data.removed!.filter((removal) => removal.reason === 'word-break').map((removal) => removal.text)).toEqual(['obyektl|ərində', 'Birl|əşmiş', 'müqayis|ədə'])
    // The joined word maps back to both its pieces in the raw text.
    const at = paragraphs[0]!.indexOf('obyektlərində')
    expect(raw.slice(...rawSpan(mapped, at, at + 'obyektlərində'.length))).toBe('obyektl\nərində')
  })

  it('never joins two words across a break, whatever letter opens the second', () => {
    expect(cleaned('Hökumət və\nəhali arasında DMX\nəməkdaşları işləyir.\n').paragraphs).toEqual(['Hökumət və əhali arasında DMX əməkdaşları işləyir.'])
  })

  it('flags a break before ə where neither piece nor the whole is a word, and leaves the text apart', () => {
    const {paragraphs, file} = cleaned('Sənəddə zurk\nəpt yazılıb.\n')
    expect(paragraphs).toEqual(['Sənəddə zurk əpt yazılıb.'])
    expect(file.messages.map((message) => [message.ruleId, message.expected?.[0]])).toEqual([['broken-word', 'zurkəpt']])
  })

  it('joins a word spaced out letter by letter in a line, each word of a spaced heading on its own', () => {
    const {paragraphs, file} = cleaned('Q Ə R A R\n\nM Ü Ə Y Y Ə N  E T D İ:\n\nŞəxslər xüsusi s ı ğ ı n a c a ğ ı n d a yerləşdirilib, a b c bəndləri üzrə.\n')
    // Each line of the heading stands alone between blank lines: a block of its own.
    expect(paragraphs).toEqual(['QƏRAR', 'MÜƏYYƏN ETDİ:', 'Şəxslər xüsusi sığınacağında yerləşdirilib, a b c bəndləri üzrə.'])
    expect(file.data.removed!.filter((removal) => removal.reason === 'letter-spacing').map((removal) => removal.text)).toEqual([
      'Q Ə R A R',
      'M Ü Ə Y Y Ə N',
      'E T D İ',
      's ı ğ ı n a c a ğ ı n d a'
    ])
  })

  it('joins a word spelled out one letter a line', () => {
    expect(cleaned('Məhkəmə onu\nt\nə\nq\ns\ni\nr\nl\ni\nbilib.\n').paragraphs).toEqual(['Məhkəmə onu təqsirli bilib.'])
  })
})

describe('clean: characters', () => {
  it('normalises NFD to NFC and maps positions to the decomposed raw text', () => {
    const raw = 'Ko\u0308mək edib.'.normalize('NFD')
    const {paragraphs, mapped} = cleaned(raw)
    expect(paragraphs).toEqual(['Kömək edib.'])
    expect(rawSpan(mapped, 0, 5)).toEqual([0, 6])
  })

  it('maps Cyrillic look-alikes inside Latin words, incl. the Cyrillic schwa, and reports them as info', () => {
    const {paragraphs, file} = cleaned('Hökumәt qurbаnlara kömək edib. Москва qalır.')
    expect(paragraphs).toEqual(['Hökumət qurbanlara kömək edib. Москва qalır.'])
    expect(file.messages.map((m) => [m.ruleId, m.actual, m.expected?.[0], m.fatal])).toEqual([
      ['lookalike-letter', 'Hökumәt', 'Hökumət', undefined],
      ['lookalike-letter', 'qurbаnlara', 'qurbanlara', undefined]
    ])
  })

  it('drops BOM, zero-width characters and soft hyphens; NBSP and tabs become spaces', () => {
    const {paragraphs} = cleaned('\uFEFFHökumət\u00A0insan\talveri qur\u200Bban\u00ADlarına kömək edib.')
    expect(paragraphs).toEqual(['Hökumət insan alveri qurbanlarına kömək edib.'])
  })

  it('keeps curly and straight quotes', () => {
    expect(cleaned('“İnsan alveri” və "qurban" sözləri.').paragraphs).toEqual(['“İnsan alveri” və "qurban" sözləri.'])
  })

  it('lists a control character it drops', () => {
    const {paragraphs, file} = cleaned('Hökumət\u0007 edib.')
    expect(paragraphs).toEqual(['Hökumət edib.'])
    expect(file.data.removed).toEqual([{reason: 'control-character', text: '\u0007', offset: 7}])
  })
})

describe('clean: page furniture', () => {
  const page = (n: number, body: string) => `${body}\n\n- ${n} -\n\n\n2022 İNSAN ALVERİ HESABATI\n\n`

  it('recognises page numbers in the usual styles', () => {
    const kinds = classifyLines(['- 3 -', 'Səhifə 12', '7', '3 / 20', 'Hökumət 3 işi araşdırıb', ''], az)
    expect(kinds).toEqual(['page-number', 'page-number', 'page-number', 'page-number', 'content', 'blank'])
  })

  it('removes running headers and page numbers inside a sentence and lists them with their place', () => {
    const raw = page(1, 'Hökumət insan') + page(2, 'alveri qurbanlarına') + page(3, 'kömək edib.') + 'Son.'
    const {paragraphs, file} = cleaned(raw)
    expect(paragraphs).toEqual(['Hökumət insan alveri qurbanlarına kömək edib.', 'Son.'])
    const removed = file.data.removed!
    expect(removed.filter((r) => r.reason === 'page-number').map((r) => r.text)).toEqual(['- 1 -', '- 2 -', '- 3 -'])
    expect(removed.filter((r) => r.reason === 'running-header')).toHaveLength(3)
    for (const item of removed) expect(raw.slice(item.offset, item.offset + item.text.length)).toBe(item.text)
  })

  it('does not take a repeated word-break continuation for a header (found by the property tests)', () => {
    const page = (n: number) => `\n\n- ${n} -\n\n2022 HESABAT\n\n`
    const raw = `Hökumət qurb-${page(1)}anlarına${page(2)}kömək edib. Sonra qurb-${page(3)}anlarına${page(4)}baxdı. Və qurb-${page(5)}anlarına${page(6)}getdi.`
    const {paragraphs} = cleaned(raw)
    expect(paragraphs.join(' ')).toBe('Hökumət qurbanlarına kömək edib. Sonra qurbanlarına baxdı. Və qurbanlarına getdi.')
  })

  it('does not take a repeated line of text for a header when no page break is near it', () => {
    const kinds = classifyLines(['insan alveri', 'qurbanlar', 'insan alveri', 'qurbanlar', 'insan alveri'], az)
    expect(kinds.every((kind) => kind === 'content')).toBe(true)
  })
})

describe('clean: footnote markers set apart, and headings standing alone', () => {
  const note = '\n\n__________\n7 Nazirliyin illik məlumatı yanvarda dərc edilib.\n'

  it('takes a footnote’s number set apart before a postposition or a stop as its marker, once', () => {
    const {paragraphs, file} = cleaned(`Nazirliyin məlumatına 7 görə, 41 fakt qeydə alınıb.${note}`)
    expect(paragraphs).toEqual(['Nazirliyin məlumatına görə, 41 fakt qeydə alınıb.'])
    expect(file.data.removed!.filter((removal) => removal.reason === 'footnote-marker')).toEqual([{reason: 'footnote-marker', text: '7', offset: 22}])
  })

  it('leaves a count, a number after a label, and a number no footnote has', () => {
    // A count stands before its noun; "Maddə 7." is an article; 8 is no footnote's number.
    for (const text of ['Hökumət 7 qurban müəyyən edib.', 'Bu barədə Maddə 7. deyilir.', 'Məlumata 8 görə, fakt qeydə alınıb.']) {
      const {paragraphs, file} = cleaned(`${text}${note}`)
      expect(paragraphs).toEqual([text])
      expect(file.data.removed!.filter((removal) => removal.reason === 'footnote-marker')).toEqual([])
    }
  })

  it('keeps a short line standing alone between blank lines out of the sentences around it, and a wrapped line in', () => {
    expect(cleaned('Giriş bitdi.\n\nQurbanlara yardım\n\nQurbanlara maddi yardım ödənilir.\n').paragraphs).toEqual([
      'Giriş bitdi.',
      'Qurbanlara yardım',
      'Qurbanlara maddi yardım ödənilir.'
    ])
    expect(cleaned('yekun hesabat\n\n1. Giriş\n\nBu hesabat nəticələri əks etdirir.\n').paragraphs).toEqual(['yekun hesabat', '1. Giriş', 'Bu hesabat nəticələri əks etdirir.'])
    // Not alone, or followed by the sentence it runs into: one paragraph.
    expect(cleaned('Giriş bitdi.\nQurbanlara yardım\nedilir.\n').paragraphs).toEqual(['Giriş bitdi.', 'Qurbanlara yardım edilir.'])
    expect(cleaned('Giriş bitdi.\n\nQurbanlara yardım\n\nedilir.\n').paragraphs).toEqual(['Giriş bitdi.', 'Qurbanlara yardım edilir.'])
  })
})

describe('clean: where a line ends no sentence though it has a stop, and where an item starts one though the line before has none', () => {
  it('runs a line that ends in an initial into the surname on the next line', () => {
    expect(cleaned('Məhkəmənin hökmü ilə V.\nRzayev azadlıqdan məhrum edilib.\n').paragraphs).toEqual(['Məhkəmənin hökmü ilə V. Rzayev azadlıqdan məhrum edilib.'])
    // A full stop after a word still ends the paragraph's line.
    expect(cleaned('Hökum edilib.\nRzayev azadlıqdan məhrum edilib.\n').paragraphs).toEqual(['Hökum edilib.', 'Rzayev azadlıqdan məhrum edilib.'])
  })

  it('starts a paragraph at a block that opens with a list item, whatever ends the block before (a scan reads ; as ,)', () => {
    expect(cleaned('Mərkəz aşağıdakıları edir:\n\na) qurbanları təmin edir,\n\nb) yardım göstərir,\n\n2.2. Mərkəz əməkdaşlıq edir.\n').paragraphs).toEqual([
      'Mərkəz aşağıdakıları edir:',
      'a) qurbanları təmin edir,',
      'b) yardım göstərir,',
      '2.2. Mərkəz əməkdaşlıq edir.'
    ])
    // Inside a block, a line that starts with a letter and a bracket goes on the sentence.
    expect(cleaned('Mərkəz qurbanları təmin edir,\na) bəndinə uyğun olaraq.\n').paragraphs).toEqual(['Mərkəz qurbanları təmin edir, a) bəndinə uyğun olaraq.'])
  })

  it('takes no line with a sentence ending inside it for a heading, short as it may be', () => {
    expect(cleaned('Hökumət yardım edib. Hakimlər keçib\n\nQurbanlar yardım alıb.\n').paragraphs).toEqual(['Hökumət yardım edib. Hakimlər keçib Qurbanlar yardım alıb.'])
    expect(cleaned('Maddə 2. Mərkəzin vəzifələri\n\nMərkəz yardım edir.\n').paragraphs).toEqual(['Maddə 2. Mərkəzin vəzifələri', 'Mərkəz yardım edir.'])
  })

  it('keeps a line in capitals standing alone apart, whatever mark ends it', () => {
    expect(cleaned('MÜƏYYƏN ETDİ:\n\nMəhkəmə işə baxıb.\n\nQƏRARA ALDI:\n\nŞikayət təmin edilməsin.\n').paragraphs).toEqual(['MÜƏYYƏN ETDİ:', 'Məhkəmə işə baxıb.', 'QƏRARA ALDI:', 'Şikayət təmin edilməsin.'])
  })
})
