import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {EXIT} from '../errors.js'
import {leftOver} from './outputs.js'
import {describeChange} from './changes.js'
import {count, type GenerateOptions, generate} from './generate.js'

/** `hesabat check`: regenerate in memory; non-zero when output/ differs from what the pipeline makes now. */
export async function check(options: GenerateOptions, log: (line: string) => void): Promise<number> {
  const problems: string[] = []
  const expected = new Set<string>()
  for await (const result of generate({...options, notice: log})) {
    if (result.error) {
      problems.push(`hesabat: ${result.error}`)
      continue
    }
    for (const [target, content] of result.outputs) {
      expected.add(path.resolve(target))
      let current: string | undefined
      try {
        current = await readFile(target, 'utf8')
      } catch {
        problems.push(`${target}: missing`)
        continue
      }
      if (current !== content) problems.push(`${target}: stale (${describeChange(target, content, current)})`)
    }
  }
  // Left-over outputs are judged when the inputs are folders (all of the outputs' inputs); `check <file>`
  // judges only that file's outputs.
  const whole = await Promise.all(options.inputs.map(async (input) => (await stat(input).catch(() => undefined))?.isDirectory() ?? false))
  if (whole.some(Boolean)) {
    for (const target of await leftOver(options.out, expected, options.formats)) problems.push(`${target}: no input produces it any more`)
  }
  if (problems.length === 0) {
    log(`hesabat check: ${count(expected.size, 'output')} up to date`)
    return EXIT.ok
  }
  for (const problem of problems) log(problem)
  log(`hesabat check: ${problems.length} ${problems.length === 1 ? 'output is' : 'outputs are'} stale or missing; regenerate with \`npm run pipeline\` and commit output/`)
  return EXIT.stale
}
