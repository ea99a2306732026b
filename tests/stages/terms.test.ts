import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {processText} from '../../pipeline/processor.js'
import type {Heading, Sentence, TermItem} from '../../pipeline/tree.js'
import {glossary} from '../support/pipeline.js'

/**
 * The terms stage on small texts: what it marks, where, under which ref, and the OCR-damaged words it reads as
 * fuzzy terms. Each expectation is worked out by hand from the text and the shipped glossary.
 */
function run(raw: string) {
  const {tree, file} = processText(raw, {path: 'terms.az.txt', sha256: '0'.repeat(64), language: 'az', year: 2022}, glossary)
  const items: Array<{node: string; term: TermItem}> = []
  visit(tree, (node) => node.type === 'sentence' || node.type === 'heading', (node) => {
    const item = node as Sentence | Heading
    for (const term of item.data.terms ?? []) items.push({node: item.type === 'sentence' ? item.data.id : 'heading', term})
  })
  return {items, messages: file.messages, raw}
}
const shown = (items: ReturnType<typeof run>['items']) => items.map(({term}) => `${term.ref} ${term.text}=${term.id}${term.fuzzy ? ' (fuzzy)' : ''}`)

const TITLE = 'AZƏRBAYCAN (Səviyyə 2)\n\n'

describe('terms', () => {
  it('marks a sentence’s terms in text order, refs numbered per sentence, each placed in the raw text', () => {
    const {items, raw} = run(`${TITLE}Hökumət qurbanları sığınacaqlara göndərdi. Polis insan alverçilərini axtarır.\n`)
    expect(shown(items)).toEqual([
      'summary-1.t1 Hökumət=t.government',
      'summary-1.t2 qurbanları=t.victim',
      'summary-1.t3 sığınacaqlara=t.shelter',
      'summary-2.t1 Polis=t.police',
      'summary-2.t2 insan alverçilərini=t.trafficker'
    ])
    for (const {term} of items) {
      expect(raw.slice(term.raw![0], term.raw![1])).toBe(term.text)
      expect(term.end - term.start).toBe(term.text.length)
    }
    expect(items[2]!.term).toMatchObject({lemma: 'sığınacaq', en: 'shelter', fuzzy: false})
  })

  it('marks a heading’s terms, with refs of the heading', () => {
    const {items} = run(`${TITLE}MÜDAFİƏ\n\nHökumət qurbanları müəyyən etdi.\n`)
    expect(items.filter(({node}) => node === 'heading').map(({term}) => `${term.ref} ${term.text}=${term.id}`)).toEqual(['heading.t1 MÜDAFİƏ=t.protection'])
  })

  it('leaves the words of an entity’s name to the entity', () => {
    const {items} = run(`${TITLE}İnsan Alverinə Qarşı Mübarizə Baş İdarəsi insan alverinə qarşı mübarizə aparır.\n`)
    // The same words in the name (capitals) are no term; outside it they are.
    expect(items.every(({term}) => term.start >= 'İnsan Alverinə Qarşı Mübarizə Baş İdarəsi'.length)).toBe(true)
    expect(items.length).toBeGreaterThan(0)
  })

  it('reads an OCR-damaged word one letter off a term as that term, fuzzy, with a warning that suggests it', () => {
    // The fuzzy term is found after the others, and takes its place among them in text order.
    const {items, messages, raw} = run(`${TITLE}Hökumət sığınacqlara qurbanları göndərdi.\n`)
    expect(shown(items)).toEqual(['summary-1.t1 Hökumət=t.government', 'summary-1.t2 sığınacqlara=t.shelter (fuzzy)', 'summary-1.t3 qurbanları=t.victim'])
    const warning = messages.find((message) => message.ruleId === 'fuzzy-term')!
    expect(warning).toBeDefined()
    expect(warning.fatal).toBe(false)
    expect(warning.reason).toContain('sığınacqlara')
    expect([warning.actual, warning.expected]).toEqual(['sığınacqlara', ['sığınacaq']])
    const at = raw.indexOf('sığınacqlara')
    const before = raw.slice(0, at).split('\n')
    expect(warning.place).toMatchObject({start: {line: before.length, column: before.at(-1)!.length + 1}, end: {line: before.length, column: before.at(-1)!.length + 1 + 'sığınacqlara'.length}})
  })

  it('does not read a capitalised, short, or real word as a damaged term', () => {
    // Capitalised (a name, or a sentence start), shorter than six letters, or a word of the language.
    for (const word of ['Sığınacqlara', 'qurbn', 'qurbanlara']) {
      const {items, messages} = run(`${TITLE}Bu gün ${word} baxdılar.\n`)
      expect(items.filter(({term}) => term.fuzzy), word).toEqual([])
      expect(messages.filter((message) => message.ruleId === 'fuzzy-term'), word).toEqual([])
    }
  })

  it('does not read a word that a term already covers as fuzzy', () => {
    const {items, messages} = run(`${TITLE}Hökumət məcburi əməyin qurbanlarını müəyyən etdi.\n`)
    expect(items.some(({term}) => term.fuzzy)).toBe(false)
    expect(messages.filter((message) => message.ruleId === 'fuzzy-term')).toEqual([])
  })
})
