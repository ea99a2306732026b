import {existsSync, statSync} from 'node:fs'
import path from 'node:path'
import {chapterOf, comparisonOutputs} from '../compare/editions.js'
import {CompareError} from '../compare/index.js'
import {toDocument, type OutputDocument} from '../emit/index.js'
import {EXIT, UserError} from '../errors.js'
import {translator, type UiLang} from '../i18n/index.js'
import {displayPath, nameParts, partnerPath, readInput} from '../io/read-input.js'
import {writeAtomic} from '../io/write-output.js'
import {processPair, processText} from '../processor.js'
import {glossaryFor} from './generate.js'

export interface CompareOptions {
  /** Files or stems (`input/2021-azerbaijan`) of editions of one chapter, any order. */
  editions: string[]
  out: string
  glossary: string
  glossaryRequired: boolean
  uiLang: UiLang
}

/** A file, or a stem whose Azerbaijani (or else English, or untagged) text or Markdown export exists. */
function resolveEdition(given: string): string {
  if (existsSync(given) && statSync(given).isFile()) return given
  for (const suffix of ['.az.txt', '.az.md', '.en.txt', '.en.md', '.txt', '.md']) if (existsSync(`${given}${suffix}`)) return `${given}${suffix}`
  throw new UserError(`${given}: no such edition (a file, or a stem such as input/2021-azerbaijan with <stem>.az.txt beside it)`)
}

/** One edition processed: with its English partner beside it (same stem, `.en`) when it is an Azerbaijani file that has one. */
async function documentOf(file: string, glossary: Awaited<ReturnType<typeof glossaryFor>>): Promise<OutputDocument> {
  const input = await readInput(file)
  const partner = input.source.language === 'az' ? partnerPath(file, 'en') : undefined
  if (partner && existsSync(partner)) {
    const english = await readInput(partner)
    const pair = processPair(input.text, input.source, english.text, english.source, glossary, {removed: input.markup}, {removed: english.markup})
    return toDocument(pair.tree, pair.file, pair.english)
  }
  const {tree, file: vfile} = processText(input.text, input.source, glossary, {removed: input.markup})
  return toDocument(tree, vfile)
}

/**
 * `hesabat compare <editions…>`: the editions of one chapter oldest first, each consecutive two compared
 * (`<out>/compare/<country>-<older>-<newer>.json`, `.md` and `.html`, its chart the figures over all the editions), and the figures over all of them
 * (`<out>/<country>.trend.csv`).
 */
export async function compare(options: CompareOptions, log: (line: string) => void): Promise<number> {
  const t = translator(options.uiLang)
  if (options.editions.length < 2) throw new UserError('compare: give two editions or more of one chapter (files or stems), older or newer in any order', EXIT.usage)
  const files = options.editions.map(resolveEdition)
  const glossary = await glossaryFor({glossary: options.glossary, glossaryRequired: options.glossaryRequired})
  const documents = await Promise.all(files.map((file) => documentOf(file, glossary)))
  const order = documents.map((document, index) => ({document, file: files[index]!})).sort((a, b) => (a.document.document.year ?? 0) - (b.document.document.year ?? 0))
  const years = order.map((item) => item.document.document.year)
  if (years.some((year) => year === null) || new Set(years).size !== years.length) {
    throw new UserError(`compare: each edition needs its own year in its file name (<year>-<country>.<lang>.txt); got ${order.map((item) => displayPath(item.file)).join(', ')}`)
  }
  const written: string[] = []
  let outputs: Array<[string, string]>
  try {
    outputs = comparisonOutputs(chapterOf(nameParts(order.at(-1)!.file)?.stem ?? path.basename(order.at(-1)!.file)), order.map(({document, file}) => ({stem: nameParts(file)?.stem ?? '', document})), options.out, options.uiLang)
  } catch (error) {
    if (error instanceof CompareError) throw new UserError(t('compare.refused', {reason: error.message}))
    throw error
  }
  for (const [target, content] of outputs) {
    await writeAtomic(target, content)
    written.push(displayPath(target))
  }
  log(t('compare.written', {files: written.join(', ')}))
  return EXIT.ok
}
