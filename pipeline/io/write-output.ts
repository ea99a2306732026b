import {createHash} from 'node:crypto'
import {mkdir, open, rename, rm} from 'node:fs/promises'
import path from 'node:path'
import {EXIT, UserError} from '../errors.js'

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export async function writeAtomic(file: string, content: string): Promise<void> {
  await writeChunksAtomic(file, [content])
}

/**
 * Writes text given in pieces through a temporary file and a rename, never holding it whole; returns
 * the sha256 of what was written.
 */
export async function writeChunksAtomic(file: string, chunks: Iterable<string>): Promise<string> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`)
  const hash = createHash('sha256')
  try {
    await mkdir(path.dirname(file), {recursive: true})
    const handle = await open(temporary, 'w')
    try {
      for (const chunk of chunks) {
        const bytes = Buffer.from(chunk, 'utf8')
        hash.update(bytes)
        await handle.write(bytes)
      }
    } finally {
      await handle.close()
    }
    await rename(temporary, file)
    return hash.digest('hex')
  } catch (error) {
    await rm(temporary, {force: true})
    throw new UserError(`${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? error})`, EXIT.output)
  }
}
