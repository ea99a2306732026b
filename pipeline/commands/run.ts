import {stat} from 'node:fs/promises'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import cliProgress from 'cli-progress'
import {EXIT} from '../errors.js'
import {findInputs, nameParts} from '../io/read-input.js'
import {pruneReview, reviewPath} from '../review/file.js'
import {count, type GenerateOptions, generate} from './generate.js'
import {leftOver, prune} from './outputs.js'
import {linesForInput} from './report.js'
import {translator} from '../i18n/index.js'
import {readFile} from 'node:fs/promises'
import {chaptersWithYears, comparableStems, comparisonOutputs, type DatedEdition} from '../compare/editions.js'
import {readDocument} from '../emit/index.js'
import {writeAtomic} from '../io/write-output.js'
import {CompareError} from '../compare/index.js'

export interface RunOptions extends GenerateOptions {
  quiet: boolean
  verbose: boolean
  /** Draw a progress bar (an interactive terminal); otherwise one line per file. */
  progress?: boolean
  /** Remove hesabat's outputs in the output folder that no input makes any more. */
  prune?: boolean
}

/** `hesabat run`: process the inputs and write the outputs (each file atomically), with progress and a summary. */
export async function run(options: RunOptions, log: (line: string) => void): Promise<number> {
  const started = performance.now()
  const lang = options.uiLang ?? 'en'
  const t = translator(lang)
  // A missing path is reported by generate (as one more input that cannot be used); here it weighs nothing.
  const sizes = await Promise.all((await findInputs(options.inputs)).files.map(async (file) => (await stat(file).catch(() => undefined))?.size ?? 0))
  const totalMb = sizes.reduce((sum, size) => sum + size, 0) / 1e6
  const bars =
    options.progress && !options.quiet
      ? new cliProgress.MultiBar(
          {format: t('cli.progress'), hideCursor: true, clearOnComplete: true},
          cliProgress.Presets.shades_classic
        )
      : undefined
  const bar = bars?.create(sizes.length, 0, {mb: '0.0', totalMb: totalMb.toFixed(1)})
  // Lines printed while the bar is drawn go above it.
  const say = (line: string) => (bars ? bars.log(`${line}\n`) : log(line))

  let exitCode: number = EXIT.input
  let done = 0
  let mb = 0
  let written = 0
  let failed = 0
  let cached = 0
  let sentences = 0
  const counts = {error: 0, warning: 0, info: 0}
  const made = new Set<string>()
  // Inputs (their stems) whose review file holds decisions that found nothing, for --prune.
  const stale = new Map<string, string[]>()
  // The JSON of every edition written or unchanged: what the comparison of editions reads back.
  const documents: string[] = []
  for await (const result of generate({...options, write: true, notice: say})) {
    done++
    for (const target of result.targets ?? []) made.add(path.resolve(target))
    if (!result.error) documents.push(...(result.targets ?? []).filter((target) => target.endsWith('.json')))
    if (result.staleDecisions) stale.set(nameParts(result.input.split(' + ')[0]!)?.stem ?? '', result.staleDecisions)
    mb += result.bytes
    if (result.error) {
      failed++
      // An input that cannot be used is an error of the run, counted as one.
      counts.error++
      if (result.exitCode === EXIT.output) exitCode = EXIT.output
      say(`hesabat: ${result.error}`)
      bar?.update(done, {mb: (mb / 1e6).toFixed(1)})
      continue
    }
    // A document with errors gets no outputs; a cached one lists only outputs that need writing again.
    if (result.messages.some((message) => message.severity === 'error')) failed++
    else written++
    if (result.cached) cached++
    sentences += result.sentences
    for (const message of result.messages) counts[message.severity]++
    // Errors are printed even with --quiet; under a progress bar, warnings are counted per input.
    for (const line of linesForInput(result.input, result.messages, {...options, terminal: Boolean(bar), lang})) say(line)
    if (!bar && !options.quiet) {
      const warnings = result.messages.filter((message) => message.severity === 'warning').length
      log(t(result.cached ? 'cli.inputCached' : 'cli.input', {input: result.input, sentences: count(result.sentences, 'sentence', lang), warnings: count(warnings, 'warning', lang)}))
    }
    bar?.update(done, {mb: (mb / 1e6).toFixed(1)})
  }
  bars?.stop()
  if (options.compare !== false) {
    // Only the editions of a chapter given in two years or more are read back (a batch of one year reads none).
    const comparable = comparableStems(documents.map((target) => path.basename(target, '.json')))
    const targets = documents.filter((target) => comparable.has(path.basename(target, '.json')))
    const editions = await Promise.all(targets.map(async (target): Promise<DatedEdition> => ({stem: path.basename(target, '.json'), document: readDocument(JSON.parse(await readFile(target, 'utf8')))})))
    for (const [chapter, list] of chaptersWithYears(editions)) {
      try {
        for (const [target, content] of comparisonOutputs(chapter, list, options.out, options.outputLang ?? 'en')) await writeAtomic(target, content)
        if (!options.quiet) log(t('compare.compared', {chapter, years: list.map((edition) => edition.document.document.year).sort().join(', '), out: options.out}))
      } catch (error) {
        if (!(error instanceof CompareError)) throw error
        log(`hesabat: ${t('compare.refused', {reason: error.message})}`)
      }
    }
  }
  if (options.prune) {
    // An input that could not be used still owns its earlier outputs: nothing is pruned then.
    if (failed > 0) log(t('cli.pruneNothing'))
    else {
      const gone = await leftOver(options.out, made, options.formats)
      await prune(gone)
      for (const file of gone) log(t('cli.pruned', {file}))
      for (const [stem, keys] of stale) {
        const count = await pruneReview(options.review ?? 'review', stem, keys, writeAtomic)
        if (count > 0) log(t('cli.prunedDecisions', {count, file: reviewPath(options.review ?? 'review', stem)}))
      }
    }
  }
  if (!options.quiet || failed > 0) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    const parts = [t('cli.written', {inputs: count(written, 'input', lang), out: options.out})]
    if (failed > 0) parts.push(t('cli.notWritten', {count: failed}))
    if (cached > 0) parts.push(t('cli.unchanged', {count: cached}))
    log(
      t('cli.summary', {
        parts: parts.join(', '),
        sentences: count(sentences, 'sentence', lang),
        errors: count(counts.error, 'error', lang),
        warnings: count(counts.warning, 'warning', lang),
        infos: count(counts.info, 'info', lang),
        seconds
      })
    )
  }
  return failed > 0 ? exitCode : EXIT.ok
}
