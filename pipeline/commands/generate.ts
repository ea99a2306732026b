import path from 'node:path'
import type {VFile} from 'vfile'
import {formats, toDocument} from '../emit/index.js'
import {UserError} from '../errors.js'
import {findInputs, readInput} from '../io/read-input.js'
import {processText} from '../processor.js'

export interface Generated {
  input: string
  file: VFile
  /** Output path → content. */
  outputs: Map<string, string>
}

export interface GenerateOptions {
  inputs: string[]
  out: string
  formats: string[]
}

export function parseFormats(value: string): string[] {
  const list = value.split(',').map((item) => item.trim()).filter(Boolean)
  const unknown = list.filter((item) => !(item in formats))
  if (unknown.length > 0 || list.length === 0) {
    throw new UserError(`--format: unknown format “${unknown.join(', ') || value}” (known: ${Object.keys(formats).join(', ')})`, 2)
  }
  return [...new Set(list)]
}

/** Runs the pipeline over every input and renders every requested format, in memory. */
export async function* generate(options: GenerateOptions): AsyncGenerator<Generated> {
  const files = await findInputs(options.inputs)
  const stems = new Map<string, string>()
  for (const input of files) {
    const {source, stem, text} = await readInput(input)
    const clash = stems.get(stem)
    if (clash) throw new UserError(`${source.path}: writes the same outputs (${stem}.*) as ${clash}; rename one of them`)
    stems.set(stem, source.path)
    const {tree, file} = processText(text, source)
    const document = toDocument(tree, file)
    const outputs = new Map<string, string>()
    for (const name of options.formats) {
      const format = formats[name]!
      outputs.set(path.join(options.out, stem + format.extension), format.emit(document))
    }
    yield {input: source.path, file, outputs}
  }
}
