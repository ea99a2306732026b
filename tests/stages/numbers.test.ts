import {describe, expect, it} from 'vitest'
import {az} from '../../pipeline/lang/az/index.js'
import {findNumbers} from '../../pipeline/stages/numbers/index.js'
import {groupValue} from '../../pipeline/text/tokens.js'

/** Numbers of one sentence without ids, offsets or raw places: what and how. */
const numbers = (text: string, edition: number | null = 2022) =>
  findNumbers(text, 's', az, edition).map(({id: _id, start: _s, end: _e, raw: _r, ...rest}) => rest)

describe('numbers: kinds', () => {
  it('year and year range', () => {
    expect(numbers('2021-ci ildə 2018-ci il sərəncamı və 2020-2024-cü illər üçün plan.')).toEqual([
      {text: '2021-ci', kind: 'year', value: 2021, en: '2021'},
      {text: '2018-ci', kind: 'year', value: 2018, en: '2018'},
      {text: '2020-2024-cü', kind: 'year_range', from: 2020, to: 2024, en: '2020-2024'}
    ])
  })

  it('a bare year coordinated with a year', () => {
    expect(numbers('Hökumət 2021 və ya 2020-ci illərdə məlumat verməyib.').map((n) => [n.text, n.kind])).toEqual([
      ['2021', 'year'],
      ['2020-ci', 'year']
    ])
  })

  it('count with counted noun and year, in digits and words', () => {
    expect(numbers('2020-ci ildə 94 qurbanın kimliyi, beş potensial qurban və on dörd işi.')).toEqual([
      {text: '2020-ci', kind: 'year', value: 2020, en: '2020'},
      {text: '94', kind: 'count', value: 94, counted: 'victim', year: 2020, en: '94'},
      {text: 'beş', kind: 'count', value: 5, counted: 'potential victim', year: 2020, en: 'five'},
      {text: 'on dörd', kind: 'count', value: 14, counted: 'case', year: 2020, en: '14'}
    ])
  })

  it('compound and inflected number words', () => {
    expect(numbers('İki yüz əlli qurban, min zəng, üçü və beşinə.').map((n) => [n.text, n.value])).toEqual([
      ['İki yüz əlli', 250],
      ['min', 1000],
      ['üçü', 3],
      ['beşinə', 5]
    ])
  })

  it('partitives: 14-ü and biri take the noun they are taken from; bu dəfə is the reporting year', () => {
    const found = numbers('Bu dəfə 15 işi araşdırıb; bu işlərdən 14-ü cinsi istismar, biri isə məcburi əmək idi.')
    expect(found.map((n) => [n.text, n.kind, n.value, n.counted, n.year])).toEqual([
      ['15', 'count', 15, 'case', 2021],
      ['14-ü', 'count', 14, 'case', 2021],
      ['biri', 'count', 1, 'case', 2021]
    ])
  })

  it('a fraction is no count: "üçdə biri" (one third); "biri" after a word that is no number is one of them', () => {
    expect(numbers('Qurbanların yalnız üçdə biri işlə təmin edilib.')).toEqual([])
    expect(numbers('Qurbanların yalnız dörddə biri evə qayıdıb.')).toEqual([])
    expect(numbers('Bu işlərdən 14-ü cinsi istismar, biri isə məcburi əmək idi.').map((n) => [n.text, n.value])).toEqual([
      ['14-ü', 14],
      ['biri', 1]
    ])
  })

  it('the reporting year is unknown without an edition year', () => {
    expect(numbers('Bu il 95 qurban müəyyənləşdirilib.', null)[0]).toMatchObject({year: null})
  })

  it('money with a conversion in brackets is two items, the second pointing at the first', () => {
    const found = findNumbers('Agentlik 124,700 manat (73,350 ABŞ dolları) ayırıb, 33 bosniyalı qurbana 5000 avro (5,670 ABŞ dolları) ödənib.', 's', az, 2022)
    expect(found.map((n) => [n.id, n.text, n.kind, n.value, n.currency, n.conversionOf, n.en])).toEqual([
      ['s.n1', '124,700 manat', 'money', 124700, 'AZN', undefined, '124,700 manat'],
      ['s.n2', '73,350 ABŞ dolları', 'money', 73350, 'USD', 's.n1', '$73,350'],
      ['s.n3', '33', 'count', 33, undefined, undefined, '33'],
      ['s.n4', '5000 avro', 'money', 5000, 'EUR', undefined, '5,000 euros'],
      ['s.n5', '5,670 ABŞ dolları', 'money', 5670, 'USD', 's.n4', '$5,670']
    ])
    expect(found[2]!.counted).toBe('victim')
  })

  it('inflected currency words', () => {
    expect(numbers('Bu məbləğdən 32,500 manatı yönləndirilib.')[0]).toMatchObject({text: '32,500 manatı', kind: 'money', value: 32500})
  })

  it('durations and duration ranges', () => {
    expect(numbers('24 saat ərzində, bir ay müddətində, 5 ildən 10 ilədək və 7 ildən 10 ilə qədər cəza.')).toEqual([
      {text: '24 saat', kind: 'duration', value: 24, unit: 'hour', en: '24 hours'},
      {text: 'bir ay', kind: 'duration', value: 1, unit: 'month', en: 'one month'},
      {text: '5 ildən 10 ilədək', kind: 'duration_range', from: 5, to: 10, unit: 'year', en: 'five to 10 years'},
      {text: '7 ildən 10 ilə qədər', kind: 'duration_range', from: 7, to: 10, unit: 'year', en: 'seven to 10 years'}
    ])
  })

  it('ordinal, legal reference, percent, identifier', () => {
    expect(numbers('Azərbaycan 2-ci səviyyəyə yüksəlib; 144-1-ci maddəsi; 15 faiz və 7%; COVID-19 pandemiyası.')).toEqual([
      {text: '2-ci', kind: 'ordinal', value: 2, en: '2'},
      {text: '144-1-ci', kind: 'legal_ref', unit: 'article', value: '144-1', en: 'Article 144-1'},
      {text: '15 faiz', kind: 'percent', value: 15, en: '15 percent'},
      {text: '7%', kind: 'percent', value: 7, en: '7 percent'},
      {text: 'COVID-19', kind: 'identifier', value: 'COVID-19', en: 'COVID-19'}
    ])
  })
})

describe('numbers: separators', () => {
  it.each([
    ['124,700', 124700],
    ['0,94', 0.94],
    ['1.000', 1000],
    ['1 000', 1000],
    ['12,5', 12.5],
    ['4506', 4506]
  ])('%s → %d', (group, value) => {
    expect(groupValue(group).value).toBe(value)
  })

  it('reads separators in text', () => {
    expect(numbers('Qurbanlara 1 000 manat və 0,94 faiz.').map((n) => [n.text, n.value])).toEqual([
      ['1 000 manat', 1000],
      ['0,94 faiz', 0.94]
    ])
  })
})

describe('numbers: what is not a number', () => {
  it('the article bir, heç bir, hər biri, başqa bir, birdəfəlik, üçün, onlar', () => {
    expect(numbers('DİN bir sığınacaq açıb və heç bir araşdırma aparmayıb.')).toEqual([])
    expect(numbers('Onların hər birinə birdəfəlik müavinət üçün başqa bir yol tapılıb; onlardan biri yox.').map((n) => n.text)).toEqual(['biri'])
  })

  it('bir is one when the sentence counts other things, or goes on to "digər bir"', () => {
    expect(numbers('90 qurban və bir potensial qurban dəstək alıb.').map((n) => [n.text, n.counted])).toEqual([
      ['90', 'victim'],
      ['bir', 'potential victim']
    ])
    expect(numbers('DİN bir sığınacağın təmirini, digər bir sığınacağın torpağını maliyyələşdirib.').map((n) => n.text)).toEqual(['bir'])
  })

  it('a person noun takes its role from a cue word or from the count before it', () => {
    const found = numbers('2020-ci ildə təqsirləndirilən 21 nəfəri cəlb etdiyi halda, bu dəfə 16 nəfəri cəlb edib.')
    expect(found.filter((n) => n.kind === 'count').map((n) => [n.value, n.counted, n.year])).toEqual([
      [21, 'defendant', 2020],
      [16, 'defendant', 2021]
    ])
  })

  it('a year inside brackets belongs to the figures inside them only', () => {
    const found = numbers('Hökumət 89 qurbanı göndərmişdir (bu göstərici 2020-ci ildə 80 nəfər olmuşdur).')
    expect(found.filter((n) => n.kind === 'count').map((n) => [n.value, n.year])).toEqual([
      [89, null],
      [80, 2020]
    ])
  })
})

describe('numbers: dates and references are no counts', () => {
  it('reads a day with a month in any case form as a date with its ISO value, with the year where the text gives it', () => {
    const pick = (text: string) => numbers(text).map((n) => [n.text, n.kind, n.value, n.en])
    expect(pick('Məhkəmə 4 mart 2021-ci il tarixli qərar verib.')).toEqual([['4 mart 2021-ci il', 'date', '2021-03-04', 'March 4, 2021']])
    expect(pick('Qanun 3 sentyabr 2009-cu ildə qəbul edilib.')).toEqual([['3 sentyabr 2009-cu ildə', 'date', '2009-09-03', 'September 3, 2009']])
    expect(pick('Şikayət 4 mart tarixdə verilib.')).toEqual([['4 mart', 'date', '--03-04', 'March 4']])
    expect(pick('İclas martın 4-də keçirilib, qərar dekabrın 12-dən qüvvədədir.')).toEqual([
      ['martın 4-də', 'date', '--03-04', 'March 4'],
      ['dekabrın 12-dən', 'date', '--12-12', 'December 12']
    ])
    // The year said just before a month-first date is the date's; else the sentence's one year.
    expect(pick('2021-ci il martın 4-də iclas olub.')).toEqual([['2021-ci il martın 4-də', 'date', '2021-03-04', 'March 4, 2021']])
    expect(pick('2020-ci ildə, aprelin 7-də, iclas olub.').map((n) => n.slice(0, 3))).toEqual([
      ['2020-ci', 'year', 2020],
      ['aprelin 7-də', 'date', '2020-04-07']
    ])
  })

  it('reads numeric dates day first, and nothing that is no day and month', () => {
    expect(numbers('Qərar 20/09/2013 və 02.11.2021 tarixlərində verilib.').map((n) => [n.text, n.kind, n.value])).toEqual([
      ['20/09/2013', 'date', '2013-09-20'],
      ['02.11.2021', 'date', '2021-11-02']
    ])
    expect(numbers('Bənd 5.1.12 və 45.13.2021 tətbiq olunur.').map((n) => n.kind)).not.toContain('date')
  })

  it('takes a day before a word that is no month for a count, and a counted noun after a month name for a count', () => {
    expect(numbers('Hökumət 4 qurban müəyyən edib.').map((n) => [n.kind, n.counted])).toEqual([['count', 'victim']])
  })

  it('reads article, point, decision and case numbers as references with what they number', () => {
    const pick = (text: string) => numbers(text).map((n) => [n.text, n.kind, n.value, n.unit, n.en])
    expect(pick('Məcəllənin 190 və 191-ci maddələrinə əsasən 133 nömrəli qərar və № 24510/06 saylı iş baxılıb.')).toEqual([
      ['190', 'legal_ref', '190', 'article', 'Article 190'],
      ['191-ci', 'legal_ref', '191', 'article', 'Article 191'],
      ['133 nömrəli', 'legal_ref', '133', 'number', 'No. 133'],
      ['№ 24510/06', 'legal_ref', '24510/06', 'number', 'No. 24510/06']
    ])
    expect(pick('Qaydaların 3.6-cı bəndinə və 1.1. bəndinə görə, Maddə 5 tətbiq olunur.')).toEqual([
      ['3.6-cı', 'legal_ref', '3.6', 'point', 'point 3.6'],
      ['1.1', 'legal_ref', '1.1', 'point', 'point 1.1'],
      ['5', 'legal_ref', '5', 'article', 'Article 5']
    ])
  })
})
