import {mkdir, rename, writeFile, rm} from 'node:fs/promises'
import path from 'node:path'
import {EXIT, UserError} from '../errors.js'

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export async function writeAtomic(file: string, content: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`)
  try {
    await mkdir(path.dirname(file), {recursive: true})
    await writeFile(temporary, content)
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, {force: true})
    throw new UserError(`${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? error})`, EXIT.output)
  }
}
