import {describe, expect, it} from 'vitest'
import {checkBead, checkLoneSection, LOW_CONFIDENCE, type Side} from '../../pipeline/align/qa/index.js'
import {OMISSION_EXCESS} from '../../pipeline/align/qa/concepts.js'
import {processText} from '../../pipeline/processor.js'
import type {Root, Sentence} from '../../pipeline/tree.js'
import {glossary} from '../support/pipeline.js'

/**
 * The QA of one bead, on sentences made by the pipeline from short hand-written texts, the English as the
 * original and the Azerbaijani as the translation under review: what each check reports, where, with what
 * evidence, and what it must leave alone. Expected findings are worked out from the texts, not from a run.
 */
const source = (language: string) => ({path: `qa.${language}.txt`, sha256: '0'.repeat(64), language, year: 2022})

function sentencesOf(tree: Root): Sentence[] {
  const found: Sentence[] = []
  const walk = (node: {type: string; children?: unknown[]}) => {
    if (node.type === 'sentence') found.push(node as Sentence)
    else for (const child of (node.children ?? []) as Array<{type: string; children?: unknown[]}>) walk(child)
  }
  walk(tree)
  return found
}

interface Finding {
  rule: string
  severity: string
  message: string
  text: string | undefined
  suggestion: string | undefined
  /** The original's text the finding points at. */
  original: string | undefined
  line: number | undefined
}

/** One side of a bead made from a text (none when the text is empty). */
function side(text: string, language: string): Side {
  const {tree, file} = processText(text || 'x', source(language), glossary, {keepTokens: true})
  return {sentences: text ? sentencesOf(tree) : [], file}
}

/** The bead's findings when the English `enText` and its translation `azText` (either may be empty) form one bead. */
function findings(azText: string, enText: string, {confidence = 1, excess = 0} = {}): Finding[] {
  const target = side(azText, 'az')
  const original = side(enText, 'en')
  const shape = `${target.sentences.length}-${original.sentences.length}`
  const bead = {id: 'b9', section: 'summary', az: target.sentences.map((s) => s.data.id), en: original.sentences.map((s) => s.data.id), shape, confidence, anchors: []}
  checkBead({bead, source: original, target, excess, near: undefined})
  return target.file.messages
    .filter((message) => message.bead === 'b9')
    .map((message) => ({
      rule: message.ruleId!,
      severity: message.fatal === false ? 'warning' : message.fatal ? 'error' : 'info',
      message: message.reason,
      text: message.actual ?? undefined,
      suggestion: message.expected?.[0],
      original: message.counterpart?.text,
      line: message.line ?? undefined
    }))
}
const warnings = (list: Finding[]) => list.filter((finding) => finding.severity === 'warning')

describe('checkBead: sentences one side lacks', () => {
  it('reports an English sentence with no translation as untranslated, in the translation, quoting the original', () => {
    const found = findings('', 'The government identified 25 victims.')
    expect(found.map((f) => f.rule)).toEqual(['qa-untranslated'])
    expect(found[0]!.message).toBe('The translation leaves out sentence unknown-1 of the original: “The government identified 25 victims.”')
    expect(found[0]!.original).toBe('The government identified 25 victims.')
  })

  it('quotes a long original sentence cut at 90 characters at most, after a whole word, with an ellipsis', () => {
    const long = `The government ${'also '.repeat(30)}identified victims.`
    const [finding] = findings('', long)
    const quoted = /“(.*)”/u.exec(finding!.message)![1]!
    expect(quoted.length).toBeLessThanOrEqual(90)
    expect(quoted.length).toBeGreaterThan(80)
    expect(quoted.endsWith('also…')).toBe(true)
    expect(long.startsWith(quoted.slice(0, -1))).toBe(true)
  })

  it('reports a translation sentence with no original as added, its own text as the text concerned', () => {
    const found = findings('Hökumət 25 qurban müəyyən edib.', '')
    expect(found.map((f) => f.rule)).toEqual(['qa-added'])
    expect(found[0]!.message).toBe('Sentence unknown-1 of the translation has no counterpart in the original')
    expect(found[0]!.text).toBe('Hökumət 25 qurban müəyyən edib.')
    expect(found[0]!.original).toBeUndefined()
  })

  it('reports a section one side lacks once, not once per sentence', () => {
    const original = side('The government identified 25 victims. It referred them to shelters.', 'en')
    const target = side('', 'az')
    checkLoneSection({section: 'protection', bead: 'b3', source: original, target, near: undefined})
    const messages = target.file.messages.filter((message) => message.bead).map((message) => [message.ruleId, message.reason, message.bead])
    expect(messages).toEqual([['qa-untranslated', 'The translation has no section “protection” of the original (2 sentences): “The government identified 25 victims. It referred them to shelters.”', 'b3']])
  })
})

describe('checkBead: confidence and figures', () => {
  it('flags a bead below the low-confidence threshold, and not one at it', () => {
    const az = 'Hökumət 25 qurban müəyyən edib.'
    const en = 'The government identified 25 victims.'
    expect(findings(az, en, {confidence: LOW_CONFIDENCE - 0.01}).map((f) => f.rule)).toContain('align-low-confidence')
    expect(findings(az, en, {confidence: LOW_CONFIDENCE}).map((f) => f.rule)).not.toContain('align-low-confidence')
  })

  it('finds nothing when figures and concepts agree', () => {
    expect(findings('Hökumət 25 qurban müəyyən edib.', 'The government identified 25 victims.')).toEqual([])
  })

  it('says a figure changed from the reviewer’s side: what the original has, what the translation has, the original’s as the fix', () => {
    const figures = findings('Hökumət 25 qurban müəyyən edib.', 'The government identified 26 victims.').filter((f) => f.rule === 'qa-number')
    expect(figures).toHaveLength(1)
    expect(figures[0]).toMatchObject({text: '25', suggestion: '26', original: '26', message: 'The original has “26” (26); the translation has “25”'})
  })

  it('pairs a changed year with a year, not with a count', () => {
    const figures = findings('Hökumət 2021-ci ildə 25 qurban müəyyən edib.', 'In 2020, the government identified 25 victims.').filter((f) => f.rule === 'qa-number')
    expect(figures.map((f) => [f.text, f.original])).toEqual([['2021-ci', '2020']])
  })

  it('says a figure of the original is missing from the translation, and a figure of the translation is not in the original', () => {
    const missing = findings('Hökumət qurbanları müəyyən edib.', 'The government identified 25 victims.').filter((f) => f.rule === 'qa-number')
    expect(missing.map((f) => [f.text, f.original, f.suggestion])).toEqual([['Hökumət qurbanları müəyyən edib.', '25', '25']])
    expect(missing[0]!.message).toBe('The original’s figure “25” (25) is missing from the translation')
    const extra = findings('Hökumət 25 qurban müəyyən edib.', 'The government identified victims.').filter((f) => f.rule === 'qa-number')
    expect(extra.map((f) => [f.text, f.original])).toEqual([['25', 'The government identified victims.']])
    expect(extra[0]!.message).toBe('The translation’s figure “25” (25) is not in the original')
  })

  it('suggests the value of a figure the original writes in words', () => {
    const [figure] = findings('Hökumət 6 qurban müəyyən edib.', 'The government identified five victims.').filter((f) => f.rule === 'qa-number')
    expect(figure).toMatchObject({text: '6', original: 'five', suggestion: '5'})
  })
})

describe('checkBead: concepts, by their evidence', () => {
  it('calls a concept of the original rendered as another of its field a substitution, naming both, at the translation’s words', () => {
    const found = warnings(findings('Məhkəmələr 16 insan alverçisini həbs edib.', 'Courts convicted 16 traffickers.'))
    expect(found).toEqual([
      expect.objectContaining({
        rule: 'qa-term',
        text: 'həbs edib',
        original: 'convicted',
        suggestion: 'məhkum etmək',
        message: 'The original says “convicted” (convict); the translation says “həbs edib” (arrest), which the original does not say'
      })
    ])
  })

  it('takes no word for a substitute where the original says it in another of its senses (həbs etmək: arrest, or imprison)', () => {
    const found = findings('Məhkəmələr 16 insan alverçisini həbs edib.', 'Courts convicted and imprisoned 16 traffickers.')
    expect(warnings(found)).toEqual([])
    // "convicted" is still not rendered: an info, seen in the page, not counted.
    expect(found.map((f) => [f.rule, f.severity, f.original])).toEqual([['qa-term', 'info', 'convicted']])
  })

  it('never pairs concepts of different fields, nor a concept with a wider one (victim / trafficking victim)', () => {
    // The original's "officials" and the translation's "göstərici" (indicator) share no field.
    expect(warnings(findings('Rəsmilər bir qurban müəyyən ediblər (2020-ci ildə bu göstərici 8 idi).', 'Officials identified one victim (eight in 2020).'))).toEqual([])
    expect(findings('Hökumət insan alveri qurbanlarını müəyyən edib.', 'The government identified victims.')).toEqual([])
  })

  it('warns when a name of an institution the original gives is not in the translation, and suggests it', () => {
    const found = warnings(findings('Hökumət iki qurbana yardım edib.', 'The State Migration Service assisted two victims.'))
    expect(found.map((f) => [f.rule, f.original, f.suggestion])).toEqual([['qa-term', 'State Migration Service', 'Dövlət Miqrasiya Xidməti']])
    expect(found[0]!.message).toBe('The original’s “State Migration Service” (State Migration Service) is not rendered in the translation: “Hökumət iki qurbana yardım edib.”')
  })

  it('warns when a row marked required is not rendered, and only informs of a general word worded otherwise', () => {
    // forced labor is required=yes in the glossary; "the government" is not.
    const required = findings('Hökumət kişiləri müəyyən edib.', 'The government identified men in forced labor.')
    expect(required.map((f) => [f.rule, f.severity, f.original])).toEqual([['qa-term', 'warning', 'forced labor']])
    const general = findings('Rəsmilər qurbanları müəyyən edib.', 'The government identified victims.')
    expect(general.map((f) => [f.rule, f.severity, f.original, f.suggestion])).toEqual([['qa-term', 'info', 'government', 'hökumət']])
    expect(general[0]!.message).toBe('The original’s “government” (government) is worded otherwise in the translation (the glossary gives “hökumət”)')
  })

  it('accepts a concept worded as another part of speech ("training" for təlim keçmək) or inflected', () => {
    expect(findings('Hökumət hakimlərə təlim keçib.', 'The government provided training to judges.')).toEqual([])
    expect(findings('Hökumət qurbanları müəyyən edib.', 'The government identified victims.')).toEqual([])
  })

  it('leaves a currency inside an amount to the figure check ("$73,350" = "73,350 ABŞ dolları")', () => {
    expect(findings('Hökumət 73,350 ABŞ dolları ayırıb.', 'The government allocated $73,350.')).toEqual([])
  })

  it('says the translation left part of the original out when the original is much longer and its concepts are not there', () => {
    const az = 'Hökumət 25 qurban müəyyən edib.'
    const en = 'The government identified 25 victims, and observers reported that traffickers exploited children in forced begging.'
    const found = findings(az, en, {excess: OMISSION_EXCESS})
    expect(found.filter((f) => f.rule === 'qa-omission').map((f) => [f.severity, f.text, f.original])).toEqual([['warning', az, en]])
    expect(found.find((f) => f.rule === 'qa-omission')!.message).toContain('“traffickers”')
    // The same bead with lengths as a translation has them: the concepts are only worded otherwise, or required.
    expect(findings(az, en, {excess: OMISSION_EXCESS - 0.5}).map((f) => f.rule)).not.toContain('qa-omission')
  })
})
