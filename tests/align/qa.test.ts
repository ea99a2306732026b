import {describe, expect, it} from 'vitest'
import {checkPair, LOW_CONFIDENCE} from '../../pipeline/align/qa.js'
import {processText} from '../../pipeline/processor.js'
import type {Root, Sentence} from '../../pipeline/tree.js'
import {glossary} from '../support/pipeline.js'

/**
 * The QA of one bead, on sentences made by the pipeline from short hand-written texts: what each check
 * reports, and what it must leave alone. Expected findings are worked out from the texts, not from a run.
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
  message: string
  text: string | undefined
  suggestion: string | undefined
  english: string | undefined
}

/** The bead's findings when `azText` and `enText` (either may be empty) form one bead of this confidence. */
function findings(azText: string, enText: string, confidence = 1): Finding[] {
  const az = processText(azText || 'x', source('az'), glossary, {keepTokens: true})
  const en = processText(enText || 'x', source('en'), glossary, {keepTokens: true})
  const left = azText ? sentencesOf(az.tree) : []
  const right = enText ? sentencesOf(en.tree) : []
  const bead = {id: 'b9', section: 'summary', az: left.map((s) => s.data.id), en: right.map((s) => s.data.id), shape: `${left.length}-${right.length}`, confidence, anchors: []}
  checkPair({bead, az: left, en: right, near: undefined}, az.file, en.file)
  return az.file.messages
    .filter((message) => message.bead === 'b9')
    .map((message) => ({rule: message.ruleId!, message: message.reason, text: message.actual ?? undefined, suggestion: message.expected?.[0], english: message.counterpart?.text}))
}

describe('checkPair', () => {
  it('reports an English sentence with no Azerbaijani as added, quoting it, and checks nothing else', () => {
    const found = findings('', 'The government identified 25 victims.')
    expect(found.map((f) => f.rule)).toEqual(['qa-untranslated'])
    expect(found[0]!.message).toContain('The government identified 25 victims.')
    expect(found[0]!.english).toBe('The government identified 25 victims.')
  })

  it('quotes a long English-only sentence cut at 90 characters with an ellipsis', () => {
    const long = `The government ${'also '.repeat(30)}identified victims.`
    const [finding] = findings('', long)
    const quoted = /“(.*)”/u.exec(finding!.message)![1]!
    expect(quoted).toHaveLength(90)
    expect(quoted.endsWith('…')).toBe(true)
    expect(long.startsWith(quoted.slice(0, -1))).toBe(true)
  })

  it('reports an Azerbaijani sentence with no English as untranslated, its own text as the text concerned', () => {
    const found = findings('Hökumət 25 qurban müəyyən edib.', '')
    expect(found.map((f) => f.rule)).toEqual(['qa-untranslated'])
    expect(found[0]!.text).toBe('Hökumət 25 qurban müəyyən edib.')
    expect(found[0]!.english).toBeUndefined()
  })

  it('flags a bead below the low-confidence threshold, and not one at it', () => {
    const az = 'Hökumət 25 qurban müəyyən edib.'
    const en = 'The government identified 25 victims.'
    expect(findings(az, en, LOW_CONFIDENCE - 0.01).map((f) => f.rule)).toContain('align-low-confidence')
    expect(findings(az, en, LOW_CONFIDENCE).map((f) => f.rule)).not.toContain('align-low-confidence')
  })

  it('finds nothing when figures and concepts agree', () => {
    expect(findings('Hökumət 25 qurban müəyyən edib.', 'The government identified 25 victims.')).toEqual([])
  })

  it('says a figure changed, naming the English one, when the two sides give different values', () => {
    const found = findings('Hökumət 25 qurban müəyyən edib.', 'The government identified 26 victims.')
    const figures = found.filter((f) => f.rule === 'qa-number')
    expect(figures).toHaveLength(1)
    expect(figures[0]!.text).toBe('25')
    expect(figures[0]!.message).toContain('“26”')
    expect(figures[0]!.english).toBe('26')
  })

  it('pairs a changed year with a year, not with a count', () => {
    const found = findings('Hökumət 2021-ci ildə 25 qurban müəyyən edib.', 'In 2020, the government identified 25 victims.')
    const figures = found.filter((f) => f.rule === 'qa-number')
    expect(figures).toHaveLength(1)
    expect(figures[0]!.text).toBe('2021-ci')
    expect(figures[0]!.english).toBe('2020')
  })

  it('says a figure is missing when the English has none left to pair it with, and an extra English figure has no counterpart', () => {
    const missing = findings('Hökumət 25 qurban müəyyən edib.', 'The government identified victims.').filter((f) => f.rule === 'qa-number')
    expect(missing.map((f) => [f.text, f.english])).toEqual([['25', undefined]])
    expect(missing[0]!.message).toContain('missing')
    const extra = findings('Hökumət qurbanları müəyyən edib.', 'The government identified 25 victims.').filter((f) => f.rule === 'qa-number')
    expect(extra).toHaveLength(1)
    expect(extra[0]!.english).toBe('25')
    expect(extra[0]!.text).toBe('Hökumət qurbanları müəyyən edib.')
  })

  it('reports a concept the English does not mention, once per bead, with its English as the suggestion', () => {
    const found = findings('Hökumət hökumətin qurbanlarını müəyyən edib.', 'The authorities identified victims.').filter((f) => f.rule === 'qa-term')
    expect(found.map((f) => f.suggestion)).toEqual(['government'])
  })

  it('accepts a concept worded as another part of speech or inflected ("victims" for qurban)', () => {
    expect(findings('Hökumət qurbanları müəyyən edib.', 'The government identified victims.').filter((f) => f.rule === 'qa-term')).toEqual([])
  })
})

describe('checkPair: concepts inside amounts and concepts of several words', () => {
  it('leaves a currency inside an amount to the figure check ("73,350 ABŞ dolları" = "$73,350")', () => {
    const found = findings('Hökumət 73,350 ABŞ dolları ayırıb.', 'The government allocated $73,350.')
    expect(found).toEqual([])
  })

  it('finds a concept of several words only when its words stand together in the English (function words aside)', () => {
    const az = 'Hökumət insan alveri qurbanını müəyyən edib.'
    expect(findings(az, 'The government identified a victim of trafficking.').filter((f) => f.rule === 'qa-term')).toEqual([])
    const apart = findings(az, 'The government identified a victim, the police a trafficking case.').filter((f) => f.rule === 'qa-term')
    expect(apart.map((f) => f.text)).toEqual(['insan alveri qurbanını'])
  })
})
