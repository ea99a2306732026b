import type {VFile} from 'vfile'
import type {Root, Section, Sentence} from '../tree.js'
import {anchorsOf, anchorWeights} from './anchors.js'
import {type AlignOptions, alignUnits, defaults, type RawBead, type Unit} from './beads.js'
import {type Bead, type FixedBead, PAIR_SOURCE} from './bead.js'
import {checkBead, checkLoneSection, type Side} from './qa/index.js'

export {type Bead, type FixedBead, PAIR_SOURCE} from './bead.js'
export {LOW_CONFIDENCE} from './qa/index.js'

/** The processed English edition, as the aligner needs it. */
export interface ProcessedEdition {
  tree: Root
  file: VFile
}

interface Listed {
  sentence: Sentence
  section: string
}

/** Sentences of a tree by section key, in order. */
function bySection(tree: Root): Map<string, Listed[]> {
  const sections = new Map<string, Listed[]>()
  for (const node of tree.children) {
    if (node.type !== 'section') continue
    const section = node as Section
    const list = sections.get(section.data.key) ?? []
    for (const child of section.children) if (child.type === 'paragraph') for (const sentence of child.children) list.push({sentence, section: section.data.key})
    sections.set(section.data.key, list)
  }
  return sections
}

/**
 * Confidence of a bead: a noisy OR of the two kinds of evidence. The length probability says how typical
 * the lengths are for a translation; the anchor agreement is the weighted share of anchors both sides have.
 * An omission or addition has no such evidence and is always a question (0.5, with its own QA flag).
 */
function confidenceOf(bead: RawBead): number {
  const empty = bead.source[0] === bead.source[1] || bead.target[0] === bead.target[1]
  if (empty) return 0.5
  const {shared, unshared} = bead.anchors
  const agreement = shared + unshared > 0 ? (2 * shared) / (2 * shared + unshared) : 0
  return Math.round((1 - (1 - bead.lengthProbability) * (1 - agreement)) * 1000) / 1000
}

/** Where a run of texts stands in a section's sentences, from `from` on: its start, or -1. */
function runAt(list: readonly Listed[], texts: readonly string[], from: number): number {
  for (let at = from; at + texts.length <= list.length; at++) if (texts.every((text, k) => list[at + k]!.sentence.value === text)) return at
  return -1
}

/**
 * The reviewer's beads that stand in a section pair, in order on both sides: each as the ranges of its sentences.
 * A bead with a side empty sets no pairing (the aligner's 1-0 and 0-1 stand), and one out of order is passed over.
 */
function fixedIn(left: readonly Listed[], right: readonly Listed[], fixed: readonly FixedBead[]): Array<{source: [number, number]; target: [number, number]}> {
  const found: Array<{source: [number, number]; target: [number, number]}> = []
  let [i, j] = [0, 0]
  const placed = fixed
    .filter((bead) => bead.edition.length > 0 && bead.partner.length > 0)
    .map((bead) => ({bead, at: runAt(left, bead.edition, 0)}))
    .filter(({at}) => at >= 0)
    .sort((a, b) => a.at - b.at)
  for (const {bead} of placed) {
    const a = runAt(left, bead.edition, i)
    const b = runAt(right, bead.partner, j)
    if (a < 0 || b < 0) continue
    found.push({source: [a, a + bead.edition.length], target: [b, b + bead.partner.length]})
    ;[i, j] = [a + bead.edition.length, b + bead.partner.length]
  }
  return found
}

/**
 * align: pairs the sentences of the Azerbaijani tree with those of its English edition, section by
 * section (sections pair by key; a section only one side has gives 1-0 or 0-1 beads), then checks each
 * bead (qa.ts). Sets `data.align` on the sentences of both sides and `data.en` (the English text of its
 * bead) on the Azerbaijani ones; the beads go to file.data.beads. Problems are messages of the
 * Azerbaijani file that also name the English place.
 */
export function align(english: ProcessedEdition, options: Partial<AlignOptions> & {anchors?: boolean; sourceLang?: string; fixed?: readonly FixedBead[]} = {}) {
  const {anchors = true, sourceLang = PAIR_SOURCE, fixed = [], ...settings} = options
  return (tree: Root, file: VFile): void => {
    // The original and the translation: the QA reads from the source and reports in the target's file.
    const englishIsSource = english.file.data.lang?.code === sourceLang
    // A bead's or a section's sentences of each side as the QA reads them: the original first.
    const sides = (az: readonly Listed[], en: readonly Listed[]): [source: Side, target: Side] => {
      const azSide: Side = {sentences: az.map((item) => item.sentence), file}
      const enSide: Side = {sentences: en.map((item) => item.sentence), file: english.file}
      return englishIsSource ? [enSide, azSide] : [azSide, enSide]
    }
    const languages = [file.data.lang!.code, english.file.data.lang!.code]
    file.data.pair = {source: sourceLang, target: languages.find((code) => code !== sourceLang) ?? languages[0]!}
    const azSections = bySection(tree)
    const enSections = bySection(english.tree)
    const units = new Map<Sentence, Unit>()
    const unit = ({sentence}: Listed): Unit => {
      let found = units.get(sentence)
      if (!found) units.set(sentence, (found = {length: sentence.value.length, anchors: anchorsOf(sentence)}))
      return found
    }
    const all = [...azSections.values(), ...enSections.values()].flat().map((item) => unit(item).anchors)
    // Without anchors (the benchmark's length-only baseline) every anchor weighs nothing.
    const weights = anchors ? anchorWeights(all) : new Map<string, number>()

    const beads: Bead[] = []
    // A bead the translation lacks is reported at the translation's sentence before it.
    let previous: Sentence | undefined
    const pairs: Array<[Listed[], Listed[], string]> = []
    for (const [key, list] of azSections) pairs.push([list, enSections.get(key) ?? [], key])
    for (const [key, list] of enSections) if (!azSections.has(key)) pairs.push([[], list, key])
    for (const [left, right, section] of pairs) {
      // The reviewer's beads stand as they are; the aligner pairs what lies between them.
      const raw: Array<RawBead & {fixed?: true}> = []
      let [i, j] = [0, 0]
      const shifted = (from: number, to: number, a: number, b: number) =>
        alignUnits(left.slice(from, to).map(unit), right.slice(a, b).map(unit), {...defaults, ...settings, weights}).map((bead) => ({
          ...bead,
          source: [bead.source[0] + from, bead.source[1] + from] as [number, number],
          target: [bead.target[0] + a, bead.target[1] + a] as [number, number]
        }))
      for (const set of left.length > 0 && right.length > 0 ? fixedIn(left, right, fixed) : []) {
        raw.push(...shifted(i, set.source[0], j, set.target[0]))
        raw.push({...set, lengthProbability: 1, delta: 0, anchors: {shared: 0, unshared: 0, keys: []}, fixed: true})
        ;[i, j] = [set.source[1], set.target[1]]
      }
      raw.push(...shifted(i, left.length, j, right.length))
      // A section one side does not have (an excerpt, a section lost) is one finding, not one per sentence.
      const lone = left.length === 0 || right.length === 0
      if (lone && raw.length > 0) {
        const [source, target] = sides(left, right)
        checkLoneSection({section, bead: `b${beads.length + 1}`, source, target, near: previous})
      }
      for (const bead of raw) {
        const az = left.slice(bead.source[0], bead.source[1])
        const en = right.slice(bead.target[0], bead.target[1])
        const id = `b${beads.length + 1}`
        // A reviewer's bead is sure.
        const confidence = bead.fixed ? 1 : confidenceOf(bead)
        beads.push({
          id,
          section,
          az: az.map((item) => item.sentence.data.id),
          en: en.map((item) => item.sentence.data.id),
          shape: `${az.length}-${en.length}`,
          confidence,
          anchors: bead.anchors.keys,
          ...(bead.fixed ? {fixed: true as const} : {})
        })
        const text = en.map((item) => item.sentence.value).join(' ')
        for (const item of az) item.sentence.data.align = {bead: id, confidence, en: text}
        for (const item of en) item.sentence.data.align = {bead: id, confidence}
        const [source, target] = sides(az, en)
        // δ is measured from the Azerbaijani side: a longer English side is a positive δ.
        if (!lone) checkBead({bead: beads.at(-1)!, source, target, excess: englishIsSource ? bead.delta : -bead.delta, near: previous})
        previous = target.sentences.at(-1) ?? previous
      }
    }
    file.data.beads = beads
  }
}
