import {describe, expect, it} from 'vitest'
import {crlfFormFeeds, decomposed, lookalikesAndNbsp, onePerParagraph, pageFurniture, rewrapNarrow} from '../support/noisy.js'
import {seedRaw, seedSentences} from '../support/pipeline.js'
import {beadScores, englishEditions, goldBeads, judgeQa, predictedBeads, processSeedPair} from '../support/pair.js'

/**
 * The seed against its hand-written English edition (tests/fixtures/pair): the gold alignment has every bead
 * shape and six planted errors. The figures are printed; the thresholds are the issue's.
 */
const document = processSeedPair()
const predicted = predictedBeads(document)
const scores = beadScores(predicted, goldBeads)
const qa = judgeQa(document, englishEditions.a)

describe('alignment of the seed with its English edition', () => {
  it('finds the gold beads: F1 ≥ 0.97, and every non-1-1 bead', () => {
    const shapes = Object.fromEntries(['1-1', '2-1', '1-2', '2-2', '1-0', '0-1'].map((shape) => [shape, goldBeads.filter((bead) => bead.shape === shape).length]))
    console.log(
      `beads: precision ${scores.precision.toFixed(3)}, recall ${scores.recall.toFixed(3)}, F1 ${scores.f1.toFixed(3)}; ` +
        `non-1-1 beads found ${scores.nonOneToOne.found}/${scores.nonOneToOne.gold}; gold shapes ${JSON.stringify(shapes)}`
    )
    // The gold has every shape, so the figure says something about each.
    for (const count of Object.values(shapes)) expect(count).toBeGreaterThan(0)
    expect(scores.f1).toBeGreaterThanOrEqual(0.97)
    expect(scores.nonOneToOne.found).toBe(scores.nonOneToOne.gold)
  })

  it('flags every planted error from the original’s side; at most 2 false qa-term warnings (0 expected) and no false qa-number', () => {
    const falseWarnings = qa.warnings.filter((warning) => !warning.disagreement)
    const {right, all} = qa.precision('qa-term', false)
    console.log(
      `QA (edition a, English the original): planted errors found ${qa.found.length}/${englishEditions.a.planted.length}; ` +
        `qa-term ${right}/${all} true; false warnings ${falseWarnings.length}`
    )
    for (const warning of falseWarnings) console.log(`  false ${warning.rule} (az ${warning.az.join(',')}): ${warning.message.slice(0, 120)}`)
    expect(qa.found).toEqual(englishEditions.a.planted)
    expect(all - right).toBeLessThanOrEqual(2)
    expect(qa.warnings.filter((warning) => warning.rule === 'qa-number' && !warning.disagreement)).toEqual([])
  })

  it('reports the sentence the translation leaves out and the one it adds, each where the translation is to be fixed', () => {
    const untranslated = document.diagnostics.filter((d) => d.rule === 'qa-untranslated')
    const added = document.diagnostics.filter((d) => d.rule === 'qa-added')
    const omission = goldBeads.find((bead) => bead.shape === '0-1')!
    const addition = goldBeads.find((bead) => bead.shape === '1-0')!
    // The English sentence with no Azerbaijani: at the translation's sentence before it, the original quoted.
    expect(untranslated).toHaveLength(1)
    expect(untranslated[0]!.counterpart).toMatchObject({file: 'input/2022-azerbaijan.en.txt', text: omission.en[0]})
    // Schema 3.0 keeps the original's place in `counterpart` alone (2.x repeated it as `english`).
    expect(untranslated[0]).not.toHaveProperty('english')
    // The Azerbaijani sentence with no English: the translation's own text.
    expect(added.map((d) => d.text)).toEqual([seedSentences[addition.az[0]! - 1]!.text])
  })

  it('gives each bead a confidence in [0, 1] and says which anchors tied its sentences together', () => {
    for (const bead of document.beads!) {
      expect(bead.confidence).toBeGreaterThanOrEqual(0)
      expect(bead.confidence).toBeLessThanOrEqual(1)
    }
    // The merge of the two funding sentences is explained by the figures both sides have.
    const merge = predicted.find((bead) => bead.shape === '2-1' && bead.en[0]!.startsWith('This included 19,200 manat'))!
    expect(merge.anchors).toEqual(expect.arrayContaining(['n:19200', 'n:11290', 'n:30000']))
    // Sentences point at their bead, and carry the English of it.
    const first = document.sentences[0]!
    expect(first.en).toBe(goldBeads[0]!.en.join(' '))
  })
})

describe('alignment of noisy renderings of the seed with the English edition', () => {
  const renderings = {crlfFormFeeds, rewrapNarrow, lookalikesAndNbsp, decomposed, pageFurniture, onePerParagraph}
  const flags = (doc: typeof document) => doc.diagnostics.filter((d) => d.rule.startsWith('qa-') && d.severity !== 'info').map((d) => `${d.rule} ${d.bead} ${d.text}`)
  it.each(Object.entries(renderings))('%s: the same beads and the same QA findings as the clean seed', (_, render) => {
    const noisy = processSeedPair(render(seedRaw))
    expect(beadScores(predictedBeads(noisy), goldBeads).f1).toBeGreaterThanOrEqual(0.97)
    expect(flags(noisy)).toEqual(flags(document))
  })
})
