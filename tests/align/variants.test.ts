import {describe, expect, it} from 'vitest'
import {beadScores, englishEditions, goldBeads, predictedBeads, processSeedPair} from '../support/pair.js'

/**
 * The seed with its English edition as other sources give the English: the title as a web page or an HTML
 * export writes it, and an excerpt that leaves one section's text out. The same sections and beads as the
 * edition itself, elsewhere.
 */
const edition = englishEditions.a
const [titleLine, ...rest] = edition.raw.split('\n')
const sections = ['summary', 'recommendations', 'prosecution', 'protection', 'prevention', 'profile']

describe('the English title in any of the forms it is written in', () => {
  it.each(['Azerbaijan (Tier 2)', 'Azerbaijan: Tier 2', 'AZERBAIJAN: Tier 2', 'AZERBAIJAN (Tier 2)', 'AZERBAIJAN: TIER 2'])('%s', (title) => {
    expect(titleLine).toBe('AZERBAIJAN (Tier 2)')
    const document = processSeedPair(undefined, {path: edition.path, raw: [title, ...rest].join('\n')})
    if (!document.partner) throw new Error('not a pair')
    expect(document.partner!.document).toMatchObject({country: 'Azerbaijan', tier: '2', title: {text: title}})
    expect(document.partner!.sections.map((section) => [section.key, section.sentences])).toEqual(
      sections.map((key) => [key, goldBeads.filter((bead) => bead.section === key).flatMap((bead) => bead.en).length])
    )
    expect(beadScores(predictedBeads(document), goldBeads).f1).toBe(1)
    expect(document.diagnostics.filter((d) => d.rule === 'qa-untranslated' || d.rule === 'qa-added')).toHaveLength(2)
  })
})

describe('an English excerpt with one section’s text left out', () => {
  // PROSECUTION stands alone, its text gone: the next heading follows it at once.
  const lines = edition.raw.split('\n')
  const from = lines.indexOf('PROSECUTION')
  const to = lines.indexOf('PROTECTION')
  const excerpt = [...lines.slice(0, from + 1), '', ...lines.slice(to)].join('\n')
  const document = processSeedPair(undefined, {path: edition.path, raw: excerpt})

  it('keeps the empty section as a section with no sentences and an info, never glued to the next heading', () => {
    if (!document.partner) throw new Error('not a pair')
    expect(from).toBeGreaterThan(0)
    expect(document.partner!.sections.map((section) => [section.key, section.sentences])).toEqual(
      sections.map((key) => [key, key === 'prosecution' ? 0 : goldBeads.filter((bead) => bead.section === key).flatMap((bead) => bead.en).length])
    )
    expect(document.partner!.sections.filter((section) => section.heading !== null).map((section) => section.heading)).toEqual([
      'PRIORITIZED RECOMMENDATIONS:',
      'PROSECUTION',
      'PROTECTION',
      'PREVENTION',
      'TRAFFICKING PROFILE:'
    ])
    expect(document.partner!.diagnostics.filter((d) => d.rule === 'empty-section').map((d) => [d.severity, d.text])).toEqual([['info', 'PROSECUTION']])
  })

  it('gives the same beads as the whole edition in every other section, and one finding for the section', () => {
    const predicted = predictedBeads(document)
    const others = goldBeads.filter((bead) => bead.section !== 'prosecution')
    expect(beadScores(predicted.filter((_, index) => document.beads![index]!.section !== 'prosecution'), others).f1).toBe(1)
    const prosecution = document.beads!.filter((bead) => bead.section === 'prosecution')
    expect(prosecution.every((bead) => bead.shape === '1-0')).toBe(true)
    expect(document.diagnostics.filter((d) => d.rule === 'qa-added' && d.bead === prosecution[0]!.id).map((d) => d.message)).toEqual([
      'Section “prosecution” of the translation (22 sentences) has no counterpart in the original'
    ])
    expect(document.diagnostics.filter((d) => d.rule === 'qa-added' || d.rule === 'qa-untranslated')).toHaveLength(2)
  })
})
