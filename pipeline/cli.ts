import {Command, CommanderError, Option} from 'commander'
import {EXIT, UserError} from './errors.js'
import {isUiLang, UI_LANGUAGES, type UiLang, uiLangFromEnv} from './i18n/languages.js'

// Commands load the pipeline only when they run, so `hesabat --help` starts fast.
const commands = {
  run: () => import('./commands/run.js'),
  check: () => import('./commands/check.js'),
  generate: () => import('./commands/generate.js'),
  glossary: () => import('./commands/glossary.js'),
  compare: () => import('./commands/compare.js'),
  review: () => import('./commands/review.js')
}


interface BatchFlags {
  out: string
  format?: string
  glossary?: string
  strict?: boolean
  jobs?: string
  timeLimit?: string
  cache: string | false
  force?: boolean
  uiLang?: string
  sourceLang?: string
  /** commander's --no-correct: false. */
  correct?: boolean
  /** commander's --no-compare: false. */
  compare?: boolean
  review?: string
}

/** The options of `run` and `check` from their flags. The default glossary folder may be absent; one named must exist. */
function batchOptions(inputs: string[], flags: BatchFlags, {parseFormats, parseJobs, parseSourceLang, parseTimeLimit}: typeof import('./commands/generate.js')) {
  return {
    inputs,
    out: flags.out,
    // No --format: the defaults, which depend on whether an input has an English edition (generate.ts).
    formats: flags.format === undefined ? undefined : parseFormats(flags.format),
    glossary: flags.glossary ?? 'glossary',
    glossaryRequired: flags.glossary !== undefined,
    strict: Boolean(flags.strict),
    ...(flags.sourceLang === undefined ? {} : {sourceLang: parseSourceLang(flags.sourceLang)}),
    ...(flags.correct === false ? {correct: false} : {}),
    ...(flags.compare === false ? {compare: false} : {}),
    ...(flags.review === undefined ? {} : {review: flags.review}),
    jobs: parseJobs(flags.jobs),
    ...(flags.timeLimit === undefined ? {} : {timeLimit: parseTimeLimit(flags.timeLimit)}),
    cache: flags.cache === false ? null : flags.cache,
    force: Boolean(flags.force),
    ...uiLangs(flags.uiLang)
  }
}

/**
 * `--ui-lang`: the language of the outputs' labels and messages and of what the CLI prints. Without it the
 * CLI speaks the locale's language (LC_ALL / LANG) but the outputs stay English, so output/ does not depend
 * on the machine it was made on.
 */
function uiLangs(value: string | undefined): {uiLang: UiLang; outputLang: UiLang} {
  if (value === undefined) return {uiLang: uiLangFromEnv(), outputLang: 'en'}
  const lang = value.toLowerCase()
  if (!isUiLang(lang)) throw new UserError(`--ui-lang: unknown language “${value}” (known: ${UI_LANGUAGES.join(', ')})`, EXIT.usage)
  return {uiLang: lang, outputLang: lang}
}

/** The `hesabat` command. Returns the exit code; prints one line per user mistake, no stack trace. */
export async function main(argv: string[], io = {out: console.log, err: console.error}): Promise<number> {
  let code: number = EXIT.ok
  const program = new Command('hesabat')
    .description('OCR-style Azerbaijani report text → clean sections and sentences, aligned with the English, as JSON, Markdown, a review page, XLIFF and TMX')
    .exitOverride()
    .configureOutput({writeOut: (text) => io.out(text.trimEnd()), writeErr: (text) => io.err(text.trimEnd())})
    .showHelpAfterError('(run hesabat --help for usage)')

  const common = (command: Command) =>
    command
      .argument('[inputs...]', 'input files or folders (folders: every .txt inside)', ['input'])
      .option('-o, --out <dir>', 'output folder', 'output')
      .addOption(new Option('-f, --format <list>', 'comma-separated formats: json, md, csv (facts table), html (review page), tmx (translation memory, pairs only), xlf (XLIFF 2.1 for review) (default: json,md,csv,html, and tmx,xlf for a pair)'))
      .option('-g, --glossary <dir>', 'glossary folder (OmegaT tab-separated files)')
      .option('--strict', 'treat doubtful input (text not in the language of its file name) as an error')
      .option('-j, --jobs <n>', 'worker threads (default: the number of cores for 6 MB of input or more, else 1)')
      .option('--time-limit <seconds>', 'stop and report an input that takes longer, and go on with the others (default: 600 in worker threads; with it, inputs always run in worker threads)')
      .option('--cache <dir>', 'where results of unchanged inputs are kept', '.cache/hesabat')
      .option('--no-cache', 'do not read or write cached results')
      .option('--force', 'process every input again, ignoring cached results')
      .option('--no-correct', 'flag what OCR damaged (ocr-word warnings) instead of correcting it')
      .option('--review <dir>', "where the reviewers' decisions are kept (<dir>/<stem>.review.json)", 'review')
      .option('--no-compare', 'do not compare the editions of a chapter the inputs have of two years or more (compared by default: <out>/compare/, <out>/<chapter>.trend.csv)')
      .option('--source-lang <lang>', "a pair's original: en (default: the English is the source, the Azerbaijani its translation under review) or az")
      .option('--ui-lang <lang>', 'language of labels and messages in the outputs and on screen: en or az (default: outputs in English, screen from LC_ALL/LANG)')

  common(program.command('run'))
    .description('process the inputs and write <stem>.json, .md, .facts.csv and .html to the output folder')
    .option('-q, --quiet', 'print nothing but errors')
    .option('-v, --verbose', 'also print info diagnostics')
    .option('--prune', 'remove outputs of hesabat in the output folder that no input makes any more')
    .action(async (inputs: string[], options: BatchFlags & {quiet?: boolean; verbose?: boolean; prune?: boolean}) => {
      const [{run}, generate] = await Promise.all([commands.run(), commands.generate()])
      code = await run(
        {
          ...batchOptions(inputs, options, generate),
          quiet: Boolean(options.quiet),
          verbose: Boolean(options.verbose),
          prune: Boolean(options.prune),
          progress: Boolean(process.stderr.isTTY)
        },
        io.err
      )
    })

  common(program.command('check'))
    .description('regenerate in memory; exit 1 when the output folder is stale')
    .option('--unreviewed <what>', 'fail: exit 1 while a warning of a pair has no reviewer\'s decision (review/), naming each; ignore (default)', 'ignore')
    .action(async (inputs: string[], options: BatchFlags & {unreviewed: string}) => {
      if (options.unreviewed !== 'fail' && options.unreviewed !== 'ignore') throw new UserError(`--unreviewed: expected fail or ignore, got “${options.unreviewed}”`, EXIT.usage)
      const [{check}, generate] = await Promise.all([commands.check(), commands.generate()])
      // check regenerates everything: a cached result lists only what needs writing, not every output.
      code = await check({...batchOptions(inputs, options, generate), cache: null, unreviewed: options.unreviewed === 'fail'}, io.err)
    })

  program
    .command('compare')
    .description('what changed between editions of a chapter: <out>/compare/<country>-<older>-<newer>.json, .md and .html, <out>/<country>.trend.csv')
    .argument('<editions...>', 'two editions or more of one chapter: files, or stems such as input/2021-azerbaijan')
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('-g, --glossary <dir>', 'glossary folder (default: glossary/, if present)')
    .option('--ui-lang <lang>', 'language of the labels and messages: en or az')
    .action(async (editions: string[], options: {out: string; glossary?: string; uiLang?: string}) => {
      const {outputLang} = uiLangs(options.uiLang)
      code = await (await commands.compare()).compare({editions, out: options.out, glossary: options.glossary ?? 'glossary', glossaryRequired: options.glossary !== undefined, uiLang: outputLang}, io.err)
    })

  program
    .command('review')
    .description("serve the review page of a pair on 127.0.0.1 and save each decision into review/<stem>.review.json; Ctrl-C stops it")
    .argument('[input]', 'the edition under review (its English edition beside it), or a folder holding one such pair', 'input')
    .option('--review <dir>', "where the reviewers' decisions are kept", 'review')
    .option('-g, --glossary <dir>', 'glossary folder (default: glossary/, if present)')
    .option('--port <n>', 'port on 127.0.0.1 (default: any free one)')
    .option('--ui-lang <lang>', 'language of the page: en or az')
    .action(async (input: string, options: {review: string; glossary?: string; port?: string; uiLang?: string}) => {
      const port = options.port === undefined ? undefined : Number(options.port)
      if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) throw new UserError(`--port: expected a port number, got “${options.port}”`, EXIT.usage)
      const server = await (await commands.review()).review(
        {input, review: options.review, glossary: options.glossary ?? 'glossary', glossaryRequired: options.glossary !== undefined, uiLang: uiLangs(options.uiLang).outputLang, ...(port === undefined ? {} : {port})},
        io.out
      )
      // Serves until Ctrl-C.
      await new Promise<void>((resolve) => process.once('SIGINT', resolve))
      await server.close()
    })

  const glossary = program.command('glossary').description('check, export and measure the glossary (glossary/*.utf8)')
  glossary
    .command('check')
    .description('validate the glossary files; exit 1 on problems (file:line: message)')
    .option('-g, --glossary <dir>', 'glossary folder', 'glossary')
    .action(async (options: {glossary: string}) => {
      code = await (await commands.glossary()).glossaryCheck(options.glossary, io.out)
    })
  glossary
    .command('export')
    .description('write the glossary as TBX-Basic (the one export format, so the default)')
    .option('--tbx', 'TBX-Basic (ISO 30042) output (the default)')
    .option('-g, --glossary <dir>', 'glossary folder', 'glossary')
    .option('-o, --out <file>', 'output file (default: standard output)')
    .action(async (options: {glossary: string; out?: string}) => {
      code = await (await commands.glossary()).glossaryExport(options.glossary, options.out, io.out)
    })
  glossary
    .command('coverage')
    .description('frequent words and n-grams of the inputs that the glossary does not cover')
    .argument('[inputs...]', 'input files or folders', ['input'])
    .option('-g, --glossary <dir>', 'glossary folder', 'glossary')
    .option('-n, --top <n>', 'how many rows', '40')
    .action(async (inputs: string[], options: {glossary: string; top: string}) => {
      const top = Number(options.top)
      if (!Number.isInteger(top) || top < 1) throw new UserError(`--top: expected a whole number ≥ 1, got “${options.top}”`, EXIT.usage)
      code = await (await commands.glossary()).glossaryCoverage({inputs, glossary: options.glossary, top}, io.out, io.err)
    })

  try {
    await program.parseAsync(argv, {from: 'user'})
    return code
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage
    if (error instanceof UserError) {
      io.err(`hesabat: ${error.message}`)
      return error.exitCode
    }
    io.err(`hesabat: internal error: ${(error as Error).message} (set HESABAT_DEBUG=1 for details, and please report it)`)
    if (process.env.HESABAT_DEBUG) io.err(String((error as Error).stack))
    return EXIT.internal
  }
}
