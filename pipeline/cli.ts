import {Command, CommanderError, Option} from 'commander'
import {check} from './commands/check.js'
import {parseFormats} from './commands/generate.js'
import {run} from './commands/run.js'
import {EXIT, UserError} from './errors.js'

const DEFAULT_FORMATS = 'json,md,csv'

/** The `hesabat` command. Returns the exit code; prints one line per user mistake, no stack trace. */
export async function main(argv: string[], io = {out: console.log, err: console.error}): Promise<number> {
  let code: number = EXIT.ok
  const program = new Command('hesabat')
    .description('OCR-style Azerbaijani report text → clean sections and sentences as JSON and Markdown')
    .exitOverride()
    .configureOutput({writeOut: (text) => io.out(text.trimEnd()), writeErr: (text) => io.err(text.trimEnd())})
    .showHelpAfterError('(run hesabat --help for usage)')

  const common = (command: Command) =>
    command
      .argument('[inputs...]', 'input files or folders (folders: every .txt inside)', ['input'])
      .option('-o, --out <dir>', 'output folder', 'output')
      .addOption(new Option('-f, --format <list>', `comma-separated formats: json, md, csv (facts table)`).default(DEFAULT_FORMATS))

  common(program.command('run'))
    .description('process the inputs and write <stem>.json, <stem>.md and <stem>.facts.csv to the output folder')
    .option('-q, --quiet', 'print nothing but errors')
    .option('-v, --verbose', 'also print info diagnostics')
    .action(async (inputs: string[], options: {out: string; format: string; quiet?: boolean; verbose?: boolean}) => {
      code = await run(
        {inputs, out: options.out, formats: parseFormats(options.format), quiet: Boolean(options.quiet), verbose: Boolean(options.verbose)},
        io.err
      )
    })

  common(program.command('check'))
    .description('regenerate in memory; exit 1 when the output folder is stale')
    .action(async (inputs: string[], options: {out: string; format: string}) => {
      code = await check({inputs, out: options.out, formats: parseFormats(options.format)}, io.err)
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
