import {describe, expect, it} from 'vitest'
import {compileGlossary, LAYER} from '../../pipeline/glossary/index.js'
import {az} from '../../pipeline/lang/az/index.js'
import {en} from '../../pipeline/lang/en/index.js'
import {findNumbers} from '../../pipeline/stages/numbers/index.js'
import {matchTitle} from '../../pipeline/structure/title.js'
import {splitSentences} from '../../pipeline/stages/sentences/split.js'
import {tokenize} from '../../pipeline/text/tokens.js'
import {toDocument} from '../../pipeline/emit/index.js'
import {processText} from '../../pipeline/processor.js'
import {glossary, processToDocument} from '../support/pipeline.js'

const numbers = (text: string) => findNumbers(text, 's', en, 2022).map(({text, kind, value, from, to, unit, currency, counted, year, conversionOf, en: english}) => ({text, kind, value, from, to, unit, currency, counted, year, conversionOf, en: english}))
const pick = (text: string) => numbers(text).map((n) => [n.text, n.kind, n.value ?? `${n.from}-${n.to}`])

describe('English numbers (lang/en)', () => {
  it('money in manat with its dollar conversion, and the year of both', () => {
    const found = numbers('In 2021, the government allocated 124,700 manat ($73,350) to the shelter.')
    expect(found.map((n) => [n.text, n.kind, n.value, n.currency, n.year])).toEqual([
      ['2021', 'year', 2021, undefined, undefined],
      ['124,700 manat', 'money', 124700, 'AZN', 2021],
      ['$73,350', 'money', 73350, 'USD', 2021]
    ])
    expect(found[2]!.conversionOf).toBe('s.n2')
  })

  it('ranges, articles, ordinals, percentages, number words', () => {
    expect(pick('prison sentences of five to 10 years under Article 144-1 and Article 145')).toEqual([
      ['five to 10 years', 'duration_range', '5-10'],
      ['Article 144-1', 'legal_ref', '144-1'],
      ['Article 145', 'legal_ref', '145']
    ])
    expect(pick('the 2020-2024 National Action Plan, its 21st meeting, 45% of cases, twenty-five victims, 1.5 million manat')).toEqual([
      ['2020-2024', 'year_range', '2020-2024'],
      ['21st', 'ordinal', 21],
      ['45%', 'percent', 45],
      ['twenty-five', 'count', 25],
      ['1.5 million manat', 'money', 1500000]
    ])
  })

  it('what a count counts; "one" alone is no figure', () => {
    const found = numbers('The government identified 83 officially recognized victims and 12 potential victims, one of whom was a child.')
    expect(found.map((n) => [n.text, n.counted])).toEqual([
      ['83', 'victim'],
      ['12', 'potential victim']
    ])
    expect(pick('Courts convicted 1,508 traffickers in 18 cases.')).toEqual([
      ['1,508', 'count', 1508],
      ['18', 'count', 18]
    ])
  })

  it('the tier of a title is an ordinal written as a digit', () => {
    expect(numbers('AZERBAIJAN: Tier 2 Watch List')[0]).toMatchObject({kind: 'ordinal', value: 2, en: '2'})
  })
})

describe('English figures read as English writes them (issue: sums, ranges and years)', () => {
  const dated = (text: string) => numbers(text).filter((n) => n.kind === 'count' || n.kind === 'money').map((n) => [n.text, n.value, n.year])

  it('two figures joined by "and" are two figures, never their sum; "two hundred and fifty" is one number', () => {
    expect(pick('Judges acquitted two and three defendants.')).toEqual([
      ['two', 'count', 2],
      ['three', 'count', 3]
    ])
    expect(pick('Officials screened two hundred and fifty migrants.')).toEqual([['two hundred and fifty', 'count', 250]])
    expect(pick('between two and five years')).toEqual([['two and five years', 'duration_range', '2-5']])
    expect(pick('increased to 10-15 years')).toEqual([['10-15 years', 'duration_range', '10-15']])
    expect(pick('funded a dozen NGOs and half a dozen shelters')).toEqual([
      ['a dozen', 'count', 12],
      ['half a dozen', 'count', 6]
    ])
  })

  it('dates each figure by its own phrase, not by the nearest year', () => {
    expect(dated('Police identified 28 victims in 2019 and 30 in 2020.')).toEqual([
      ['28', 28, 2019],
      ['30', 30, 2020]
    ])
    expect(dated('Officials identified 12 victims in 2020, up from 9 in 2019.')).toEqual([
      ['12', 12, 2020],
      ['9', 9, 2019]
    ])
    expect(dated('Investigations rose from 12 in 2020 to 30 in 2021.')).toEqual([
      ['12', 12, 2020],
      ['30', 30, 2021]
    ])
    expect(dated('Courts convicted five and seven traffickers in 2020 and 2021, respectively.')).toEqual([
      ['five', 5, 2020],
      ['seven', 7, 2021]
    ])
    // A year before a contrast dates nothing after it; a year past a comma is no figure's own.
    expect(dated('Police investigated 15 cases in 2021, compared with 18 cases involving 20 suspects in 2020.')).toEqual([
      ['15', 15, 2021],
      ['18', 18, 2020],
      ['20', 20, 2020]
    ])
    expect(dated('Calls in 2020 led to three investigations, but none was opened in 2021.')).toEqual([['three', 3, 2020]])
  })

  it('a number that names a hotline is no count', () => {
    expect(pick('Victims called the 152 hotline.')).toEqual([['152', 'identifier', '152']])
  })
})

describe('English sentences and words', () => {
  it('does not end a sentence at U.S., No. or an initial', () => {
    const text = 'The U.S. Embassy funded Law No. 5 training for J. Smith. The government did not respond.'
    expect(splitSentences(text, en, {markers: '•*'}).sentences.map(({start, end}) => text.slice(start, end))).toEqual([
      'The U.S. Embassy funded Law No. 5 training for J. Smith.',
      'The government did not respond.'
    ])
  })

  it('knows English words from the word-list package', () => {
    expect(en.words().has('trafficking')).toBe(true)
    expect(en.words().has('qurbanlar')).toBe(false)
  })
})

describe('the glossary read in the other direction', () => {
  const {matcher} = compileGlossary(glossary, en)
  const ids = (text: string) => [...matcher.match(tokenize(text, 'en'), undefined, LAYER.entity), ...matcher.match(tokenize(text, 'en'), undefined, LAYER.term)].map((m) => [text.slice(m.start, m.end), m.entry.id])

  it('finds the English of the same concepts, in their English forms, with the same ids as the Azerbaijani', () => {
    expect(ids('The MIA referred children to NGOs and the victim’s shelter.')).toEqual(
      expect.arrayContaining([
        ['MIA', 'org.mia'],
        ['children', 't.child'],
        ['NGOs', 't.ngo'],
        ['victim’s', 't.victim']
      ])
    )
    expect(ids('the Ministry of Internal Affairs')).toEqual([['Ministry of Internal Affairs', 'org.mia']])
    // The Azerbaijani side keeps its own rules: an acronym takes its suffix after a hyphen.
    const {matcher: azMatcher} = compileGlossary(glossary, az)
    expect(azMatcher.match(tokenize('QHT-lər QHTlər', 'az'), undefined, LAYER.term).map((m) => m.entry.id)).toEqual(['t.ngo'])
  })

  it('sees every concept a wording holds, nested ones too', () => {
    expect([...matcher.ids(tokenize('trafficking victims in NGO-run shelters', 'en'), LAYER.term)]).toEqual(expect.arrayContaining(['t.trafficking-victim', 't.victim', 't.ngo']))
  })
})

describe('English titles', () => {
  it.each([
    ['AZERBAIJAN (Tier 2)', 'Azerbaijan', '2'],
    ['AZERBAIJAN: Tier 2 Watch List', 'Azerbaijan', '2 Watch List'],
    ['KYRGYZ REPUBLIC: Tier 3', 'Kyrgyz Republic', '3'],
    ['GEORGIA (Special Case)', 'Georgia', 'Special Case']
  ])('%s', (title, country, tier) => {
    expect(matchTitle(`${title} The Government of …`, en)).toMatchObject({length: title.length, country, tier})
  })
})

describe('names with their qualifiers', () => {
  it('a plan is one mention with its years, in either language; the years stay a figure too', () => {
    const {tree, file} = processText('The government adopted the 2020-2024 National Action Plan.', {path: 'x.en.txt', sha256: '', language: 'en', year: 2022}, glossary)
    const document = toDocument(tree, file)
    expect(document.sentences[0]!.entities.map((entity) => [entity.text, entity.id])).toEqual([['2020-2024 National Action Plan', 'law.nap']])
    expect(document.sentences[0]!.numbers.map((number) => number.kind)).toEqual(['year_range'])
    const az = processToDocument('AZƏRBAYCAN (Səviyyə 2)\n\nHökumət 2020-2024-cü illər üçün Milli Fəaliyyət Planını qəbul edib.\n')
    expect(az.sentences[0]!.entities.map((entity) => entity.text)).toEqual(['2020-2024-cü illər üçün Milli Fəaliyyət Planını'])
  })
})

describe('English dates and references (lang/en)', () => {
  it('reads a day with a month as a date, month first or day first, with the year where it is given', () => {
    expect(pick('On March 4, 2021, the court convicted 12 traffickers.')).toEqual([
      ['March 4, 2021', 'date', '2021-03-04'],
      ['12', 'count', 12]
    ])
    expect(pick('The decree of 4 March 2021 took effect on September 3.')).toEqual([
      ['4 March 2021', 'date', '2021-03-04'],
      ['September 3', 'date', '--09-03']
    ])
    expect(numbers('The decree of 4 March 2021 took effect on September 3.').map((n) => n.en)).toEqual(['March 4, 2021', 'September 3'])
  })

  it('keeps a count after a month name a count ("In May 5 victims left"), and May the verb no month', () => {
    expect(pick('In May 5 victims left. May officials screen migrants?')).toEqual([['5', 'count', 5]])
  })

  it('reads a document number after No. as a reference', () => {
    expect(numbers('Decision No. 133 and case No 24510/06 apply.').map((n) => [n.text, n.kind, n.value, n.en])).toEqual([
      ['No. 133', 'legal_ref', '133', 'No. 133'],
      ['No 24510/06', 'legal_ref', '24510/06', 'No. 24510/06']
    ])
  })
})
