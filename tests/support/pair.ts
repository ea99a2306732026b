import {readFileSync} from 'node:fs'
import {type OutputDocument, toDocument} from '../../pipeline/emit/index.js'
import {processPair} from '../../pipeline/processor.js'
import {glossary, SEED_PATH, seedRaw, seedSentences} from './pipeline.js'

export const ENGLISH_PATH = 'input/2022-azerbaijan.en.txt'
export const englishRaw = readFileSync(new URL(`../../${ENGLISH_PATH}`, import.meta.url), 'utf8')

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/pair/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'))

/** A gold bead: Azerbaijani sentences (1-based numbers of seed/sentences.tsv) and the English sentences' texts. */
export interface GoldBead {
  section: string
  az: number[]
  en: string[]
  shape: string
}

/** The hand-made alignment of the seed with its English edition (tests/fixtures/pair/beads.tsv). */
export const goldBeads: GoldBead[] = fixture('beads.tsv').map(([section, az, en, shape]) => ({
  section: section!,
  az: az === '-' ? [] : az!.split(',').map(Number),
  en: en === '-' ? [] : en!.split(' || '),
  shape: shape!
}))

/** Errors planted in the English on purpose: the Azerbaijani sentence numbers of their bead, kind, forms. */
export const planted = fixture('planted.tsv').map(([az, kind, azForm, enForm]) => ({az: az!.split(',').map(Number), kind: kind!, azForm: azForm!, enForm: enForm!}))

/** The seed (or a rendering of it) and its English edition through the whole pipeline, aligned. */
export function processSeedPair(raw = seedRaw): OutputDocument {
  const {tree, file, english} = processPair(
    raw,
    {path: SEED_PATH, sha256: '0'.repeat(64), language: 'az', year: 2022},
    englishRaw,
    {path: ENGLISH_PATH, sha256: '0'.repeat(64), language: 'en', year: 2022},
    glossary
  )
  return toDocument(tree, file, english)
}

/**
 * The predicted beads in gold terms (Azerbaijani sentence numbers, English texts), matched to the
 * annotation by text: a sentence the pipeline split differently from the annotation counts against it.
 */
export function predictedBeads(document: OutputDocument): Array<{az: number[]; en: string[]; shape: string; confidence: number; anchors: string[]}> {
  if (document.english.source !== 'edition') throw new Error('not a pair')
  const azNumber = new Map(document.sentences.map((sentence) => [sentence.id, seedSentences.findIndex((gold) => gold.text === sentence.text) + 1]))
  const enText = new Map(document.english.sentences.map((sentence) => [sentence.id, sentence.text]))
  return (document.beads ?? []).map((bead) => ({
    az: bead.az.map((id) => azNumber.get(id)!),
    en: bead.en.map((id) => enText.get(id)!),
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
