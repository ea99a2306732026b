import {readFileSync} from 'node:fs'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {compileGlossary, GlossaryMatcher, LAYER, type Match, reversedEntries} from '../../pipeline/glossary/index.js'
import type {GlossaryEntry} from '../../pipeline/glossary/load.js'
import {az} from '../../pipeline/lang/az/index.js'
import {en} from '../../pipeline/lang/en/index.js'
import type {Language} from '../../pipeline/lang/index.js'
import {processText} from '../../pipeline/processor.js'
import {type Token, tokenize} from '../../pipeline/text/tokens.js'
import type {Sentence} from '../../pipeline/tree.js'
import {glossary, seedRaw} from '../support/pipeline.js'

const entry = (source: string, id: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id, source, target: id, type: null, abbr: null, abbrEn: null, alsoEn: [], senseEn: [], required: false, field: null, pos: null, note: null, file: 'test', line: 1, ...extra
})
const shown = (text: string, matches: readonly Match[]) => matches.map((m) => [text.slice(m.start, m.end), m.entry.id])

describe('one matcher, its rows in layers', () => {
  const rows = [
    entry('Bakı', 'gpe.baku', {type: 'GPE'}),
    entry('Bakı şəhəri', 't.baku-city'),
    entry('qurban', 't.victim'),
    entry('araşdırmaq', 'v.investigate', {pos: 'verb'}),
    entry('araşdırma', 't.investigation')
  ]
  const layersOf = (row: GlossaryEntry) => (row.type ? LAYER.entity : row.pos === 'verb' ? LAYER.verb : LAYER.term)
  const matcher = new GlossaryMatcher(rows, az, {layersOf})
  const text = 'Bakı şəhərində qurbanların işi araşdırılıb, araşdırma davam edir.'
  const tokens = tokenize(text, az.locale)
  const candidates = matcher.lookup(tokens)

  it('finds each layer’s entries in one lookup, and each layer chooses only its own', () => {
    expect(shown(text, matcher.select(tokens, candidates, LAYER.entity))).toEqual([['Bakı', 'gpe.baku']])
    // The longer term wins over the entity only within the term layer: the layers do not compete.
    expect(shown(text, matcher.select(tokens, candidates, LAYER.term))).toEqual([
      ['Bakı şəhərində', 't.baku-city'],
      ['qurbanların', 't.victim'],
      ['araşdırma', 't.investigation']
    ])
    // The matcher reads araşdırma as a form of the verb too (a verbal noun); the verbs stage decides which it is.
    expect(shown(text, matcher.select(tokens, candidates, LAYER.verb))).toEqual([
      ['araşdırılıb', 'v.investigate'],
      ['araşdırma', 'v.investigate']
    ])
  })

  it('never chooses a candidate that runs into a taken token, but takes a shorter one before it', () => {
    const taken = new Uint8Array(tokens.length)
    taken[1] = 1 // şəhərində
    expect(shown(text, matcher.select(tokens, candidates, LAYER.term, taken))).toEqual([
      ['qurbanların', 't.victim'],
      ['araşdırma', 't.investigation']
    ])
    expect(shown(text, matcher.select(tokens, candidates, LAYER.entity, taken))).toEqual([['Bakı', 'gpe.baku']])
    taken[0] = 1
    expect(matcher.select(tokens, candidates, LAYER.entity, taken)).toEqual([])
  })

  it('reads an OCR-damaged word only as an entry of the layer asked for', () => {
    const fuzzy = new GlossaryMatcher([entry('sığınacaq', 't.shelter'), entry('Sumqayıt', 'gpe.sumgait', {type: 'GPE'})], az, {layersOf})
    expect(fuzzy.fuzzy(tokenize('sumqaytda', az.locale)[0]!, LAYER.entity)?.id).toBe('gpe.sumgait')
    expect(fuzzy.fuzzy(tokenize('sumqaytda', az.locale)[0]!, LAYER.term)).toBeUndefined()
    expect(fuzzy.fuzzy(tokenize('sığınacqda', az.locale)[0]!, LAYER.term)?.id).toBe('t.shelter')
  })
})

/**
 * The layered matcher against a matcher of each layer's rows alone (what the stages used before the lookup
 * stage): over every sentence of the seed and of its English edition, with nothing taken and with each one of
 * its tokens taken in turn, each layer's matches must be the same. With tokens taken, the reference matches
 * each run of free tokens on its own, so it does not share `select`'s bookkeeping of what is taken.
 */
function matchRuns(matcher: GlossaryMatcher, tokens: readonly Token[], taken: Uint8Array | undefined): Match[] {
  if (!taken) return matcher.match(tokens)
  const matches: Match[] = []
  for (let start = 0; start < tokens.length; start++) {
    if (taken[start]) continue
    let end = start
    while (end < tokens.length && !taken[end]) end++
    for (const match of matcher.match(tokens.slice(start, end))) matches.push({...match, first: match.first + start, last: match.last + start})
    start = end
  }
  return matches
}

describe('the lookup stage’s one walk chooses what a matcher per layer chose', () => {
  const english = readFileSync(new URL('../../input/2022-azerbaijan.en.txt', import.meta.url), 'utf8')
  const layers = [
    ['entity', LAYER.entity, (row: GlossaryEntry) => row.type !== null],
    ['term', LAYER.term, (row: GlossaryEntry) => row.type === null && row.pos === null],
    ['verb', LAYER.verb, (row: GlossaryEntry) => row.pos === 'verb']
  ] as const
  const cases: Array<[string, string, Language]> = [
    ['the seed', seedRaw, az],
    ['its English edition', english, en]
  ]
  it.each(cases)('%s', (_, raw, lang) => {
    const {tree} = processText(raw, {path: `x.${lang.code}.txt`, sha256: '0'.repeat(64), language: lang.code, year: 2022}, glossary, {keepTokens: true})
    const sentences: Sentence[] = []
    visit(tree, 'sentence', (node) => void sentences.push(node as Sentence))
    const {matcher} = compileGlossary(glossary, lang)
    // An English text is matched against the glossary read the other way.
    const rows = lang === az ? glossary.entries : reversedEntries(glossary.entries)
    let compared = 0
    for (const [name, layer, holds] of layers) {
      const alone = new GlossaryMatcher(rows.filter(holds), lang)
      for (const sentence of sentences) {
        const tokens = sentence.data.tokens!
        expect(sentence.data.lookup, 'the lookup stage ran').toBeDefined()
        const masks = [undefined, ...tokens.map((_, at) => Uint8Array.from(tokens, (__, k) => (k === at ? 1 : 0)))]
        for (const mask of masks) {
          const expected = matchRuns(alone, tokens, mask)
          expect(matcher.select(tokens, sentence.data.lookup!, layer, mask), `${name}: ${sentence.value}`).toEqual(expected)
          compared += expected.length
        }
      }
    }
    expect(compared).toBeGreaterThan(3000)
  })
})
