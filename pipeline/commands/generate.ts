import path from 'node:path'
import type {VFile} from 'vfile'
import {formats, toDocument} from '../emit/index.js'
import {UserError} from '../errors.js'
import {type Glossary, loadGlossary} from '../glossary/index.js'
import {findInputs, readInput} from '../io/read-input.js'
import {processText} from '../processor.js'

export type Generated =
  | {
      input: string
      file: VFile
      /** Output path → content; empty when the document has errors (nothing is written for it). */
      outputs: Map<string, string>
    }
  | {input: string; error: UserError}

export interface GenerateOptions {
  inputs: string[]
  out: string
  formats: string[]
  /** Glossary folder; the default `glossary` may be missing (no entities and terms then). */
  glossary: string
  glossaryRequired?: boolean
  /** A doubtful input (wrong language) is an error. */
  strict?: boolean
}

/** Loads the glossary and refuses to go on, before any output is written, when it has problems. */
export async function glossaryFor(options: Pick<GenerateOptions, 'glossary' | 'glossaryRequired'>): Promise<Glossary> {
  const glossary = await loadGlossary(options.glossary, {required: options.glossaryRequired ?? false})
  if (glossary.problems.length > 0) {
    const lines = glossary.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`)
    throw new UserError(`the glossary has ${glossary.problems.length} problem(s); fix them and run again (hesabat glossary check):\n${lines.join('\n')}`)
  }
  return glossary
}

export function parseFormats(value: string): string[] {
  const list = value.split(',').map((item) => item.trim()).filter(Boolean)
  const unknown = list.filter((item) => !(item in formats))
  if (unknown.length > 0 || list.length === 0) {
    throw new UserError(`--format: unknown format “${unknown.join(', ') || value}” (known: ${Object.keys(formats).join(', ')})`, 2)
  }
  return [...new Set(list)]
}

/**
 * Runs the pipeline over every input and renders every requested format, in memory. A file that cannot
 * be used is reported and skipped; the others go on. Problems with the glossary or the arguments stop
 * everything before any file is read.
 */
export async function* generate(options: GenerateOptions): AsyncGenerator<Generated> {
  const glossary = await glossaryFor(options)
  const files = await findInputs(options.inputs)
  const inputs = new Set(files.map((file) => path.resolve(file)))
  const stems = new Map<string, string>()
  for (const input of files) {
    try {
      const {source, stem, text} = await readInput(input)
      const clash = stems.get(stem)
      if (clash) throw new UserError(`${source.path}: writes the same outputs (${stem}.*) as ${clash}; rename one of them`)
      stems.set(stem, source.path)
      const {tree, file} = processText(text, source, glossary, {strict: options.strict ?? false})
      const outputs = new Map<string, string>()
      if (!file.messages.some((message) => message.fatal === true)) {
        const document = toDocument(tree, file)
        for (const name of options.formats) {
          const format = formats[name]!
          const target = path.join(options.out, stem + format.extension)
          // Output names come from the input's base name, so they stay inside --out; never over an input.
          if (inputs.has(path.resolve(target))) throw new UserError(`${target}: is an input; choose another --out`)
          outputs.set(target, format.emit(document))
        }
      }
      yield {input: source.path, file, outputs}
    } catch (error) {
      if (!(error instanceof UserError)) throw error
      yield {input, error}
    }
  }
}
