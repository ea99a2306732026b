import {EXIT} from '../errors.js'
import {writeAtomic} from '../io/write-output.js'
import {formatMessages} from './report.js'
import {type GenerateOptions, generate} from './generate.js'

export interface RunOptions extends GenerateOptions {
  quiet: boolean
  verbose: boolean
}

/** `hesabat run`: process the inputs and write the outputs (each file atomically). */
export async function run(options: RunOptions, log: (line: string) => void): Promise<number> {
  let files = 0
  let failed = 0
  const counts = {error: 0, warning: 0, info: 0}
  for await (const result of generate(options)) {
    if ('error' in result) {
      failed++
      log(`hesabat: ${result.error.message}`)
      continue
    }
    const {file, outputs} = result
    for (const [target, content] of outputs) await writeAtomic(target, content)
    if (outputs.size > 0) files++
    else failed++
    for (const message of file.messages) counts[message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info']++
    // Errors are printed even with --quiet.
    for (const line of formatMessages(file, options)) if (!options.quiet || line.includes(' error ')) log(line)
  }
  if (!options.quiet || failed > 0) {
    const skipped = failed > 0 ? `, ${failed} not written` : ''
    log(`hesabat: ${files} file${files === 1 ? '' : 's'} → ${options.out}/${skipped} (${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos)`)
  }
  return failed > 0 ? EXIT.input : EXIT.ok
}
