import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const built = existsSync(path.join(root, 'dist/pipeline/index.js'))

/**
 * hesabat used as a library from another project, as a user would: `npm install <path>` into a new project,
 * then `import … from 'hesabat'` from JavaScript and type-checked from TypeScript. Needs the build (CI has it:
 * `npm ci` builds it).
 */
describe.runIf(built || process.env.CI)('hesabat as a package', () => {
  const project = mkdtempSync(path.join(tmpdir(), 'hesabat-user-'))
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'user', private: true, type: 'module'}))
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--silent', root], {cwd: project, stdio: 'pipe'})

  it('imports the documented API and runs it on the seed', () => {
    writeFileSync(
      path.join(project, 'use.mjs'),
      `import {readFileSync} from 'node:fs'
import {formats, loadGlossary, processText, readDocument, toDocument, SCHEMA_VERSION} from 'hesabat'
const raw = readFileSync(${JSON.stringify(path.join(root, 'input/2022-azerbaijan.az.txt'))}, 'utf8')
const glossary = await loadGlossary(${JSON.stringify(path.join(root, 'glossary'))})
const {tree, file} = processText(raw, {path: 'x.az.txt', sha256: '', language: 'az', year: 2022}, glossary)
const document = toDocument(tree, file)
const again = readDocument(JSON.parse(formats.json.emit(document)))
console.log(JSON.stringify({version: SCHEMA_VERSION, sentences: document.sentences.length, first: document.sentences[3].entities[1].id, read: [again.sentences.length, again.sentences[3].entities[1].text, again.sentences[3].entities[1].en]}))
`
    )
    const out = JSON.parse(execFileSync('node', ['use.mjs'], {cwd: project, encoding: 'utf8'}))
    expect(out).toEqual({version: '3.1.0', sentences: 117, first: 'org.mia', read: [117, 'DİN', 'Ministry of Internal Affairs']})
  })

  it('has type declarations a TypeScript project checks against', () => {
    writeFileSync(
      path.join(project, 'use.ts'),
      `import {processText, readDocument, toDocument, type DocumentJson, type OutputDocument} from 'hesabat'
const {tree, file} = processText('AZƏRBAYCAN (Səviyyə 2)', {path: 'x.az.txt', sha256: '', language: 'az', year: 2022})
const document: OutputDocument = toDocument(tree, file)
const count: number = document.sentences.length
const json: DocumentJson = JSON.parse('{}')
const read: OutputDocument = readDocument(json)
// @ts-expect-error: schema 3 has no field "countryAz"
read.document.countryAz
// @ts-expect-error: a sentence has no field "words"
document.sentences[0]?.words
export {count}
`
    )
    writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({compilerOptions: {module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: []}, files: ['use.ts']}))
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
    expect(() => execFileSync('node', [tsc, '-p', 'tsconfig.json'], {cwd: project, encoding: 'utf8', stdio: 'pipe'})).not.toThrow()
  })
})
