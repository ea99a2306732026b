#!/usr/bin/env node
// `npm run build` (also run by `npm ci` as `prepare`): compiles pipeline/ to dist/pipeline/ with tsc and
// copies the files it reads at run time (word lists, schema), then stamps the build. The `hesabat`
// command runs dist/ while the stamp is newer than every file of pipeline/, and the TypeScript
// sources through tsx otherwise, so an edit never runs stale code.
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const dist = path.join(root, 'dist')
let tsc
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
} catch {
  console.log('hesabat build: typescript is not installed (a production install); hesabat runs from the sources')
  process.exit(0)
}

rmSync(dist, {recursive: true, force: true})
const compiled = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {stdio: 'inherit'})
if (compiled.status !== 0) process.exit(compiled.status ?? 1)

// Everything else of pipeline/ that the code reads (tsc already emitted the imported JSON).
const source = path.join(root, 'pipeline')
for (const entry of readdirSync(source, {recursive: true, withFileTypes: true})) {
  if (!entry.isFile() || entry.name.endsWith('.ts') || entry.name.endsWith('.json') || entry.name.endsWith('.md') || entry.name.endsWith('.sh')) continue
  const from = path.join(entry.parentPath, entry.name)
  if (path.relative(source, from).startsWith(`bin${path.sep}`)) continue
  const to = path.join(dist, 'pipeline', path.relative(source, from))
  if (existsSync(to)) continue
  mkdirSync(path.dirname(to), {recursive: true})
  copyFileSync(from, to)
}
copyFileSync(path.join(source, 'emit', 'hesabat.schema.json'), path.join(dist, 'pipeline', 'emit', 'hesabat.schema.json'))
writeFileSync(path.join(dist, '.built'), `${new Date().toISOString()}\n`)
