import {describe, expect, it} from 'vitest'
import {processText} from '../../pipeline/processor.js'
import type {Root, Sentence} from '../../pipeline/tree.js'
import {glossary, processToDocument} from '../support/pipeline.js'

/**
 * The verbs stage on the English side, where a glossary verb and a noun are often written alike. Each expected
 * list is worked out from the sentence by hand: the words used as verbs, and none of those naming a thing.
 */
function englishVerbs(text: string): string[] {
  const {tree} = processText(text, {path: 'verbs.en.txt', sha256: '0'.repeat(64), language: 'en', year: 2022}, glossary)
  const found: string[] = []
  const walk = (node: {type: string; children?: unknown[]}) => {
    if (node.type === 'sentence') for (const verb of (node as Sentence).data.verbs ?? []) found.push(`${verb.text}=${verb.id}`)
    else for (const child of (node.children ?? []) as Array<{type: string; children?: unknown[]}>) walk(child)
  }
  walk(tree as Root)
  return found
}

describe('English verbs written like nouns', () => {
  it('reads a noun-like form as a verb after to, not, a modal or do', () => {
    expect(englishVerbs('The government did not report any cases.')).toEqual(['report=v.report'])
    expect(englishVerbs('Observers continued to report abuses.')).toEqual(['report=v.report'])
    expect(englishVerbs('The ministry will fund shelters.')).toEqual(['fund=v.fund'])
  })

  it('reads it as a verb at the start of a sentence (an imperative) and before an object', () => {
    expect(englishVerbs('Train judges on victim-centered approaches.')).toEqual(['Train=v.train'])
    expect(englishVerbs('NGOs report an increase in cases.')).toEqual(['report=v.report'])
    expect(englishVerbs('Courts should convict traffickers and sentence them to prison.')).toEqual(['convict=v.convict', 'sentence=v.sentence'])
    expect(englishVerbs('The MIA used the money to renovate and fund 11 shelters.')).toEqual(['fund=v.fund'])
  })

  it('leaves a noun-like form alone when nothing beside it makes it a verb', () => {
    expect(englishVerbs('Two traffickers received prison sentences of seven years.')).toEqual([])
    expect(englishVerbs('Victims received money from this fund.')).toEqual([])
    expect(englishVerbs('A suspended sentence was handed down.')).toEqual([])
    expect(englishVerbs('The annual report covers the whole year.')).toEqual([])
  })

  it('keeps forms that show a verb, and the verbs of the listed words that are not nouns', () => {
    expect(englishVerbs('Courts sentenced 16 traffickers.')).toEqual(['sentenced=v.sentence'])
    expect(englishVerbs('The government reported funding two shelters.')).toEqual(['reported=v.report', 'funding=v.fund'])
    expect(englishVerbs('Officials identified 95 victims.')).toEqual(['identified=v.identify'])
  })

  it('reads a form inside a longer glossary term as part of its name', () => {
    // forced labor and reporting period are terms; the forms in them are no verbs of the sentence.
    expect(englishVerbs('Many men were subjected to forced labor during the reporting period.')).toEqual([])
    expect(englishVerbs('Traffickers forced the men to work.')).toEqual(['forced=v.force'])
  })
})

describe('Azerbaijani verbs: the form read from what follows the stem', () => {
  it('gives each verb its id, place, form and English', () => {
    const text = 'Hökumət 5 işi araşdırıb, 2 şübhəlini məsuliyyətə cəlb edilməyib və qurbanları müəyyənləşdirmək istəyir.'
    const document = processToDocument(`AZƏRBAYCAN (Səviyyə 2)\n\n${text}\n`)
    const sentence = document.sentences[0]!
    expect(sentence.verbs.map((verb) => [verb.id, verb.text, verb.form, verb.en])).toEqual([
      ['v.investigate', 'araşdırıb', {kind: 'finite', passive: false, negated: false}, 'investigated'],
      ['v.prosecute', 'məsuliyyətə cəlb edilməyib', {kind: 'finite', passive: true, negated: true}, 'was not prosecuted'],
      ['v.identify', 'müəyyənləşdirmək', {kind: 'infinitive', passive: false, negated: false}, 'to identify']
    ])
    const raw = `AZƏRBAYCAN (Səviyyə 2)\n\n${text}\n`
    for (const verb of sentence.verbs) expect(raw.slice(verb.raw[0], verb.raw[1])).toBe(verb.text)
  })
})
