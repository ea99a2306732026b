import {describe, expect, it} from 'vitest'
import {crlfFormFeeds, decomposed, lookalikesAndNbsp, onePerParagraph, pageFurniture, rewrapNarrow} from '../support/noisy.js'
import {seedRaw, seedSentences} from '../support/pipeline.js'
import {beadScores, goldBeads, planted, predictedBeads, processSeedPair} from '../support/pair.js'

/**
 * The seed against its hand-written English edition (tests/fixtures/pair): the gold alignment has every bead
 * shape and six planted errors. The figures are printed; the thresholds are the issue's.
 */
const document = processSeedPair()
const predicted = predictedBeads(document)
const scores = beadScores(predicted, goldBeads)
const beadOf = new Map(document.sentences.map((sentence) => [sentence.id, sentence.align!.bead]))
const sentenceId = (n: number) => document.sentences.find((sentence) => sentence.text === seedSentences[n - 1]!.text)!.id
const qa = document.diagnostics.filter((d) => d.rule === 'qa-number' || d.rule === 'qa-term')
const isPlanted = (d: (typeof qa)[number]) =>
  planted.some((error) => d.rule === `qa-${error.kind}` && d.bead === beadOf.get(sentenceId(error.az[0]!)) && (d.text ?? '').includes(error.azForm))

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

  it('flags every planted error, with at most 2 false figure flags and 5 false term flags', () => {
    const found = planted.filter((error) => qa.some((d) => d.rule === `qa-${error.kind}` && d.bead === beadOf.get(sentenceId(error.az[0]!)) && (d.text ?? '').includes(error.azForm)))
    const falseNumbers = qa.filter((d) => d.rule === 'qa-number' && !isPlanted(d))
    const falseTerms = qa.filter((d) => d.rule === 'qa-term' && !isPlanted(d))
    console.log(`QA: planted errors found ${found.length}/${planted.length}; false qa-number ${falseNumbers.length}, false qa-term ${falseTerms.length}`)
    for (const d of [...falseNumbers, ...falseTerms]) console.log(`  false flag ${d.rule} ${d.line}:${d.column} ${d.message.slice(0, 110)}`)
    expect(found.map((error) => `${error.kind} ${error.azForm}`)).toEqual(planted.map((error) => `${error.kind} ${error.azForm}`))
    expect(falseNumbers.length).toBeLessThanOrEqual(2)
    expect(falseTerms.length).toBeLessThanOrEqual(5)
  })

  it('reports the omission and the addition as untranslated, at both places', () => {
    const untranslated = document.diagnostics.filter((d) => d.rule === 'qa-untranslated')
    const omission = goldBeads.find((bead) => bead.shape === '1-0')!
    const addition = goldBeads.find((bead) => bead.shape === '0-1')!
    expect(untranslated.find((d) => d.text === seedSentences[omission.az[0]! - 1]!.text)).toBeDefined()
    const added = untranslated.find((d) => d.english?.text === addition.en[0])
    expect(added?.english?.file).toBe('input/2022-azerbaijan.en.txt')
    expect(untranslated).toHaveLength(2)
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
  const flags = (doc: typeof document) => doc.diagnostics.filter((d) => d.rule.startsWith('qa-')).map((d) => `${d.rule} ${d.bead} ${d.text}`)
  it.each(Object.entries(renderings))('%s: the same beads and the same QA findings as the clean seed', (_, render) => {
    const noisy = processSeedPair(render(seedRaw))
    expect(beadScores(predictedBeads(noisy), goldBeads).f1).toBeGreaterThanOrEqual(0.97)
    expect(flags(noisy)).toEqual(flags(document))
  })
})
