import {createHash} from 'node:crypto'
import {mkdir, open, rename, rm} from 'node:fs/promises'
import path from 'node:path'
import {EXIT, UserError} from '../errors.js'

/** Bytes gathered before a write. */
const WRITE_SIZE = 1 << 20

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
      // Pieces are encoded into one reused buffer and written about a megabyte at a time: one write per
      // piece would be slow, and joining pieces into big strings would leave large garbage behind.
      const buffer = Buffer.allocUnsafe(WRITE_SIZE)
      let used = 0
      const write = async (bytes: Buffer) => {
        hash.update(bytes)
        await handle.write(bytes)
      }
      for (const chunk of chunks) {
        // A UTF-16 unit takes at most three bytes in UTF-8.
        if (chunk.length * 3 > WRITE_SIZE - used && used > 0) {
          await write(buffer.subarray(0, used))
          used = 0
        }
        if (chunk.length * 3 > WRITE_SIZE) await write(Buffer.from(chunk, 'utf8'))
        else used += buffer.write(chunk, used, 'utf8')
      }
      if (used > 0) await write(buffer.subarray(0, used))
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
