import {describe, expect, it} from 'vitest'
import {en} from '../../pipeline/lang/en/index.js'
import {splitSentences} from '../../pipeline/stages/sentences/split.js'
import {listNumbers} from '../../pipeline/structure/lists.js'

/**
 * English sentence splitting on general English, one class of hard case per test. The sentences are this
 * project's own, written for these tests; the expected splits were written by hand before the code ran.
 */
const split = (text: string) => {
  const {sentences, markers} = splitSentences(text, en, {markers: '*•▪◦●'})
  return {sentences: sentences.map((s) => text.slice(s.start, s.end)), markers: markers.map((m) => text.slice(m.start, m.end))}
}
const sentences = (text: string) => split(text).sentences

describe('English sentences: abbreviations', () => {
  it('does not end a sentence at an abbreviation before a number', () => {
    expect(sentences('The penalties are listed on p. 14 of the decree. Judges applied them.')).toEqual([
      'The penalties are listed on p. 14 of the decree.',
      'Judges applied them.'
    ])
    expect(sentences('Under Law No. 2089 the agency screened migrants. Pages pp. 3-7 describe it.')).toEqual([
      'Under Law No. 2089 the agency screened migrants.',
      'Pages pp. 3-7 describe it.'
    ])
  })

  it('ends one where the same abbreviation is a word before no number', () => {
    expect(sentences('Asked whether victims were paid, the owner said no. Inspectors left.')).toEqual([
      'Asked whether victims were paid, the owner said no.',
      'Inspectors left.'
    ])
  })

  it('does not end a sentence at a title or place abbreviation before a name', () => {
    expect(sentences('Prosecutors met Dr. Aliyeva in Baku. Workers were found near Mt. Shahdag and St. Petersburg.')).toEqual([
      'Prosecutors met Dr. Aliyeva in Baku.',
      'Workers were found near Mt. Shahdag and St. Petersburg.'
    ])
  })

  it("ends a sentence at a company's Co. or Ltd. when a new sentence follows, not before the rest of its name", () => {
    expect(sentences('The recruiter worked for Caspian Travel Co. It placed 40 workers abroad.')).toEqual([
      'The recruiter worked for Caspian Travel Co.',
      'It placed 40 workers abroad.'
    ])
    expect(sentences('Contracts went to Absheron Build Ltd. Subsidiary staff were not screened.')).toEqual([
      'Contracts went to Absheron Build Ltd. Subsidiary staff were not screened.'
    ])
  })

  it('ends a sentence at U.S. when a new sentence follows, and not before a name', () => {
    expect(sentences('Two victims were recruited for jobs in the U.S. They never received visas.')).toEqual([
      'Two victims were recruited for jobs in the U.S.',
      'They never received visas.'
    ])
    expect(sentences('The case was referred to the U.S. Embassy in Baku. Officials answered.')).toEqual([
      'The case was referred to the U.S. Embassy in Baku.',
      'Officials answered.'
    ])
    expect(sentences('Victims returned from the U.S. However, none of them was assisted.')).toEqual([
      'Victims returned from the U.S.',
      'However, none of them was assisted.'
    ])
  })

  it('ends a sentence at a.m. or p.m. before a capital, but not before a title and a name', () => {
    expect(sentences('The hotline runs from 9 a.m. to 6 p.m. Operators speak three languages.')).toEqual([
      'The hotline runs from 9 a.m. to 6 p.m.',
      'Operators speak three languages.'
    ])
    expect(sentences('At 6 a.m. Mr. Quliyev opened the shelter. It was full.')).toEqual([
      'At 6 a.m. Mr. Quliyev opened the shelter.',
      'It was full.'
    ])
  })

  it('reads a lone capital as an initial, but the pronoun I after a lower-case word as a word', () => {
    expect(sentences('The case was opened by prosecutor E. Huseynov in Ganja. It is pending.')).toEqual([
      'The case was opened by prosecutor E. Huseynov in Ganja.',
      'It is pending.'
    ])
    expect(sentences('The money went to her brother and I. We never saw it again.')).toEqual([
      'The money went to her brother and I.',
      'We never saw it again.'
    ])
    // After a capitalised name, I is a middle initial.
    expect(sentences('The report quotes Anar I. Mammadov at length. He disagreed.')).toEqual([
      'The report quotes Anar I. Mammadov at length.',
      'He disagreed.'
    ])
  })
})

describe('English sentences: lists', () => {
  it('splits a numbered list written in running text at its numbers and takes the numbers out', () => {
    expect(split('1) Screen migrant workers for indicators 2) Refer victims to shelters 3) Fund the hotline')).toEqual({
      sentences: ['Screen migrant workers for indicators', 'Refer victims to shelters', 'Fund the hotline'],
      markers: ['1)', '2)', '3)']
    })
    expect(split('1.) Train labor inspectors 2.) Lift the moratorium.')).toEqual({
      sentences: ['Train labor inspectors', 'Lift the moratorium.'],
      markers: ['1.)', '2.)']
    })
    expect(split('1. Adopt the action plan 2. Publish its budget.')).toEqual({
      sentences: ['Adopt the action plan', 'Publish its budget.'],
      markers: ['1.', '2.']
    })
  })

  it('splits a lettered list and a list whose items end in stops', () => {
    expect(split('a. Investigate forced begging b. Prosecute recruiters c. Protect children').sentences).toEqual([
      'Investigate forced begging',
      'Prosecute recruiters',
      'Protect children'
    ])
    expect(split('(a) Fund NGO shelters. (b) Train judges.')).toEqual({sentences: ['Fund NGO shelters.', 'Train judges.'], markers: ['(a)', '(b)']})
  })

  it('takes the item number after a bullet as a marker, whatever number it is', () => {
    expect(split('• 7. Increase funding for shelters. • 8. Amend the labor code.')).toEqual({
      sentences: ['Increase funding for shelters.', 'Amend the labor code.'],
      markers: ['•', '7.', '•', '8.']
    })
  })

  it('keeps a number that ends a sentence, and an enumeration inside a sentence, as text', () => {
    expect(sentences('The number of convictions fell to 5. The number of investigations rose.')).toEqual([
      'The number of convictions fell to 5.',
      'The number of investigations rose.'
    ])
    expect(sentences('The plan covers a) prevention, b) protection and c) prosecution.')).toEqual(['The plan covers a) prevention, b) protection and c) prosecution.'])
    expect(listNumbers('Article 5. Paragraph 3 applies.')).toEqual([])
  })
})

describe('English sentences: quotations and ellipses', () => {
  it('keeps a citation after a quotation in the quoted sentence', () => {
    expect(sentences('An NGO called the amendment "a step back [...]" (Annual Review, p. 12). The ministry disagreed.')).toEqual([
      'An NGO called the amendment "a step back [...]" (Annual Review, p. 12).',
      'The ministry disagreed.'
    ])
    expect(sentences('One survivor said: "They kept our passports." (Interview 4). Police opened a case.')).toEqual([
      'One survivor said: "They kept our passports." (Interview 4).',
      'Police opened a case.'
    ])
  })

  it('does not end a sentence inside a spaced ellipsis; a fourth dot ends it', () => {
    expect(sentences('The law says victims . . . Shall be assisted by the state. Few were.')).toEqual([
      'The law says victims . . . Shall be assisted by the state.',
      'Few were.'
    ])
    expect(sentences('The officer hesitated . . . . Nobody spoke.')).toEqual(['The officer hesitated . . . .', 'Nobody spoke.'])
  })

  it('does not end a sentence at an elision in brackets', () => {
    expect(sentences('The decision reads "the accused [...] Shall compensate the victim" in full. It was upheld.')).toEqual([
      'The decision reads "the accused [...] Shall compensate the victim" in full.',
      'It was upheld.'
    ])
  })
})
