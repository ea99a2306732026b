import {readFileSync} from 'node:fs'
import {type OutputDocument, toDocument} from '../../pipeline/emit/index.js'
import {type ProcessOptions, processPair} from '../../pipeline/processor.js'
import {glossary, SEED_PATH, seedRaw, seedSentences} from './pipeline.js'

export const ENGLISH_PATH = 'input/2022-azerbaijan.en.txt'
export const englishRaw = readFileSync(new URL(`../../${ENGLISH_PATH}`, import.meta.url), 'utf8')

const rows = (folder: string, name: string) =>
  readFileSync(new URL(`../fixtures/${folder}/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'))
const fixture = (name: string) => rows('pair', name)

/** A gold bead: Azerbaijani sentences (1-based numbers of seed/sentences.tsv) and the English sentences' texts. */
export interface GoldBead {
  section: string
  az: number[]
  en: string[]
  shape: string
}

const beadsOf = (table: string[][]): GoldBead[] =>
  table.map(([section, az, en, shape]) => ({
    section: section!,
    az: az === '-' ? [] : az!.split(',').map(Number),
    en: en === '-' ? [] : en!.split(' || '),
    shape: shape!
  }))

/** The hand-made alignment of the seed with its English edition (tests/fixtures/pair/beads.tsv). */
export const goldBeads: GoldBead[] = beadsOf(fixture('beads.tsv'))

/** An error planted in an English edition on purpose: the Azerbaijani sentence number(s) of its bead, kind, forms. */
export interface Planted {
  az: number[]
  kind: string
  azForm: string
  enForm: string
}

const plantedOf = (table: string[][]): Planted[] => table.map(([az, kind, azForm, enForm]) => ({az: az === '-' ? [] : az!.split(',').map(Number), kind: kind!, azForm: azForm!, enForm: enForm!}))

/** Errors planted in the English on purpose: the Azerbaijani sentence numbers of their bead, kind, forms. */
export const planted = plantedOf(fixture('planted.tsv'))

/**
 * Where the Azerbaijani does not say what an English edition says (the English taken as the original), as a
 * bilingual reviewer annotated each edition without seeing the code or the glossary: the planted errors and
 * the seed translation's own (`disagreements.tsv`). `sure` or `doubtful`.
 */
export interface Disagreement {
  az: number | null
  kind: 'term' | 'number' | 'omission' | 'addition'
  azWords: string
  enWords: string
  sure: boolean
}

const disagreementsOf = (table: string[][]): Disagreement[] =>
  table.map(([az, kind, azWords, enWords, certainty]) => ({
    az: az === '-' ? null : Number(az),
    kind: kind as Disagreement['kind'],
    azWords: azWords!,
    enWords: enWords!,
    sure: certainty === 'sure'
  }))

/** One English edition of the seed with its annotations. */
export interface EnglishEdition {
  name: string
  path: string
  raw: string
  beads: GoldBead[]
  planted: Planted[]
  disagreements: Disagreement[]
}

/**
 * The English editions of the seed: `a`, the first (input/, written for the project from the Azerbaijani by a
 * translator who saw no code); `b` and `c` (tests/fixtures/pair-b, pair-c), each written from the Azerbaijani
 * alone by a writer who saw neither the glossary, nor another English edition, nor the code, in natural report
 * English (c freer than b). Each has a gold alignment, planted errors and a reviewer's list of disagreements.
 */
export const englishEditions: Record<'a' | 'b' | 'c', EnglishEdition> = {
  a: {name: 'a', path: ENGLISH_PATH, raw: englishRaw, beads: goldBeads, planted, disagreements: disagreementsOf(fixture('disagreements.tsv'))},
  b: editionFixture('b'),
  c: editionFixture('c')
}

function editionFixture(name: 'b' | 'c'): EnglishEdition {
  const folder = `pair-${name}`
  const path = `tests/fixtures/${folder}/2022-azerbaijan.en.txt`
  return {
    name,
    path,
    raw: readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'),
    beads: beadsOf(rows(folder, 'beads.tsv')),
    planted: plantedOf(rows(folder, 'planted.tsv')),
    disagreements: disagreementsOf(rows(folder, 'disagreements.tsv'))
  }
}

/** The seed (or a rendering of it) and its English edition through the whole pipeline, aligned. */
export function processSeedPair(raw = seedRaw, edition: Pick<EnglishEdition, 'raw' | 'path'> = englishEditions.a, options: ProcessOptions = {}): OutputDocument {
  const {tree, file, english} = processPair(
    raw,
    {path: SEED_PATH, sha256: '0'.repeat(64), language: 'az', year: 2022},
    edition.raw,
    {path: edition.path, sha256: '0'.repeat(64), language: 'en', year: 2022},
    glossary,
    options
  )
  return toDocument(tree, file, english)
}

/**
 * The predicted beads in gold terms (Azerbaijani sentence numbers, English texts), matched to the
 * annotation by text: a sentence the pipeline split differently from the annotation counts against it.
 */
export function predictedBeads(document: OutputDocument): Array<{az: number[]; en: string[]; shape: string; confidence: number; anchors: string[]}> {
  if (!document.partner) throw new Error('not a pair')
  const azNumber = new Map(document.sentences.map((sentence) => [sentence.id, seedSentences.findIndex((gold) => gold.text === sentence.text) + 1]))
  const enText = new Map(document.partner!.sentences.map((sentence) => [sentence.id, sentence.text]))
  return (document.beads ?? []).map((bead) => ({
    az: bead.edition.map((id) => azNumber.get(id)!),
    en: bead.partner.map((id) => enText.get(id)!),
    shape: bead.shape,
    confidence: bead.confidence,
    anchors: bead.anchors
  }))
}

const key = (bead: {az: number[]; en: string[]}) => `${bead.az.join(',')}|${bead.en.join(' || ')}`

/** Bead precision, recall and F1 as exact sets (a bead counts only when both its sides are the gold bead's). */
export function beadScores(predicted: ReadonlyArray<{az: number[]; en: string[]}>, gold: ReadonlyArray<{az: number[]; en: string[]; shape?: string}>) {
  const goldKeys = new Set(gold.map(key))
  const predictedKeys = new Set(predicted.map(key))
  const hits = [...predictedKeys].filter((item) => goldKeys.has(item)).length
  const precision = hits / predictedKeys.size
  const recall = hits / goldKeys.size
  const other = gold.filter((bead) => bead.shape !== '1-1')
  const otherHits = other.filter((bead) => predictedKeys.has(key(bead))).length
  return {precision, recall, f1: (2 * precision * recall) / (precision + recall || 1), nonOneToOne: {gold: other.length, found: otherHits}}
}

/** Do two texts share a word (a number, or the first four letters of a longer word: inflected forms meet)? */
function shareWord(a: string, b: string): boolean {
  const words = (text: string) => new Set((text.toLocaleLowerCase('az').match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => /\d/u.test(word) || word.length >= 4).map((word) => (/\d/u.test(word) ? word : word.slice(0, 4))))
  const left = words(a)
  return [...words(b)].some((word) => left.has(word))
}

/** Which annotated kind of disagreement each QA rule reports. */
const KIND_OF_RULE: Record<string, Disagreement['kind']> = {'qa-term': 'term', 'qa-number': 'number', 'qa-omission': 'omission', 'qa-untranslated': 'omission', 'qa-added': 'addition'}

/** A QA warning with the Azerbaijani sentence numbers and the English of its bead, and what the annotation says of it. */
export interface JudgedWarning {
  rule: string
  message: string
  az: number[]
  /** The annotated disagreement of the same kind in the same bead, if any. */
  disagreement: Disagreement | undefined
}

/**
 * The document's QA warnings judged against an edition's annotation: a warning is true where the reviewer
 * annotated a disagreement of its kind in its bead (an Azerbaijani sentence of the bead, or for an English
 * sentence the translation lacks, its English text). Planted errors found: a warning of the planted kind in the
 * planted bead.
 */
export function judgeQa(document: OutputDocument, edition: EnglishEdition) {
  if (!document.partner) throw new Error('not a pair')
  const azNumber = new Map(document.sentences.map((sentence) => [sentence.id, seedSentences.findIndex((gold) => gold.text === sentence.text) + 1]))
  const enText = new Map(document.partner!.sentences.map((sentence) => [sentence.id, sentence.text]))
  const beads = new Map((document.beads ?? []).map((bead) => [bead.id, {az: bead.edition.map((id) => azNumber.get(id)!), en: bead.partner.map((id) => enText.get(id)!).join(' ')}]))
  const warnings: JudgedWarning[] = document.diagnostics
    .filter((d) => d.severity === 'warning' && d.rule in KIND_OF_RULE && d.bead)
    .map((d) => {
      const bead = beads.get(d.bead!)!
      const kind = KIND_OF_RULE[d.rule]!
      // Of a term or a figure, the annotation must also name the words the warning is about (on either side).
      const about = (item: Disagreement) =>
        (kind !== 'term' && kind !== 'number') || shareWord(item.azWords, d.text ?? '') || shareWord(item.enWords, d.counterpart?.text ?? '')
      const disagreement = edition.disagreements.find(
        (item) => item.kind === kind && (item.az === null ? item.enWords !== '-' && bead.en.includes(item.enWords) : bead.az.includes(item.az) && about(item))
      )
      return {rule: d.rule, message: d.message, az: bead.az, disagreement}
    })
  const found = edition.planted.filter((error) =>
    warnings.some((warning) => KIND_OF_RULE[warning.rule] === error.kind && (error.az.length === 0 || error.az.some((n) => warning.az.includes(n))))
  )
  const precision = (rule: string, sure: boolean) => {
    const of = warnings.filter((warning) => warning.rule === rule)
    const right = of.filter((warning) => warning.disagreement && (warning.disagreement.sure || !sure))
    return {right: right.length, all: of.length, precision: of.length === 0 ? 1 : right.length / of.length}
  }
  return {warnings, found, precision}
}
