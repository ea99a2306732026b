// npm run mutate:folders [-- <folder>… | --report]: StrykerJS over each folder of pipeline/, each against its own
// unit tests (MUTATE_TESTS, see tests/stryker.vitest.config.ts), one folder after another. Each run's report is
// kept as .cache/stryker/<folder>.json; the per-folder and per-file scores are printed as Markdown tables, the
// README's form. `--report` prints the tables of the reports already kept, without running anything.
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, readFileSync} from 'node:fs'

/** Each folder (or group of folders or files measured together, paths under pipeline/) and the tests that are its own. */
const FOLDERS = {
  text: {mutate: ['text'], tests: ['tests/text/**/*.test.ts']},
  glossary: {mutate: ['glossary'], tests: ['tests/glossary/**/*.test.ts']},
  emit: {mutate: ['emit'], tests: ['tests/emit/**/*.test.ts', 'tests/emit.test.ts']},
  stages: {mutate: ['stages', 'structure', 'lang'], tests: ['tests/stages/**/*.test.ts', 'tests/lang/**/*.test.ts']},
  // The same folders in parts that each finish in about an hour on 2 cores, each with the seed tests that check it
  // against the hand annotation (its real teeth): the text stages, the item stages, structure/, lang/.
  'text-stages': {mutate: ['stages/parse', 'stages/clean', 'stages/language', 'stages/slips', 'stages/sections', 'stages/sentences'], tests: ['tests/stages/**/*.test.ts', 'tests/seed.test.ts']},
  'item-stages': {mutate: ['stages/tokens', 'stages/lookup', 'stages/numbers', 'stages/entities', 'stages/terms'], tests: ['tests/stages/**/*.test.ts', 'tests/numbers-seed.test.ts', 'tests/entities-terms-seed.test.ts']},
  // structure/'s own tests, and those of the stages that use it: furniture (clean), headings and titles
  // (sections), country names (the chapters of an edition).
  structure: {mutate: ['structure'], tests: ['tests/structure/**/*.test.ts', 'tests/stages/clean.test.ts', 'tests/stages/sections.test.ts', 'tests/edition/chapters.test.ts', 'tests/seed.test.ts']},
  lang: {mutate: ['lang'], tests: ['tests/lang/**/*.test.ts', 'tests/numbers-seed.test.ts']},
  small: {mutate: ['edition', 'io', 'i18n'], tests: ['tests/edition/**/*.test.ts', 'tests/io/**/*.test.ts', 'tests/i18n/**/*.test.ts']},
  align: {mutate: ['align'], tests: ['tests/align/**/*.test.ts']},
  verbs: {mutate: ['stages/verbs'], tests: ['tests/stages/verbs*.test.ts']},
  writers: {mutate: ['emit/gloss.ts', 'emit/markdown-syntax.ts'], tests: ['tests/emit/gloss.test.ts', 'tests/emit/markdown-syntax.test.ts']}
}

/** A folder is its TypeScript files; a path ending in .ts is that file. */
const glob = (path) => (path.endsWith('.ts') ? `pipeline/${path}` : `pipeline/${path}/**/*.ts`)
const prefix = (path) => (path.endsWith('.ts') ? `pipeline/${path}` : `pipeline/${path}/`)

const args = process.argv.slice(2)
const reportOnly = args.includes('--report')
const names = args.filter((arg) => !arg.startsWith('--'))
for (const name of names) if (!FOLDERS[name]) throw new Error(`no folder group "${name}"; known: ${Object.keys(FOLDERS).join(', ')}`)
const chosen = names.length > 0 ? names : Object.keys(FOLDERS)

if (!reportOnly) {
  for (const name of chosen) {
    const {mutate, tests} = FOLDERS[name]
    const started = Date.now()
    const run = spawnSync('npx', ['stryker', 'run', '--mutate', mutate.map(glob).join(','), '--concurrency', process.env.MUTATE_CONCURRENCY ?? '2'], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {...process.env, MUTATE_TESTS: tests.join(',')}
    })
    if (run.status !== 0) process.exit(run.status ?? 1)
    copyFileSync('.cache/stryker/mutation.json', `.cache/stryker/${name}.json`)
    console.log(`${name}: ${Math.round((Date.now() - started) / 60000)} min`)
  }
}

/** killed (timeouts counted as killed) / (killed + survived + no coverage); compile errors are not counted. */
function score(mutants) {
  const count = (status) => mutants.filter((mutant) => mutant.status === status).length
  const killed = count('Killed') + count('Timeout')
  const [survived, uncovered, compile] = [count('Survived'), count('NoCoverage'), count('CompileError')]
  const counted = killed + survived + uncovered
  return {score: counted ? (100 * killed) / counted : NaN, killed, timeouts: count('Timeout'), survived, uncovered, compile, total: mutants.length}
}
const row = (label, s) => `| ${label} | ${Number.isNaN(s.score) ? '—' : `${s.score.toFixed(1)}%`} | ${s.killed} (${s.timeouts}) · ${s.survived} · ${s.uncovered} (${s.compile}) |`

console.log('\n| folder (its own tests) | mutation score | killed (timeouts) · survived · no coverage (compile errors) |\n|---|---|---|')
const files = []
for (const name of chosen) {
  const path = `.cache/stryker/${name}.json`
  if (!existsSync(path)) continue
  const report = JSON.parse(readFileSync(path, 'utf8'))
  for (const path of FOLDERS[name].mutate) {
    const entries = Object.entries(report.files).filter(([file]) => file.startsWith(prefix(path)))
    console.log(row(`\`${prefix(path)}\``, score(entries.flatMap(([, file]) => file.mutants))))
    files.push(...entries.map(([file, {mutants}]) => [file, score(mutants)]))
  }
}
console.log('\n| file | mutation score | killed (timeouts) · survived · no coverage (compile errors) |\n|---|---|---|')
for (const [file, s] of files.sort((a, b) => a[0].localeCompare(b[0]))) console.log(row(`\`${file}\``, s))
