/**
 * The hesabat pipeline. The stage order is declared here and nowhere else:
 *
 *   parse → clean → correct → language → slips → sections → sentences → tokens → lookup → numbers → entities → terms → verbs
 *     → align (a pair: the Azerbaijani tree with its English edition, which went through the same stages)
 *     → (emit: json, md, facts.csv, tmx, xlf)
 *
 * Each stage is a unified plugin `() => (tree, file) => void` in pipeline/stages/<name>/; a new stage
 * is one more `.use()` line. Emitters read the finished tree (pipeline/emit/).
 */
import {type Plugin, unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {align, type FixedBead} from './align/index.js'
import type {Glossary} from './glossary/index.js'
import {languageFor} from './lang/index.js'
import {entities} from './stages/entities/index.js'
import {language} from './stages/language/index.js'
import {lookup} from './stages/lookup/index.js'
import {numbers} from './stages/numbers/index.js'
import {clean} from './stages/clean/index.js'
import {correct} from './stages/correct/index.js'
import {parse} from './stages/parse/index.js'
import {sections} from './stages/sections/index.js'
import {sentences} from './stages/sentences/index.js'
import {slips} from './stages/slips/index.js'
import {terms} from './stages/terms/index.js'
import {tokens} from './stages/tokens/index.js'
import {verbs} from './stages/verbs/index.js'
import type {Removal, Root, SourceInfo} from './tree.js'

/** The transformer stages, in order. */
export const stages = [
  ['clean', clean],
  ['correct', correct],
  ['language', language],
  ['slips', slips],
  ['sections', sections],
  ['sentences', sentences],
  ['tokens', tokens],
  ['lookup', lookup],
  ['numbers', numbers],
  ['entities', entities],
  ['terms', terms],
  ['verbs', verbs]
] as const satisfies ReadonlyArray<readonly [string, Plugin<[], Root>]>

/** `afterEach` runs after every stage (the batch runner collects garbage there for large inputs). */
export function createProcessor(options: {afterEach?: () => void} = {}) {
  const {afterEach} = options
  const processor = unified().use(parse)
  for (const [, stage] of stages) {
    processor.use(stage)
    // A transformer that returns something replaces the tree: this one returns nothing.
    if (afterEach) processor.use(() => () => void afterEach())
  }
  return processor.freeze()
}

const processor = createProcessor()

export interface Processed {
  tree: Root
  file: VFile
}

export interface ProcessOptions {
  /** Doubtful input (the text is not in the file's language) is an error, not a warning. */
  strict?: boolean
  /** Correct what OCR damaged (default); false: flag it only. */
  correct?: boolean
  /** Keep the token layer on the tree after the stages (the aligner reads it); otherwise it is dropped. */
  keepTokens?: boolean
  /** What was taken out before the stages (a Markdown input's syntax), listed with what cleaning removes. */
  removed?: Removal[]
  /** A chapter of an edition: its part of the text, and what was found over the whole file (edition/). */
  chapter?: Pick<VFile['data'], 'range' | 'lineKinds' | 'locator'>
  /** Called after every stage. */
  afterEachStage?: () => void
  /** A pair (processPair's main side): the language of the original; the other edition is its translation (default `en`). */
  sourceLang?: string
  /** A pair: the beads a reviewer set (review/<stem>.review.json), kept by the aligner as they are. */
  fixedBeads?: readonly FixedBead[]
}

/** Runs every stage over one decoded document; without a glossary there are no entities and terms. */
export function processText(raw: string, source: SourceInfo, glossary?: Glossary, options: ProcessOptions = {}): Processed {
  const lang = languageFor(source.language)
  if (!lang) throw new Error(`No language data for “${source.language}”`)
  const file = new VFile({path: source.path, value: raw, data: {source, lang, strict: Boolean(options.strict), correct: options.correct !== false, ...(glossary ? {glossary} : {}), ...options.chapter, removed: [...(options.removed ?? [])]}})
  const run = options.afterEachStage ? createProcessor({afterEach: options.afterEachStage}) : processor
  const tree = run.runSync(run.parse(file), file) as Root
  if (!options.keepTokens) dropTokens(tree)
  return {tree, file}
}

/**
 * The token layer and the glossary lookup over it are for the stages (and the aligner); once they are done
 * they are dropped, so that a large tree does not hold them while its outputs are written.
 */
function dropTokens(tree: Root): void {
  visit(tree, (node) => {
    const data = node.data as {tokens?: unknown; lookup?: unknown} | undefined
    if (data?.tokens) delete data.tokens
    if (data?.lookup) delete data.lookup
  })
}

export interface ProcessedPair extends Processed {
  english: Processed
}

/**
 * An edition and its English counterpart: each side through every stage in its own language, then the
 * Azerbaijani tree aligned with the English one; the QA reads from the original (`options.sourceLang`, the
 * English by default) and reports in the translation's file.
 */
export function processPair(
  raw: string,
  source: SourceInfo,
  englishRaw: string,
  englishSource: SourceInfo,
  glossary?: Glossary,
  options: ProcessOptions = {},
  englishOptions: ProcessOptions = options
): ProcessedPair {
  const main = processText(raw, source, glossary, {...options, keepTokens: true})
  const english = processText(englishRaw, englishSource, glossary, {...englishOptions, keepTokens: true})
  align(english, {...(options.sourceLang === undefined ? {} : {sourceLang: options.sourceLang}), ...(options.fixedBeads ? {fixed: options.fixedBeads} : {})})(main.tree, main.file)
  dropTokens(main.tree)
  dropTokens(english.tree)
  return {...main, english}
}
