import {location} from 'vfile-location'
import {readFileSync} from 'node:fs'
import {type OutputDocument, toDocument} from '../../pipeline/emit/index.js'
import {loadGlossary} from '../../pipeline/glossary/index.js'
import {processText} from '../../pipeline/processor.js'

export const SEED_PATH = 'input/2022-azerbaijan.az.txt'
export const seedRaw = readFileSync(new URL(`../../${SEED_PATH}`, import.meta.url), 'utf8')

/** The project's glossary (glossary/), as the CLI loads it. */
export const glossary = await loadGlossary(new URL('../../glossary', import.meta.url).pathname, {required: true})

/** Runs the whole pipeline on a string (with the project's glossary) and returns the output document. */
export function processToDocument(raw: string, path = 'test.az.txt', year: number | null = 2022): OutputDocument {
  const {tree, file} = processText(raw, {path, sha256: '0'.repeat(64), language: 'az', year}, glossary)
  return toDocument(tree, file)
}

export interface AnnotatedSentence {
  section: string
  text: string
}

/** The hand-made segmentation of the seed (tests/fixtures/seed/sentences.tsv). */
export const seedSentences: AnnotatedSentence[] = readFileSync(new URL('../fixtures/seed/sentences.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [section, text] = line.split('\t')
    return {section: section!, text: text!}
  })

const seedLines = location(seedRaw)
/** The line and column in the seed where an item starts (items give their raw place as offsets, schema 2.0). */
export const seedPlaceOf = (item: {raw: readonly [number, number]}) => seedLines.toPoint(item.raw[0])!
