import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {EXIT} from '../errors.js'
import {leftOver} from './outputs.js'
import {describeChange} from './changes.js'
import {count, type GenerateOptions, generate} from './generate.js'
import {translator} from '../i18n/index.js'
import {chaptersWithYears, comparableStems, comparisonOutputs} from '../compare/editions.js'
import {readDocument} from '../emit/index.js'

/** `hesabat check`: regenerate in memory; non-zero when output/ differs from what the pipeline makes now. */
export async function check(options: GenerateOptions & {unreviewed?: boolean}, log: (line: string) => void): Promise<number> {
  const lang = options.uiLang ?? 'en'
  const t = translator(lang)
  const problems: string[] = []
  const expected = new Set<string>()
  // The JSON made of each edition, as text: those of a chapter given in two years or more are read for the comparison.
  const json = new Map<string, string>()
  const judge = async (target: string, content: string) => {
    expected.add(path.resolve(target))
    let current: string | undefined
    try {
      current = await readFile(target, 'utf8')
    } catch (error) {
      // Only a file that is not there is missing; one that cannot be read is said as such (a folder in its place…).
      const code = (error as NodeJS.ErrnoException).code
      problems.push(code === 'ENOENT' ? t('cli.missing', {target}) : t('cli.unreadable', {target, code: code ?? String(error)}))
      return
    }
    if (current !== content) problems.push(t('cli.stale', {target, change: describeChange(target, content, current, t)}))
  }
  const unreviewed: string[] = []
  for await (const result of generate({...options, notice: log})) {
    if (result.error) {
      problems.push(`hesabat: ${result.error}`)
      continue
    }
    // The CI gate: a pair's warnings each want a reviewer's decision (a dismissed one is an info already).
    if (options.unreviewed && result.input.includes(' + ')) {
      for (const message of result.messages) if (message.severity === 'warning' && !message.review) unreviewed.push(t('cli.unreviewed', {place: `${message.file}:${message.line}:${message.column}`, rule: message.rule, reason: message.reason}))
    }
    for (const [target, content] of result.outputs) {
      if (target.endsWith('.json') && options.compare !== false) json.set(path.basename(target, '.json'), content)
      await judge(target, content)
    }
  }
  // The comparisons of the editions of a chapter, made again from the documents just made.
  if (options.compare !== false) {
    const comparable = comparableStems(json.keys())
    const editions = [...json].filter(([stem]) => comparable.has(stem)).map(([stem, content]) => ({stem, document: readDocument(JSON.parse(content))}))
    for (const [chapter, list] of chaptersWithYears(editions)) {
      for (const [target, content] of comparisonOutputs(chapter, list, options.out, options.outputLang ?? 'en')) await judge(target, content)
    }
  }
  // Left-over outputs are judged when the inputs are folders (all of the outputs' inputs); `check <file>`
  // judges only that file's outputs.
  const whole = await Promise.all(options.inputs.map(async (input) => (await stat(input).catch(() => undefined))?.isDirectory() ?? false))
  if (whole.some(Boolean)) {
    for (const target of await leftOver(options.out, expected, options.formats)) problems.push(t('cli.leftOver', {target}))
  }
  for (const line of unreviewed) log(line)
  if (unreviewed.length > 0) log(t('cli.unreviewedCount', {count: unreviewed.length}))
  if (problems.length === 0) {
    log(t('cli.checkFresh', {outputs: count(expected.size, 'output', lang)}))
    return unreviewed.length > 0 ? EXIT.stale : EXIT.ok
  }
  for (const problem of problems) log(problem)
  log(t('cli.checkStale', {count: problems.length}))
  return EXIT.stale
}
