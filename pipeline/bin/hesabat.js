#!/usr/bin/env node
// Entry point of the `hesabat` command: runs the compiled CLI (dist/, `npm run build`) when it is newer than
// every source file, else the TypeScript sources through tsx. Either way the same code runs; the build
// only starts faster (no compiling on the fly, no loader thread) and its workers start faster too.
import {readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

// A reader that stops early (hesabat glossary export --tbx | head) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

const root = fileURLToPath(new URL('../..', import.meta.url))

/** The build is usable: stamped after the last change to pipeline/ and the TypeScript settings. */
function buildIsFresh() {
  if (process.env.HESABAT_FROM_SOURCE) return false
  let built
  try {
    built = statSync(path.join(root, 'dist', '.built')).mtimeMs
  } catch {
    return false
  }
  const sources = readdirSync(path.join(root, 'pipeline'), {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
  for (const file of [...sources, path.join(root, 'tsconfig.json'), path.join(root, 'tsconfig.build.json')]) {
    if (statSync(file, {throwIfNoEntry: false})?.mtimeMs > built) return false
  }
  return true
}

let main
if (buildIsFresh()) {
  ;({main} = await import('../../dist/pipeline/cli.js'))
} else {
  const {register} = await import('tsx/esm/api')
  register()
  ;({main} = await import('../cli.ts'))
}
process.exitCode = await main(process.argv.slice(2))
