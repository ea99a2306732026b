import {describe, expect, it} from 'vitest'
import {processText} from '../../pipeline/processor.js'
import {glossary, processToDocument} from '../support/pipeline.js'

/**
 * The correct stage on short texts written for these tests, each with an OCR misreading of the kind Tesseract
 * makes on a scan (ü for u, h for n, a speck read as a hyphen or a colon): what it corrects, what it only flags,
 * and the real words it leaves alone. Expected readings worked out by hand.
 */
const sentences = (raw: string) => processToDocument(raw).sentences.map((sentence) => sentence.text)
const ocr = (raw: string) => processToDocument(raw).diagnostics.filter((d) => d.rule.startsWith('ocr-')).map((d) => [d.rule, d.severity, d.text, d.suggestion ?? null])

describe('correct: misread letters', () => {
  it('corrects a non-word one confusion away from a word the document says, lists the correction and keeps the raw place', () => {
    const raw = 'Hökumət bütün qurbanlara yardım edib. Bütüh sığınacaqlar açıqdır.'
    const document = processToDocument(raw)
    expect(document.sentences.map((sentence) => sentence.text)).toEqual(['Hökumət bütün qurbanlara yardım edib.', 'Bütün sığınacaqlar açıqdır.'])
    expect(document.removed.filter((removal) => removal.reason === 'ocr-correction')).toEqual([{reason: 'ocr-correction', text: 'Bütüh', line: 1, column: 39, offset: 38}])
    expect(ocr(raw)).toEqual([['ocr-correction', 'info', 'Bütüh', 'Bütün']])
    // The corrected word still points at what was read there.
    const second = document.sentences[1]!
    expect(raw.slice(second.raw.start.offset, second.raw.end.offset)).toBe('Bütüh sığınacaqlar açıqdır.')
  })

  it('takes a form the word list holds but the document uses once for the word the document uses more (yardim for yardım)', () => {
    expect(sentences('Hökumət yardım göstərib. QHT-lər yardım edib. Dövlət yardim ayırıb.')).toEqual([
      'Hökumət yardım göstərib.',
      'QHT-lər yardım edib.',
      'Dövlət yardım ayırıb.'
    ])
  })

  it('flags a non-word two words are one confusion away from, and corrects nothing', () => {
    const raw = 'Yol uzun idi. Onun üzün gördük. Səfər uzün çəkdi.'
    expect(sentences(raw)).toEqual(['Yol uzun idi.', 'Onun üzün gördük.', 'Səfər uzün çəkdi.'])
    expect(ocr(raw)).toEqual([['ocr-word', 'warning', 'uzün', null]])
  })

  it('never touches a word of the language, a form the word list lacks that the text knows nothing to correct it to, or a suffix after a number', () => {
    const raw = 'Hökumət 2019-cu ildə broşüralar paylayıb və iddialarım barədə məlumat verib.'
    expect(sentences(raw)).toEqual([raw])
    expect(ocr(raw)).toEqual([])
  })

  it('reads a word with two letters misread as the word the document says, but not a form the document repeats', () => {
    // sigınacaqlar: i for ı and g for ğ. Said once it is a misreading; the same two slips twice over are no OCR's.
    expect(sentences('Dövlət sığınacaqlar açıb. Yeni sigınacaqlar tikilib.')).toEqual(['Dövlət sığınacaqlar açıb.', 'Yeni sığınacaqlar tikilib.'])
    const repeated = 'Dövlət sığınacaqlar açıb. Yeni sigınacaqlar tikilib. Köhnə sigınacaqlar bağlanıb.'
    expect(ocr(repeated)).toEqual([])
  })

  it('reads a name in capitals one confusion off as the name: the title is found', () => {
    const document = processToDocument('AZƏBBAYCAN (Səviyyə 2)\n\nAzərbaycan hökuməti səylər göstərir.')
    expect(document.document).toMatchObject({country: 'Azerbaijan', tier: '2'})
    expect(document.document.title?.text).toBe('AZƏRBAYCAN (Səviyyə 2)')
  })
})

describe('correct: specks between words', () => {
  it('reads a speck between two words as the space it was, and keeps real hyphens', () => {
    expect(sentences('Uşaqlar məcburi-əməyə, qadınlar cinsi:istismara məruz qalıb. QHT-lər sosial-iqtisadi və Cinayət-Prosessual məsələləri araşdırıb.')).toEqual([
      'Uşaqlar məcburi əməyə, qadınlar cinsi istismara məruz qalıb.',
      'QHT-lər sosial-iqtisadi və Cinayət-Prosessual məsələləri araşdırıb.'
    ])
  })
})

describe('correct: --no-correct', () => {
  it('flags what it would correct and leaves the text as read', () => {
    const raw = 'Hökumət bütün qurbanlara yardım edib. Bütüh sığınacaqlar açıqdır.'
    const {file} = processText(raw, {path: 'x.az.txt', sha256: '0', language: 'az', year: 2022}, glossary, {correct: false})
    expect(file.data.clean!.text).toContain('Bütüh')
    expect(file.messages.filter((message) => message.ruleId?.startsWith('ocr-')).map((message) => [message.ruleId, message.fatal, message.expected?.[0]])).toEqual([['ocr-word', false, 'Bütün']])
    expect(file.data.removed!.filter((removal) => removal.reason === 'ocr-correction')).toEqual([])
  })
})

/** Two misread words the document corrects: a text that shows it was read from a scan. */
const scanned = 'Bütüh qurbanlar mərkəzə gəlib. Hökumət bütün qurbanlara yardım edib və mərkəzləf açıb.'
const removals = (raw: string) => processToDocument(raw).removed.filter((removal) => removal.reason === 'ocr-correction').map((removal) => removal.text)

describe('correct: marks a scan blurred', () => {
  it('reads a point number a speck changed at a line’s start as the number, where the document prints its points', () => {
    const raw = '1.1. Bu Əsasnamə qaydanı müəyyən edir.\n\n1.2. Mərkəz fəaliyyətə başlayır.\n\n2:2. Mərkəz əməkdaşlıq edir.\n\n2.3:-Hər mərkəzdə psixoloq çalışır.\n\n3.1..Bu maddə qüvvədədir.'
    expect(sentences(raw)).toEqual(['Bu Əsasnamə qaydanı müəyyən edir.', 'Mərkəz fəaliyyətə başlayır.', 'Mərkəz əməkdaşlıq edir.', 'Hər mərkəzdə psixoloq çalışır.', 'Bu maddə qüvvədədir.'])
    expect(ocr(raw)).toEqual([
      ['ocr-correction', 'info', '2:2.', '2.2.'],
      ['ocr-correction', 'info', '2.3:-', '2.3. '],
      ['ocr-correction', 'info', '3.1..', '3.1. ']
    ])
    // No printed point numbers, or inside a line (a time of day): left as read.
    expect(ocr('2:2. Mərkəz əməkdaşlıq edir.')).toEqual([])
    expect(ocr('1.1. Bu qaydadır.\n\n1.2. Bu da qaydadır. Görüş saat 14:30. Sonra qurbanlar dindirildi.')).toEqual([])
  })

  it('reads a comma or colon after a verb before a capitalised common word as the stop it was, and leaves a name’s capital and a heading’s colon', () => {
    const raw = 'Hökumət təlimatlar yaydı, Məhkəmələr proseslər apardılar. Rayon məhkəmələr işləri araşdırıb. Qurbanlar Qətər, Rusiya və İrana aparılıb. PRİORİTET TÖVSİYƏLƏR: Araşdırma aparın.'
    expect(sentences(raw)).toEqual([
      'Hökumət təlimatlar yaydı.',
      'Məhkəmələr proseslər apardılar.',
      'Rayon məhkəmələr işləri araşdırıb.',
      'Qurbanlar Qətər, Rusiya və İrana aparılıb.',
      'PRİORİTET TÖVSİYƏLƏR: Araşdırma aparın.'
    ])
    expect(ocr(raw)).toEqual([['ocr-correction', 'info', ',', '.']])
    // A speck glued to a stop.
    expect(sentences('Onlar məlumat veriblər.:Bundan əlavə hökumət təlim keçib.')).toEqual(['Onlar məlumat veriblər.', 'Bundan əlavə hökumət təlim keçib.'])
  })

  it('takes out a stop after a word that ends no sentence, only in a text read from a scan', () => {
    const text = ' Polis işləri araşdırıb, qurbanlar Mərkəzi Asiyadan. İran və Türkiyəyə aparılıb.'
    expect(sentences(scanned + text).slice(2)).toEqual(['Polis işləri araşdırıb, qurbanlar Mərkəzi Asiyadan İran və Türkiyəyə aparılıb.'])
    expect(removals(scanned + text)).toEqual(['Bütüh', 'mərkəzləf', '.'])
    // The same words typed: the author's stop.
    expect(sentences(text.trim())).toEqual(['Polis işləri araşdırıb, qurbanlar Mərkəzi Asiyadan.', 'İran və Türkiyəyə aparılıb.'])
  })

  it('takes out a letter that is no word alone at a line’s end after a stop, only in a text read from a scan', () => {
    expect(sentences(`${scanned} Hakimlərə təlim keçin. ğ\n\nQurbanlar yardım alıb.`).slice(2)).toEqual(['Hakimlərə təlim keçin.', 'Qurbanlar yardım alıb.'])
    expect(sentences('Hökumət qurbanlara yardım edib. Hakimlərə təlim keçin. ğ\n\nQurbanlar yardım alıb.')).toEqual(['Hökumət qurbanlara yardım edib.', 'Hakimlərə təlim keçin. ğ Qurbanlar yardım alıb.'])
  })
})

describe('correct: vowel harmony', () => {
  it('reads a form out of harmony as the listed form in harmony when the document has no word to go by', () => {
    expect(sentences('Hökumətin statistikasina görə qurbanlar artıb.')).toEqual(['Hökumətin statistikasına görə qurbanlar artıb.'])
  })

  it('prefers the document’s word to a reading that only restores harmony (ölan: olan, not ölən)', () => {
    expect(sentences('Hökumət ölan qurbanları sayıb. Qurbanlar olan yerdə yardım var.')).toEqual(['Hökumət olan qurbanları sayıb.', 'Qurbanlar olan yerdə yardım var.'])
  })
})
