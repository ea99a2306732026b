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
  const counts = {error: 0, warning: 0, info: 0}
  for await (const {file, outputs} of generate(options)) {
    for (const [target, content] of outputs) await writeAtomic(target, content)
    files++
    for (const message of file.messages) counts[message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info']++
    if (!options.quiet) for (const line of formatMessages(file, options)) log(line)
  }
  if (!options.quiet) {
    log(`hesabat: ${files} file${files === 1 ? '' : 's'} → ${options.out}/ (${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos)`)
  }
  return 0
}
