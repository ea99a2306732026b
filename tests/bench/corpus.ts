/**
 * The bench's corpus: a folder of editions, each a different noisy rendering of the seed (tests/support/noisy.ts).
 * `npx tsx tests/bench/corpus.ts <folder> <MB>` writes one, to time the CLI on it by hand (`--jobs 1` against
 * `--jobs 2`, say); `npm run bench` makes its own.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {RENDERINGS} from '../support/noisy.js'

const seed = readFileSync(new URL('../../input/2022-azerbaijan.az.txt', import.meta.url), 'utf8')
const renderings = Object.values(RENDERINGS)

/** Writes noisy editions into `folder` until they hold `mb` megabytes. */
export function writeCorpus(folder: string, mb: number): {folder: string; bytes: number; files: number} {
  mkdirSync(folder, {recursive: true})
  let bytes = 0
  let files = 0
  while (bytes < mb * 1e6) {
    const text = renderings[files % renderings.length]!(seed)
    writeFileSync(path.join(folder, `${1000 + files}-azerbaijan.az.txt`), text)
    bytes += Buffer.byteLength(text)
    files++
  }
  return {folder, bytes, files}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [folder, mb] = process.argv.slice(2)
  if (!folder || !(Number(mb) > 0)) {
    console.error('usage: npx tsx tests/bench/corpus.ts <folder> <MB>')
    process.exit(2)
  }
  const {files, bytes} = writeCorpus(folder, Number(mb))
  console.log(`${files} files, ${(bytes / 1e6).toFixed(2)} MB in ${folder}`)
}
