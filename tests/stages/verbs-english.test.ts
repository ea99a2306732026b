import {describe, expect, it} from 'vitest'
import {englishVerb, pastParticiple, presentParticiple} from '../../pipeline/lang/en/verb-forms.js'

/** The English of a glossary verb in the form the Azerbaijani has it; every expected form written by hand. */
describe('English verb forms', () => {
  it('makes the past participle: -ed, -d after e, -ied after a consonant and y, doubled consonants, irregular verbs', () => {
    expect(['investigate', 'deport', 'identify', 'employ', 'refer', 'sell', 'pay'].map(pastParticiple)).toEqual([
      'investigated',
      'deported',
      'identified',
      'employed',
      'referred',
      'sold',
      'paid'
    ])
    // A verb of several words inflects its first: hold accountable → held accountable.
    expect(pastParticiple('hold accountable')).toBe('held accountable')
    expect(pastParticiple('carry out')).toBe('carried out')
  })

  it('makes the -ing form: e dropped (but not ee), ie → y, doubled consonants', () => {
    expect(['investigate', 'train', 'refer', 'tie', 'see', 'identify'].map(presentParticiple)).toEqual([
      'investigating',
      'training',
      'referring',
      'tying',
      'seeing',
      'identifying'
    ])
    expect(presentParticiple('carry out')).toBe('carrying out')
  })

  it('says each form, active and passive, plain and negated', () => {
    const forms: Array<[string, boolean, boolean, string]> = [
      ['infinitive', false, false, 'to prosecute'],
      ['infinitive', true, false, 'to be prosecuted'],
      ['infinitive', false, true, 'not to prosecute'],
      ['infinitive', true, true, 'not to be prosecuted'],
      ['verbal-noun', false, false, 'prosecuting'],
      ['verbal-noun', true, false, 'being prosecuted'],
      ['verbal-noun', false, true, 'not prosecuting'],
      ['converb', true, true, 'not being prosecuted'],
      ['participle', false, false, 'prosecuted'],
      ['participle', true, true, 'not prosecuted'],
      ['imperative', false, false, 'prosecute'],
      ['imperative', false, true, 'do not prosecute'],
      ['finite', false, false, 'prosecuted'],
      ['finite', true, false, 'was prosecuted'],
      ['finite', true, true, 'was not prosecuted'],
      ['finite', false, true, 'did not prosecute']
    ]
    for (const [kind, passive, negated, english] of forms) expect(englishVerb('prosecute', {kind, passive, negated}), `${kind} ${passive} ${negated}`).toBe(english)
  })
})
