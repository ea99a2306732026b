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
