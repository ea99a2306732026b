import {execFileSync, spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {gunzipSync} from 'node:zlib'
import {editionText} from './support/edition.js'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {main} from '../pipeline/cli.js'
import {readDocument} from '../pipeline/emit/index.js'

const seed = path.resolve('input/2022-azerbaijan.az.txt')
const cwdAtLoad = process.cwd()
/** An output JSON (schema 3) as the library reads it. */
const readJson = (file: string) => readDocument(JSON.parse(readFileSync(file, 'utf8')))
/** Every file under a folder, as paths relative to it, sorted. */
const files = (folder: string) =>
  readdirSync(folder, {recursive: true, encoding: 'utf8'})
    .filter((name) => statSync(path.join(folder, name)).isFile())
    .sort()
let dir: string
let cwd: string

async function hesabat(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, {out: (line) => out.push(line), err: (line) => err.push(line)})
  return {code, out: out.join('\n'), err: err.join('\n')}
}

beforeEach(() => {
  cwd = process.cwd()
  dir = mkdtempSync(path.join(tmpdir(), 'hesabat-'))
  process.chdir(dir)
  mkdirSync('input')
  copyFileSync(seed, 'input/2022-azerbaijan.az.txt')
})
afterEach(() => process.chdir(cwd))

describe('hesabat run', () => {
  it('writes <stem>.json, .md and .facts.csv for every input of input/ by default and prints diagnostics like a linter', async () => {
    const {code, err} = await hesabat('run')
    expect(code).toBe(0)
    expect(readdirSync('output').sort()).toEqual(['2022-azerbaijan.facts.csv', '2022-azerbaijan.html', '2022-azerbaijan.json', '2022-azerbaijan.md'])
    expect(err).toContain('input/2022-azerbaijan.az.txt:44:12 warning Duplicated words “idarə olunan idarə olunan” duplicated-words')
    const json = readJson('output/2022-azerbaijan.json')
    expect(json.source).toMatchObject({path: 'input/2022-azerbaijan.az.txt', language: 'az'})
    expect(json.source.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('takes files and folders, --out and --format', async () => {
    mkdirSync('more')
    copyFileSync(seed, 'more/2021-azerbaijan.az.txt')
    const {code} = await hesabat('run', 'more', 'input/2022-azerbaijan.az.txt', '--out', 'elsewhere', '--format', 'json', '--quiet', '--no-compare')
    expect(code).toBe(0)
    expect(readdirSync('elsewhere').sort()).toEqual(['2021-azerbaijan.json', '2022-azerbaijan.json'])
  })

  it('refuses an unknown format, a missing file and an empty file with one clear line and its exit code', async () => {
    expect(await hesabat('run', '--format', 'pdf')).toMatchObject({code: 2, err: expect.stringContaining('unknown format “pdf”')})
    const missing = await hesabat('run', 'nope.az.txt')
    expect(missing.code).toBe(3)
    expect(missing.err.split('\n')[0]).toBe('hesabat: nope.az.txt: no such file or folder')
    writeFileSync('input/2023-azerbaijan.az.txt', ' \n\n  \n')
    const empty = await hesabat('run', 'input/2023-azerbaijan.az.txt')
    expect(empty.code).toBe(3)
    expect(empty.err.split('\n')[0]).toBe('hesabat: input/2023-azerbaijan.az.txt: the file is empty; nothing to process')
    expect(empty.err).not.toContain('    at ')
  })

  it('refuses binary and badly encoded input, naming the byte', async () => {
    writeFileSync('input/bad.az.txt', Buffer.from([0x41, 0x42, 0xff, 0x43]))
    expect(await hesabat('run', 'input/bad.az.txt')).toMatchObject({code: 3, err: expect.stringContaining('not valid UTF-8 (first bad byte at offset 2)')})
    writeFileSync('input/pdf.az.txt', Buffer.from('%PDF-1.4\u0000\u0001'))
    expect(await hesabat('run', 'input/pdf.az.txt')).toMatchObject({code: 3, err: expect.stringContaining('binary data')})
  })

  it('reads UTF-16 with a BOM', async () => {
    const text = readFileSync(seed, 'utf8')
    writeFileSync('input/2022-azerbaijan.az.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    expect((await hesabat('run', '--quiet')).code).toBe(0)
    expect(readJson('output/2022-azerbaijan.json').sentences).toHaveLength(117)
  })

  it('refuses two inputs that would write the same outputs', async () => {
    copyFileSync(seed, 'input/2022-azerbaijan.txt')
    const result = await hesabat('run')
    expect(result.code).toBe(3)
    expect(result.err).toContain('writes the same outputs (2022-azerbaijan.*)')
  })
})

describe('hesabat run: trust', () => {
  const english =
    'The Government of Azerbaijan does not fully meet the minimum standards for the elimination of trafficking but is making significant efforts to do so. ' +
    'These efforts included arresting more traffickers, imposing stronger sentences on convicted traffickers, and issuing fewer suspended sentences. '

  it('warns when the text is not in the language of its file name; --strict makes it an error and writes nothing for it', async () => {
    writeFileSync('input/2022-georgia.az.txt', english.repeat(3))
    const warned = await hesabat('run', 'input/2022-georgia.az.txt')
    expect(warned.code).toBe(0)
    expect(warned.err).toContain('input/2022-georgia.az.txt:1:1 warning The text reads as English (eng), not Azerbaijani')
    rmSync('output', {recursive: true})
    const strict = await hesabat('run', '--strict')
    expect(strict.code).toBe(3)
    expect(strict.err).toContain('error The text reads as English (eng)')
    expect(readdirSync('output').sort()).toEqual(['2022-azerbaijan.facts.csv', '2022-azerbaijan.html', '2022-azerbaijan.json', '2022-azerbaijan.md'])
  })

  it('a file that fails mid-batch leaves the other outputs complete and its previous outputs intact', async () => {
    copyFileSync(seed, 'input/2023-azerbaijan.az.txt')
    expect((await hesabat('run', '--quiet')).code).toBe(0)
    const before = readFileSync('output/2022-azerbaijan.json', 'utf8')
    writeFileSync('input/2022-azerbaijan.az.txt', Buffer.from([0x41, 0xff]))
    writeFileSync('input/2023-azerbaijan.az.txt', readFileSync(seed, 'utf8').replace('Səviyyə 2', 'Səviyyə 3'))
    const result = await hesabat('run', '--quiet')
    expect(result.code).toBe(3)
    expect(readFileSync('output/2022-azerbaijan.json', 'utf8')).toBe(before)
    expect(readJson('output/2023-azerbaijan.json').document.tier).toBe('3')
    expect(readdirSync('output').filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('gives byte-identical outputs whatever the order of the inputs', async () => {
    mkdirSync('more')
    writeFileSync('more/2021-azerbaijan.az.txt', readFileSync(seed, 'utf8').replace('2-ci səviyyəyə', '3-cü səviyyəyə'))
    await hesabat('run', 'input', 'more', '--out', 'a', '--quiet')
    await hesabat('run', 'more', 'input/2022-azerbaijan.az.txt', '--out', 'b', '--quiet')
    const names = files('a')
    // Four outputs an edition, and the comparison of the two years (three and the trend table).
    expect(names).toHaveLength(12)
    expect(files('b')).toEqual(names)
    for (const name of names) expect(readFileSync(path.join('b', name), 'utf8')).toBe(readFileSync(path.join('a', name), 'utf8'))
  })
})

describe('hesabat run: batches', () => {
  beforeEach(() => {
    for (const year of [2019, 2020, 2021]) {
      writeFileSync(`input/${year}-azerbaijan.az.txt`, readFileSync(seed, 'utf8').replace('2-ci səviyyəyə', `${year - 2017}-cü səviyyəyə`))
    }
  })

  it('--jobs 2 (a worker pool) writes exactly what --jobs 1 writes', async () => {
    expect((await hesabat('run', '--jobs', '1', '--no-cache', '--out', 'one', '--quiet')).code).toBe(0)
    expect((await hesabat('run', '--jobs', '2', '--no-cache', '--out', 'two', '--quiet')).code).toBe(0)
    const names = files('one')
    expect(names.filter((name) => !name.includes('compare') && !name.endsWith('.trend.csv'))).toHaveLength(16)
    expect(names.length).toBeGreaterThan(16)
    for (const name of names) expect(readFileSync(path.join('two', name), 'utf8')).toBe(readFileSync(path.join('one', name), 'utf8'))
    expect((await hesabat('run', '--jobs', '0'))).toMatchObject({code: 2, err: expect.stringContaining('--jobs: expected a whole number ≥ 1')})
  })

  it('reuses results of unchanged inputs, restores an edited output, and --force processes again', async () => {
    const first = await hesabat('run', '--jobs', '1')
    expect(first.err).toContain('input/2022-azerbaijan.az.txt: 117 sentences, 5 warnings\n')
    expect(first.err).toMatch(/hesabat: 4 inputs → output\/; 468 sentences; 0 errors, 20 warnings, 0 infos; [\d.]+ s$/u)
    const json = readFileSync('output/2021-azerbaijan.json', 'utf8')
    writeFileSync('output/2021-azerbaijan.json', '{}')
    writeFileSync('input/2019-azerbaijan.az.txt', readFileSync(seed, 'utf8').replace('Səviyyə 2', 'Səviyyə 3'))
    const second = await hesabat('run', '--jobs', '1')
    expect(second.err).toContain('input/2021-azerbaijan.az.txt: 117 sentences, 5 warnings (unchanged, from the cache)')
    expect(second.err).toContain('input/2019-azerbaijan.az.txt: 117 sentences, 5 warnings\n')
    expect(second.err).toContain('4 inputs → output/, 3 unchanged')
    expect(readFileSync('output/2021-azerbaijan.json', 'utf8')).toBe(json)
    expect(readJson('output/2019-azerbaijan.json').document.tier).toBe('3')
    const forced = await hesabat('run', '--force', '--jobs', '1')
    expect(forced.err).not.toContain('from the cache')
    rmSync('.cache', {recursive: true})
    expect((await hesabat('run', '--quiet')).code).toBe(0)
  })
})

describe('hesabat check', () => {
  it('passes on fresh output and fails with a short summary when output/ is stale, missing or extra', async () => {
    await hesabat('run', '--quiet')
    expect(await hesabat('check')).toMatchObject({code: 0})
    const json = readFileSync('output/2022-azerbaijan.json', 'utf8')
    writeFileSync('output/2022-azerbaijan.json', json.replace('"tier": "2"', '"tier": "3"'))
    copyFileSync('output/2022-azerbaijan.md', 'output/2019-gone.md')
    writeFileSync('output/notes.md', '# My notes\n')
    const stale = await hesabat('check')
    expect(stale.code).toBe(1)
    expect(stale.err).toContain('output/2022-azerbaijan.json: stale (sentences alike; document differ)')
    expect(stale.err).toContain('output/2019-gone.md: no input produces it any more')
    // A file hesabat did not write is nobody's business here.
    expect(stale.err).not.toContain('notes.md')
    // check <file> judges that file's outputs only.
    writeFileSync('output/2022-azerbaijan.json', json)
    expect(await hesabat('check', 'input/2022-azerbaijan.az.txt')).toMatchObject({code: 0})
  })

  it('tells an output that is not there from one that cannot be read', async () => {
    await hesabat('run', '--quiet')
    rmSync('output/2022-azerbaijan.md')
    rmSync('output/2022-azerbaijan.json')
    mkdirSync('output/2022-azerbaijan.json')
    const stale = await hesabat('check')
    expect(stale.code).toBe(1)
    expect(stale.err).toContain('output/2022-azerbaijan.md: missing')
    expect(stale.err).toContain('output/2022-azerbaijan.json: cannot be read (EISDIR); check that it is a file hesabat may read')
  })

  it('run --prune removes hesabat’s outputs that no input makes any more, and nothing else', async () => {
    await hesabat('run', '--quiet')
    copyFileSync('output/2022-azerbaijan.json', 'output/2019-gone.json')
    copyFileSync('output/2022-azerbaijan.md', 'output/2019-gone.md')
    copyFileSync('output/2022-azerbaijan.facts.csv', 'output/2019-gone.facts.csv')
    copyFileSync('output/2022-azerbaijan.html', 'output/2019-gone.html')
    // A JSON an older hesabat wrote (schema 2.3) is hesabat's too.
    writeFileSync('output/2018-older.json', gunzipSync(readFileSync(path.resolve(cwdAtLoad, 'tests/fixtures/schema/2022-azerbaijan.2.3.json.gz'))))
    writeFileSync('output/notes.md', '# My notes\n')
    writeFileSync('output/notes.html', '<!doctype html>\n<html lang="en"><p>mine</p>\n')
    expect((await hesabat('check')).code).toBe(1)
    const {code, err} = await hesabat('run', '--prune')
    expect(code).toBe(0)
    expect(err).toContain('hesabat: removed output/2019-gone.json (no input makes it any more)')
    expect(err).toContain('hesabat: removed output/2018-older.json (no input makes it any more)')
    expect(err).toContain('hesabat: removed output/2019-gone.html (no input makes it any more)')
    expect(readdirSync('output').sort()).toEqual(['2022-azerbaijan.facts.csv', '2022-azerbaijan.html', '2022-azerbaijan.json', '2022-azerbaijan.md', 'notes.html', 'notes.md'])
    expect((await hesabat('check')).code).toBe(0)
  })

  it('names the first sentence and figure that changed, and how many sentences differ, not a hash line', async () => {
    await hesabat('run', '--quiet')
    writeFileSync('input/2022-azerbaijan.az.txt', readFileSync(seed, 'utf8').replace('4506', '4507'))
    const stale = await hesabat('check')
    expect(stale.err).toMatch(/output\/2022-azerbaijan\.json: stale \(1 sentence differs; first: sentence prevention-\d+: figure “4506” → “4507”\)/u)
    // The Markdown's first difference is the sentence's line, not the line with the input's hash.
    expect(stale.err).toMatch(/output\/2022-azerbaijan\.md: stale \(line \d+: committed "[^"]*4506/u)
  })
})

describe('hesabat glossary', () => {
  beforeEach(() => {
    mkdirSync('glossary')
    copyFileSync(path.join(cwd, 'glossary/terms.utf8'), 'glossary/terms.utf8')
    copyFileSync(path.join(cwd, 'glossary/entities.utf8'), 'glossary/entities.utf8')
  })

  it('check passes on the shipped glossary and lists problems as file:line with exit 1', async () => {
    const ok = await hesabat('glossary', 'check')
    expect(ok.code).toBe(0)
    expect(ok.out).toMatch(/^glossary: 2 files, \d+ rows, \d+ concepts \(\d+ terms, \d+ entities\), no problems$/u)
    writeFileSync('glossary/zz-extra.utf8', 'qurban\tsacrifice\tid=t.sacrifice\nfoo\tbar\n')
    const bad = await hesabat('glossary', 'check')
    expect(bad.code).toBe(1)
    expect(bad.out).toContain('glossary/zz-extra.utf8:2: expected 3 tab-separated columns')
    expect(bad.out).toMatch(/glossary\/zz-extra\.utf8:1: “qurban” is already t\.victim at glossary\/terms\.utf8:\d+/u)
  })

  it('run refuses a broken glossary before writing anything', async () => {
    writeFileSync('glossary/extra.utf8', 'foo\tbar\n')
    const result = await hesabat('run')
    expect(result.code).toBe(3)
    expect(result.err).toContain('glossary/extra.utf8:1: expected 3 tab-separated columns')
    expect(() => readdirSync('output')).toThrow()
  })

  it('export --tbx writes TBX-Basic', async () => {
    expect((await hesabat('glossary', 'export', '--tbx', '--out', 'g.tbx')).code).toBe(0)
    expect(readFileSync('g.tbx', 'utf8')).toContain('<conceptEntry id="t.victim">')
    // TBX is the one export format: it needs no flag.
    expect((await hesabat('glossary', 'export', '--out', 'plain.tbx')).code).toBe(0)
    expect(readFileSync('plain.tbx', 'utf8')).toBe(readFileSync('g.tbx', 'utf8'))
  })

  it('coverage lists frequent uncovered words of the inputs', async () => {
    const result = await hesabat('glossary', 'coverage', '--top', '5')
    expect(result.code).toBe(0)
    const rows = result.out.split('\n')
    expect(rows[0]).toBe('rank\tcount\ttf-idf\tn-gram\tglossary form\texample')
    expect(rows).toHaveLength(6)
    // Nothing the glossary covers is suggested.
    expect(rows.slice(1).map((row) => row.split('\t')[3])).not.toContain('qurbanların')
  })
})

describe('the hesabat command', () => {
  it('prints help and exits 0; an unknown command exits 2 without a stack trace', () => {
    const bin = path.join(cwd, 'pipeline/bin/hesabat.js')
    expect(execFileSync('node', [bin, '--help'], {encoding: 'utf8'})).toContain('Usage: hesabat')
    const wrong = spawnSync('node', [bin, 'frobnicate'], {encoding: 'utf8'})
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toContain("unknown command 'frobnicate'")
    expect(wrong.stderr).not.toContain('    at ')
  })

  it('writes the same bytes from the compiled build (dist/) and from the sources, with one worker or two', () => {
    const bin = path.join(cwd, 'pipeline/bin/hesabat.js')
    const compiled = path.join(cwd, 'dist/pipeline/cli.js')
    // `npm ci` builds dist/ (prepare): in CI the compiled CLI must be there, and it is run itself, not
    // through the command's choice of build or sources.
    if (process.env.CI) expect(statSync(compiled).isFile()).toBe(true)
    writeFileSync('input/2021-azerbaijan.az.txt', readFileSync(seed, 'utf8').replace('2-ci səviyyəyə', '3-cü səviyyəyə'))
    const args = (out: string, jobs: string) => ['run', '--out', out, '--jobs', jobs, '--no-cache', '--quiet']
    const fromSources = (out: string, jobs: string) =>
      spawnSync('node', [bin, ...args(out, jobs)], {encoding: 'utf8', env: {...process.env, HESABAT_FROM_SOURCE: '1'}})
    const fromBuild = (out: string, jobs: string) =>
      spawnSync('node', ['--input-type=module', '-e', `const {main} = await import(${JSON.stringify(pathToFileURL(compiled).href)}); process.exitCode = await main(${JSON.stringify(args(out, jobs))})`], {encoding: 'utf8'})
    const runs: Array<[string, ReturnType<typeof spawnSync>]> = [['sources-2', fromSources('sources-2', '2')], ['sources-1', fromSources('sources-1', '1')]]
    if (existsSync(compiled)) runs.push(['built-2', fromBuild('built-2', '2')], ['built-1', fromBuild('built-1', '1')])
    expect(runs.map(([, result]) => result.status)).toEqual(runs.map(() => 0))
    const names = files('sources-1')
    expect(names).toHaveLength(12)
    for (const [out] of runs) {
      for (const name of names) expect(readFileSync(path.join(out, name), 'utf8'), `${out}/${name}`).toBe(readFileSync(path.join('sources-1', name), 'utf8'))
    }
  })
})

describe('the default number of workers', () => {
  it('is one thread for a small batch and one per core from 6 MB of input', async () => {
    const {jobsFor, PARALLEL_FROM_BYTES} = await import('../pipeline/commands/generate.js')
    const {defaultJobs} = await import('../pipeline/batch/run-batch.js')
    const task = (file: string) => ({file, out: 'out', formats: ['json'], strict: false, glossary: null, write: true, cache: null})
    writeFileSync('a.az.txt', 'x'.repeat(1000))
    writeFileSync('b.az.txt', 'x'.repeat(1000))
    expect(await jobsFor([task('a.az.txt'), task('b.az.txt')])).toBe(1)
    writeFileSync('c.az.txt', 'x'.repeat(PARALLEL_FROM_BYTES))
    expect(await jobsFor([task('a.az.txt'), task('c.az.txt')])).toBe(defaultJobs())
    expect(await jobsFor([task('c.az.txt')])).toBe(1)
  })
})

describe('hesabat run: an edition and its English counterpart', () => {
  const englishSeed = path.resolve(cwdAtLoad, 'input/2022-azerbaijan.en.txt')

  it('pairs <stem>.az.txt with <stem>.en.txt into one set of outputs, with TMX, and prints the QA findings at both places', async () => {
    copyFileSync(englishSeed, 'input/2022-azerbaijan.en.txt')
    const {code, err} = await hesabat('run')
    expect(code).toBe(0)
    expect(readdirSync('output').sort()).toEqual(['2022-azerbaijan.facts.csv', '2022-azerbaijan.html', '2022-azerbaijan.json', '2022-azerbaijan.md', '2022-azerbaijan.tmx', '2022-azerbaijan.xlf'])
    const json = readJson('output/2022-azerbaijan.json')
    expect(json.partner!.source.path).toBe('input/2022-azerbaijan.en.txt')
    expect(json.beads!.length).toBeGreaterThan(100)
    // The planted figure error of the English edition (16 → 17), with its English place.
    const figure = json.diagnostics.find((d) => d.rule === 'qa-number' && d.text === '16')
    expect(figure!.counterpart).toMatchObject({file: 'input/2022-azerbaijan.en.txt', text: '17'})
    expect(figure!.message).toBe('The original has “17” (17); the translation has “16”')
    expect(err).toContain('qa-number')
  })

  it('declares the English the original by default, and the Azerbaijani with --source-lang az; refuses another language', async () => {
    copyFileSync(englishSeed, 'input/2022-azerbaijan.en.txt')
    expect((await hesabat('run', '--quiet', '--format', 'json,xlf')).code).toBe(0)
    expect(readJson('output/2022-azerbaijan.json').languages).toEqual({source: 'en', target: 'az'})
    expect(readFileSync('output/2022-azerbaijan.xlf', 'utf8')).toContain('srcLang="en" trgLang="az"')
    expect((await hesabat('run', '--quiet', '--format', 'json,xlf', '--source-lang', 'az', '--out', 'reversed')).code).toBe(0)
    const reversed = readJson('reversed/2022-azerbaijan.json')
    expect(reversed.languages).toEqual({source: 'az', target: 'en'})
    // The findings are the English translation's, in its own file's places.
    expect(reversed.partner!.diagnostics.some((d: {rule: string}) => d.rule === 'qa-number')).toBe(true)
    expect(readFileSync('reversed/2022-azerbaijan.xlf', 'utf8')).toContain('srcLang="az" trgLang="en"')
    const wrong = await hesabat('run', '--source-lang', 'fr')
    expect(wrong.code).toBe(2)
    expect(wrong.err).toContain('--source-lang: expected en or az')
  })

  it('a file named alone pairs with its partner beside it; an English file without one is an English chapter', async () => {
    copyFileSync(englishSeed, 'input/2022-azerbaijan.en.txt')
    expect((await hesabat('run', 'input/2022-azerbaijan.az.txt', '--out', 'paired', '--quiet')).code).toBe(0)
    expect(readdirSync('paired')).toContain('2022-azerbaijan.tmx')
    mkdirSync('english')
    copyFileSync(englishSeed, 'english/2022-azerbaijan.en.txt')
    expect((await hesabat('run', 'english', '--out', 'alone', '--quiet')).code).toBe(0)
    const alone = readJson('alone/2022-azerbaijan.json')
    expect(alone.source.language).toBe('en')
    expect(alone.partner).toBeUndefined()
    expect(alone.languages).toEqual({source: 'en', target: null})
    expect(alone.document).toMatchObject({country: 'Azerbaijan', tier: '2'})
    expect(alone.sections.map((s: {key: string}) => s.key)).toEqual(['summary', 'recommendations', 'prosecution', 'protection', 'prevention', 'profile'])
    expect(readdirSync('alone').sort()).toEqual(['2022-azerbaijan.facts.csv', '2022-azerbaijan.html', '2022-azerbaijan.json', '2022-azerbaijan.md'])
    // Asked for, a single edition gets its review file too (the gloss as the target), never a translation memory.
    expect((await hesabat('run', 'english', '--out', 'asked', '--format', 'xlf,tmx', '--quiet')).code).toBe(0)
    expect(readdirSync('asked')).toEqual(['2022-azerbaijan.xlf'])
  })
})

describe('hesabat run and check: a whole edition in one file', () => {
  it('writes one set of outputs per chapter; check knows that one input gives them all', async () => {
    rmSync('input/2022-azerbaijan.az.txt')
    writeFileSync('input/2022-tip-report.az.txt', editionText())
    const run = await hesabat('run', '--quiet')
    expect(run.code).toBe(0)
    expect(readdirSync('output').filter((name) => name.endsWith('.json')).sort()).toEqual([
      '2022-azerbaijan.json',
      '2022-georgia.json',
      '2022-iran.json',
      '2022-kyrgyz-republic.json',
      '2022-united-arab-emirates.json'
    ])
    const fresh = await hesabat('check')
    expect(fresh.code).toBe(0)
    expect(`${fresh.out}${fresh.err}`).toContain('hesabat check: 20 outputs up to date')
    // One chapter's figure changes: check names that chapter's outputs, and only those.
    writeFileSync('input/2022-tip-report.az.txt', editionText().replace('İRAN (Səviyyə 3)', 'İRAN (Səviyyə 2)'))
    const stale = await hesabat('check')
    const said = `${stale.out}\n${stale.err}`
    expect(stale.code).toBe(1)
    expect(said).toContain('output/2022-iran.json: stale')
    expect(said.split('\n').filter((line) => line.includes(': stale')).every((line) => line.startsWith('output/2022-iran.'))).toBe(true)
  })
})

describe('everyday use: what a new user trips over', () => {
  it('a missing path is one skipped input: the rest is written, the run says what failed and exits 3', async () => {
    const {code, err} = await hesabat('run', 'input/nope.txt', 'input/2022-azerbaijan.az.txt', '--out', 'out2')
    expect(code).toBe(3)
    expect(err).toContain('hesabat: input/nope.txt: no such file or folder')
    expect(readdirSync('out2').sort()).toEqual(['2022-azerbaijan.facts.csv', '2022-azerbaijan.html', '2022-azerbaijan.json', '2022-azerbaijan.md'])
    expect(err).toMatch(/hesabat: 1 input → out2\/, 1 not written; 117 sentences; 1 error, 5 warnings, 0 infos/u)
  })

  it('--out naming a file is a user mistake with its own message and exit 4, before any work', async () => {
    writeFileSync('taken', 'x')
    const {code, err} = await hesabat('run', '--out', 'taken')
    expect({code, err}).toEqual({code: 4, err: 'hesabat: --out taken: is a file, not a folder; name a folder for the outputs'})
  })

  it('says once what it skipped in a folder; reads extensions and format names in any case', async () => {
    writeFileSync('input/report.pdf', '%PDF')
    writeFileSync('input/notes.docx', 'x')
    copyFileSync(seed, 'input/2021-azerbaijan.AZ.TXT')
    const {code, err} = await hesabat('run', '--format', 'JSON', '--no-compare')
    expect(code).toBe(0)
    expect(err.split('\n').filter((line) => line.includes('skipped'))).toEqual(['hesabat: skipped 2 files that are neither .txt nor .md: input/notes.docx, input/report.pdf'])
    expect(readdirSync('output').sort()).toEqual(['2021-azerbaijan.json', '2022-azerbaijan.json'])
  })

  it('records a path relative to the working folder for a file outside it', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'hesabat-outside-'))
    copyFileSync(seed, path.join(outside, '2022-azerbaijan.az.txt'))
    expect((await hesabat('run', path.join(outside, '2022-azerbaijan.az.txt'), '--format', 'json', '--quiet')).code).toBe(0)
    const json = readJson('output/2022-azerbaijan.json')
    expect(json.source.path).toBe(path.relative(process.cwd(), path.join(outside, '2022-azerbaijan.az.txt')).split(path.sep).join('/'))
    expect(json.source.path.startsWith('../')).toBe(true)
  })

  it('counts in words a reader can say: 1 input, 1 warning, 1 output', async () => {
    writeFileSync('input/2022-azerbaijan.az.txt', 'AZƏRBAYCAN (Səviyyə 2)\n\nAzərbaycan hökuməti insan alverinin aradan qaldırılmasına dair minimum standartlara tam cavab verməsə də bu istiqamətdə ciddi ciddi səylər göstərir.\n')
    const {err} = await hesabat('run', '--format', 'json')
    expect(err).toContain('input/2022-azerbaijan.az.txt: 1 sentence, 1 warning\n')
    expect(err).toMatch(/hesabat: 1 input → output\/; 1 sentence; 0 errors, 1 warning, 0 infos/u)
    writeFileSync('output/2022-azerbaijan.json', '{}')
    const check = await hesabat('check', '--format', 'json')
    expect(check.err).toContain('hesabat check: 1 output is stale or missing')
  })

  it('runs an English chapter named as the README says', async () => {
    copyFileSync(path.resolve(cwdAtLoad, 'input/2022-azerbaijan.en.txt'), 'input/2022-georgia.en.txt')
    const {code, err} = await hesabat('run', 'input/2022-georgia.en.txt', '--quiet')
    expect(code).toBe(0)
    expect(err).not.toContain('name the file')
  })
})

describe('hesabat glossary coverage with an English edition among the inputs', () => {
  it('reads the glossary’s source language only, says what it skipped, and names the file of each example', async () => {
    mkdirSync('glossary')
    copyFileSync(path.join(cwd, 'glossary/terms.utf8'), 'glossary/terms.utf8')
    copyFileSync(path.join(cwd, 'glossary/entities.utf8'), 'glossary/entities.utf8')
    copyFileSync(path.resolve(cwdAtLoad, 'input/2022-azerbaijan.en.txt'), 'input/2022-azerbaijan.en.txt')
    copyFileSync(seed, 'input/2021-azerbaijan.az.txt')
    const result = await hesabat('glossary', 'coverage', '--top', '5')
    expect(result.err).toBe("hesabat: coverage reads the glossary's source language (az); skipped input/2022-azerbaijan.en.txt")
    const rows = result.out.split('\n').slice(1)
    expect(rows.every((row) => /\tinput\/202[12]-azerbaijan\.az\.txt: \w+-\d+$/u.test(row))).toBe(true)
  })
})

describe('one process, several runs', () => {
  it('a glossary edited between two runs is read again: the deleted term is gone and the outputs name the new glossary', async () => {
    mkdirSync('g')
    for (const name of ['entities.utf8', 'terms.utf8', 'verbs.utf8']) copyFileSync(path.resolve(cwdAtLoad, 'glossary', name), path.join('g', name))
    const shelters = () => {
      const json = readJson('output/2022-azerbaijan.json')
      return {terms: json.sentences.flatMap((sentence: {terms: Array<{id: string}>}) => sentence.terms).filter((term: {id: string}) => term.id === 't.shelter').length, glossary: json.glossary}
    }
    expect((await hesabat('run', '--glossary', 'g', '--format', 'json', '--jobs', '1', '--no-cache', '--quiet')).code).toBe(0)
    const first = shelters()
    expect(first.terms).toBeGreaterThan(0)
    const terms = readFileSync('g/terms.utf8', 'utf8')
    writeFileSync('g/terms.utf8', terms.split('\n').filter((line) => !line.includes('id=t.shelter')).join('\n'))
    expect((await hesabat('run', '--glossary', 'g', '--format', 'json', '--jobs', '1', '--no-cache', '--quiet')).code).toBe(0)
    const second = shelters()
    expect(second.terms).toBe(0)
    expect(second.glossary).not.toBe(first.glossary)
  })
})

describe('a hostile batch', () => {
  it('a file name, a heading, sentences and a glossary entry full of markup: every format reads back valid and faithful', async () => {
    const {DOMParser} = await import('@xmldom/xmldom')
    const {parse: parseHtml} = await import('parse5')
    const {parse: parseCsv} = await import('csv-parse/sync')
    mkdirSync('g')
    for (const name of ['entities.utf8', 'terms.utf8', 'verbs.utf8']) copyFileSync(path.resolve(cwdAtLoad, 'glossary', name), path.join('g', name))
    // A glossary editor's English with markup and an entity in it.
    writeFileSync('g/terms.utf8', `${readFileSync('g/terms.utf8', 'utf8')}sınaq sözü\tA&amp;B "<i>x</i>" | ]]>\tid=t.hostile-probe\n`)
    const sentence = 'Hökumət AT&amp;T ilə "<script>alert(1)</script>" | `kod` *ulduz* ]]> sınaq sözü barədə razılaşıb.'
    const name = `2022-a&b "x" <y>.az.txt`
    writeFileSync(path.join('input', name), `AZƏRBAYCAN (Səviyyə 2)\n\nCİNAYƏT TƏQİBİ <b>&amp;</b>\n\n${sentence}\n`)
    rmSync('input/2022-azerbaijan.az.txt')
    const result = await hesabat('run', '--glossary', 'g', '--format', 'json,md,csv,html,xlf', '--no-cache', '--quiet')
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    const stem = `output/2022-a&b "x" <y>`
    const json = readJson(`${stem}.json`)
    expect(json.sentences.map((item: {text: string}) => item.text)).toContain(sentence)
    expect(json.sentences.flatMap((item: {terms: Array<{en: string}>}) => item.terms.map((term) => term.en))).toContain('A&amp;B "<i>x</i>" | ]]>')
    // XLIFF: well-formed, the sentence as its source, the file name as the file's original.
    const errors: string[] = []
    const xliff = new DOMParser({onError: (level, message) => void (level !== 'warning' && errors.push(message))}).parseFromString(readFileSync(`${stem}.xlf`, 'utf8'), 'text/xml')
    expect(errors).toEqual([])
    expect([...xliff.getElementsByTagName('source')].map((node) => node.textContent)).toContain(sentence)
    expect(xliff.getElementsByTagName('file')[0]!.getAttribute('original')).toBe(`input/${name}`)
    // The page: no script but its own, the sentence as text.
    const page = readFileSync(`${stem}.html`, 'utf8')
    type HtmlNode = {nodeName: string; tagName?: string; value?: string; attrs?: Array<{name: string}>; childNodes?: HtmlNode[]}
    const all: HtmlNode[] = []
    const walk = (node: HtmlNode) => {
      all.push(node)
      for (const child of node.childNodes ?? []) walk(child)
    }
    walk(parseHtml(page) as unknown as HtmlNode)
    expect(all.filter((node) => node.tagName === 'script')).toHaveLength(1)
    // The glossary's <i> and the heading's <b> stay text (the page's own <b> are its row labels).
    expect(all.filter((node) => node.tagName === 'i')).toEqual([])
    const textOf = (node: HtmlNode): string => node.value ?? (node.childNodes ?? []).map(textOf).join('')
    expect(all.filter((node) => node.tagName === 'b').map(textOf)).not.toContain('&')
    expect(all.some((node) => node.attrs?.some((attribute) => attribute.name.startsWith('on')))).toBe(false)
    // The Markdown keeps the sentence's characters escaped, the CSV its columns.
    expect(readFileSync(`${stem}.md`, 'utf8')).toContain('\\`kod\\`')
    const rows = parseCsv(readFileSync(`${stem}.facts.csv`, 'utf8'), {bom: true}) as string[][]
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length)
  })
})

describe('an input that takes too long', () => {
  it('is stopped past --time-limit and reported, the batch goes on, and nothing of it is left', () => {
    const compiled = path.join(cwd, 'dist/pipeline/cli.js')
    if (process.env.CI) expect(statSync(compiled).isFile()).toBe(true)
    if (!existsSync(compiled)) return
    // Some 5 MB: far more than 3 s; the seed, first in the batch, far less.
    writeFileSync('input/2023-georgia.az.txt', readFileSync(seed, 'utf8').replace(/AZƏRBAYCAN/gu, 'GÜRCÜSTAN').repeat(200))
    const args = ['run', '--out', 'out', '--jobs', '1', '--time-limit', '3', '--no-cache']
    const result = spawnSync('node', ['--input-type=module', '-e', `const {main} = await import(${JSON.stringify(pathToFileURL(compiled).href)}); process.exitCode = await main(${JSON.stringify(args)})`], {encoding: 'utf8'})
    expect(result.status).toBe(3)
    expect(result.stderr).toContain('input/2023-georgia.az.txt: took longer than 3 s and was stopped; nothing of it was written (give it more with --time-limit)')
    expect(readdirSync('out').sort()).toEqual(['2022-azerbaijan.facts.csv', '2022-azerbaijan.html', '2022-azerbaijan.json', '2022-azerbaijan.md'])
    expect(result.stderr).not.toContain('    at ')
  })

  it('refuses a time limit that is no number of seconds', async () => {
    expect(await hesabat('run', '--time-limit', 'soon')).toMatchObject({code: 2, err: expect.stringContaining('--time-limit: expected a number of seconds > 0, got “soon”')})
  })
})

describe('a failing write loses nothing', () => {
  it('one output that cannot be written: the run fails naming it, and every other output of the input stays as it was', async () => {
    expect((await hesabat('run', '--quiet', '--no-cache')).code).toBe(0)
    const before = Object.fromEntries(readdirSync('output').map((name) => [name, readFileSync(path.join('output', name), 'utf8')]))
    rmSync('output/2022-azerbaijan.json')
    mkdirSync('output/2022-azerbaijan.json')
    const result = await hesabat('run', '--ui-lang', 'az', '--force')
    expect(result.code).toBe(4)
    expect(result.err).toContain('output/2022-azerbaijan.json: cannot write (EISDIR)')
    for (const name of ['2022-azerbaijan.md', '2022-azerbaijan.html', '2022-azerbaijan.facts.csv']) expect(readFileSync(path.join('output', name), 'utf8'), name).toBe(before[name])
    expect(readdirSync('output').filter((name) => name.startsWith('.'))).toEqual([])
    rmSync('.cache', {recursive: true, force: true})
  })
})

describe('the cache and the formats asked for', () => {
  it('a rerun with any one setting changed gives, from the cache or not, what a run without the cache gives (every setting is in the key)', async () => {
    // A short chapter with an OCR slip (--no-correct changes it) and its English edition (--source-lang changes it).
    const lines = readFileSync(seed, 'utf8').split('\n').slice(0, 40)
    writeFileSync('input/2022-azerbaijan.az.txt', lines.join('\n').replace('insan alveri', 'insah alveri'))
    copyFileSync(path.resolve(cwdAtLoad, 'input/2022-azerbaijan.en.txt'), 'input/2022-azerbaijan.en.txt')
    const files = (folder: string) => Object.fromEntries(readdirSync(folder).sort().map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]))
    for (const setting of [['--ui-lang', 'az'], ['--no-correct'], ['--strict'], ['--source-lang', 'az'], ['--format', 'json,tmx']]) {
      rmSync('cached', {recursive: true, force: true})
      rmSync('fresh', {recursive: true, force: true})
      expect((await hesabat('run', '--out', 'cached', '--quiet')).code, setting.join(' ')).toBe(0)
      await hesabat('run', '--out', 'cached', '--quiet', ...setting)
      await hesabat('run', '--out', 'fresh', '--quiet', '--no-cache', ...setting)
      // The files the setting's run makes (a narrower --format leaves the first run's others in place).
      const fresh = files('fresh')
      const cached = files('cached')
      expect(Object.keys(fresh).length, setting.join(' ')).toBeGreaterThan(0)
      for (const [name, content] of Object.entries(fresh)) expect(cached[name], `${setting.join(' ')}: ${name}`).toBe(content)
    }
    rmSync('.cache', {recursive: true, force: true})
  })

  it('a run with more formats than the last one writes them all (the formats are part of the cache key)', async () => {
    expect((await hesabat('run', '--format', 'json', '--quiet')).code).toBe(0)
    expect(readdirSync('output')).toEqual(['2022-azerbaijan.json'])
    const second = await hesabat('run')
    expect(second.err).not.toContain('unchanged')
    expect(readdirSync('output').sort()).toEqual(['2022-azerbaijan.facts.csv', '2022-azerbaijan.html', '2022-azerbaijan.json', '2022-azerbaijan.md'])
  })
})

describe('the reader’s language (--ui-lang)', () => {
  it('--ui-lang az gives Azerbaijani Markdown, page, messages and summary; the outputs are then out of date for English', async () => {
    const az = await hesabat('run', '--ui-lang', 'az', '--no-cache')
    expect(az.code).toBe(0)
    expect(az.err).toMatch(/^hesabat: 1 giriş faylı → output\/; 117 cümlə; 0 xəta, \d+ xəbərdarlıq, \d+ məlumat; [\d.]+ san$/mu)
    const markdown = readFileSync('output/2022-azerbaijan.md', 'utf8')
    expect(markdown.split('\n')[0]).toBe('# Azərbaycan — Səviyyə 2')
    expect(markdown).toContain('mənbə `input/2022-azerbaijan.az.txt`')
    expect(markdown).toContain('## Prioritet tövsiyələr · Prioritized recommendations')
    expect(markdown).toContain('## Diaqnostika')
    expect(markdown).toContain('**Sətiraltı tərcümə:**')
    const json = readJson('output/2022-azerbaijan.json')
    expect(json.diagnostics.find((d: {rule: string}) => d.rule === 'glued-words')!.message).toMatch(/^Bitişik yazılmış sözlər: /u)
    expect(readFileSync('output/2022-azerbaijan.html', 'utf8')).toContain('<html lang="az"')
    expect((await hesabat('check', '--ui-lang', 'az')).code).toBe(0)
    // English is the default of the outputs: made in Azerbaijani, they are stale for a plain check and run.
    expect((await hesabat('check')).code).toBe(1)
    await hesabat('run', '--quiet')
    expect(readFileSync('output/2022-azerbaijan.md', 'utf8')).toContain('## Diagnostics')
  })

  it('without --ui-lang the screen follows LANG but the outputs stay English', async () => {
    const saved = {LANG: process.env.LANG, LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES}
    try {
      delete process.env.LC_ALL
      delete process.env.LC_MESSAGES
      process.env.LANG = 'az_AZ.UTF-8'
      const result = await hesabat('run', '--no-cache')
      expect(result.err).toContain('117 cümlə')
      expect(result.err).toMatch(/input\/2022-azerbaijan\.az\.txt:\d+:\d+ xəbərdarlıq Bitişik yazılmış sözlər/u)
      expect(readFileSync('output/2022-azerbaijan.md', 'utf8')).toContain('## Diagnostics')
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key]
        else process.env[key] = value
      }
    }
  })

  it('refuses a language it does not have, naming the ones it has', async () => {
    expect(await hesabat('run', '--ui-lang', 'tr')).toMatchObject({code: 2, err: expect.stringContaining('--ui-lang: unknown language “tr” (known: en, az)')})
  })
})

describe('hesabat compare', () => {
  const editions = path.resolve(cwdAtLoad, 'tests/fixtures/editions')

  it('compares the editions named by stem, oldest first whatever the order, and writes the changes and the trend', async () => {
    copyFileSync(path.resolve(cwdAtLoad, 'input/2022-azerbaijan.en.txt'), 'input/2022-azerbaijan.en.txt')
    for (const name of ['2021-azerbaijan.az.txt', '2021-azerbaijan.en.txt', '2020-azerbaijan.az.txt']) copyFileSync(path.join(editions, name), path.join('input', name))
    const {code, err} = await hesabat('compare', 'input/2022-azerbaijan', 'input/2020-azerbaijan.az.txt', 'input/2021-azerbaijan', '--glossary', path.resolve(cwdAtLoad, 'glossary'))
    expect(code).toBe(0)
    expect(readdirSync('output/compare').sort()).toEqual(['azerbaijan-2020-2021.html', 'azerbaijan-2020-2021.json', 'azerbaijan-2020-2021.md', 'azerbaijan-2021-2022.html', 'azerbaijan-2021-2022.json', 'azerbaijan-2021-2022.md'])
    expect(err).toContain('hesabat compare: output/compare/azerbaijan-2020-2021.json')
    const json = JSON.parse(readFileSync('output/compare/azerbaijan-2021-2022.json', 'utf8'))
    // The 2021 and 2022 editions are pairs: both languages compared.
    expect(json.editions.map((edition: {language: string; tier: {changed: boolean}}) => [edition.language, edition.tier.changed])).toEqual([
      ['az', true],
      ['en', true]
    ])
    expect(readFileSync('output/compare/azerbaijan-2021-2022.md', 'utf8')).toContain('Tier: 2 Watch List → 2')
    const trend = readFileSync('output/azerbaijan.trend.csv', 'utf8').split('\r\n')
    expect(trend[0]).toBe('\uFEFFseries,kind,counted,edition,year,value,text,sentence,sentence_text')
    expect(trend.some((line) => line.startsWith('protection · victim,count,victim,2020,2019,91,'))).toBe(true)
  })

  it('run compares the editions of a chapter the inputs have of two years, check judges the comparison, --no-compare leaves it out', async () => {
    copyFileSync(path.join(editions, '2021-azerbaijan.az.txt'), 'input/2021-azerbaijan.az.txt')
    const {code, err} = await hesabat('run', '--no-cache', '--format', 'json')
    expect(code).toBe(0)
    expect(err).toContain('compared the editions of azerbaijan (2021, 2022): output/compare/ and output/azerbaijan.trend.csv')
    expect(readdirSync('output/compare').sort()).toEqual(['azerbaijan-2021-2022.html', 'azerbaijan-2021-2022.json', 'azerbaijan-2021-2022.md'])
    expect((await hesabat('check', '--format', 'json')).code).toBe(0)
    writeFileSync('output/compare/azerbaijan-2021-2022.md', 'edited\n')
    const stale = await hesabat('check', '--format', 'json')
    expect(stale.code).toBe(1)
    expect(stale.err).toContain('output/compare/azerbaijan-2021-2022.md: stale')
    expect((await hesabat('run', '--no-cache', '--format', 'json', '--no-compare', '--out', 'alone')).code).toBe(0)
    expect(existsSync('alone/compare')).toBe(false)
  })

  it('refuses two countries, one edition, and two editions of one year, saying why', async () => {
    writeFileSync('input/2021-georgia.az.txt', readFileSync(seed, 'utf8').replace('AZƏRBAYCAN (Səviyyə 2)', 'GÜRCÜSTAN (Səviyyə 2)'))
    const countries = await hesabat('compare', 'input/2021-georgia.az.txt', 'input/2022-azerbaijan.az.txt')
    expect(countries.code).toBe(3)
    expect(countries.err).toContain('hesabat: cannot compare: input/2022-azerbaijan.az.txt is the chapter of Azerbaijan, input/2021-georgia.az.txt of Georgia')
    expect(existsSync('output')).toBe(false)
    expect((await hesabat('compare', 'input/2022-azerbaijan.az.txt')).code).toBe(2)
    const missing = await hesabat('compare', 'input/2022-azerbaijan', 'input/2019-azerbaijan')
    expect(missing.err).toContain('hesabat: input/2019-azerbaijan: no such edition')
  })
})

describe('a reviewer’s decisions (review/<stem>.review.json)', () => {
  const glossary = ['--glossary', path.resolve(cwdAtLoad, 'glossary')]
  /** A decision about a finding of the JSON: its rule, text and the text of the sentence it stands in. */
  const decisionOf = (document: ReturnType<typeof readJson>, finding: ReturnType<typeof readJson>['diagnostics'][number], status: string, comment?: string) => {
    const holds = (sentence: ReturnType<typeof readJson>['sentences'][number]) =>
      (sentence.raw.start.line < finding.line || (sentence.raw.start.line === finding.line && sentence.raw.start.column <= finding.column)) &&
      (finding.line < sentence.raw.end.line || (finding.line === sentence.raw.end.line && finding.column <= sentence.raw.end.column))
    const sentence = document.sentences.find(holds)?.text ?? null
    return {rule: finding.rule, text: finding.text ?? '', sentence, status, ...(comment ? {comment} : {})}
  }

  it('run marks decided findings in every output, counts a dismissed one as no warning, and check --unreviewed fail gates on the rest', async () => {
    copyFileSync(path.resolve(cwdAtLoad, 'input/2022-azerbaijan.en.txt'), 'input/2022-azerbaijan.en.txt')
    const first = await hesabat('run', ...glossary, '--no-cache')
    expect(first.err).toContain('0 errors, 16 warnings')
    const document = readJson('output/2022-azerbaijan.json')
    const warnings = document.diagnostics.filter((d) => d.severity === 'warning' && d.rule.startsWith('qa-'))
    const [a, b, c, d] = warnings
    mkdirSync('review')
    const decisions = [
      decisionOf(document, a!, 'dismissed'),
      decisionOf(document, b!, 'dismissed'),
      decisionOf(document, c!, 'dismissed'),
      decisionOf(document, d!, 'to-fix', 'the figure of the original is right'),
      {rule: 'qa-number', text: '999', sentence: 'A sentence no edition has.', status: 'dismissed'}
    ]
    writeFileSync('review/2022-azerbaijan.review.json', JSON.stringify({document: '2022-azerbaijan', decisions}, null, 2))
    const second = await hesabat('run', ...glossary)
    expect(second.code).toBe(0)
    expect(second.err).toContain('0 errors, 13 warnings')
    const reviewed = readJson('output/2022-azerbaijan.json')
    expect(reviewed.diagnostics.filter((item) => item.review?.status === 'dismissed')).toHaveLength(3)
    expect(reviewed.diagnostics.find((item) => item.review?.status === 'to-fix')).toMatchObject({rule: d!.rule, text: d!.text, review: {comment: 'the figure of the original is right'}})
    expect(reviewed.diagnostics.filter((item) => item.rule === 'stale-decision').map((item) => [item.severity, item.text])).toEqual([['info', 'A sentence no edition has.']])
    expect(readFileSync('output/2022-azerbaijan.md', 'utf8')).toContain(' — dismissed')
    const xliff = readFileSync('output/2022-azerbaijan.xlf', 'utf8')
    expect(xliff).toContain('[to-fix: the figure of the original is right]')
    expect(xliff.match(/priority="10"/gu)).toHaveLength(3)
    expect(readFileSync('output/2022-azerbaijan.html', 'utf8')).toContain('data-review="dismissed"')
    // The gate: the pair's other warnings have no decision yet.
    const gate = await hesabat('check', ...glossary, '--unreviewed', 'fail')
    expect(gate.code).toBe(1)
    expect(gate.err).toContain("12 warnings have no reviewer's decision")
    expect((await hesabat('check', ...glossary)).code).toBe(0)
    const rest = reviewed.diagnostics.filter((item) => item.severity === 'warning' && !item.review)
    writeFileSync('review/2022-azerbaijan.review.json', JSON.stringify({document: '2022-azerbaijan', decisions: [...decisions, ...rest.map((item) => decisionOf(reviewed, item, 'confirmed'))]}, null, 2))
    expect((await hesabat('run', ...glossary, '--quiet')).code).toBe(0)
    expect((await hesabat('check', ...glossary, '--unreviewed', 'fail')).code).toBe(0)
  })

  it('a sentence the translator changed makes its decisions stale, reported, and the others still apply', async () => {
    copyFileSync(path.resolve(cwdAtLoad, 'input/2022-azerbaijan.en.txt'), 'input/2022-azerbaijan.en.txt')
    await hesabat('run', ...glossary, '--quiet', '--format', 'json')
    const document = readJson('output/2022-azerbaijan.json')
    const [first, second] = document.diagnostics.filter((d) => d.rule === 'qa-number')
    const decisions = [decisionOf(document, first!, 'dismissed'), decisionOf(document, second!, 'to-fix')]
    mkdirSync('review')
    writeFileSync('review/2022-azerbaijan.review.json', JSON.stringify({document: '2022-azerbaijan', decisions}))
    // The translator rewrites the first finding's sentence: one word of it changed.
    const sentence = decisions[0]!.sentence!
    const raw = readFileSync('input/2022-azerbaijan.az.txt', 'utf8')
    const word = sentence.split(' ')[1]!
    const at = raw.indexOf(word, document.sentences.find((item) => item.text === sentence)!.raw.start.offset)
    writeFileSync('input/2022-azerbaijan.az.txt', raw.slice(0, at) + word.toUpperCase() + raw.slice(at + word.length))
    expect((await hesabat('run', ...glossary, '--quiet', '--format', 'json')).code).toBe(0)
    const after = readJson('output/2022-azerbaijan.json')
    expect(after.diagnostics.filter((d) => d.rule === 'stale-decision').map((d) => d.text)).toEqual([sentence])
    expect(after.diagnostics.filter((d) => d.review).map((d) => [d.rule, d.text, d.review!.status])).toEqual([[second!.rule, second!.text, 'to-fix']])
  })

  it('beads a reviewer set stand as they are and the rest is aligned around them; a confirmed omission settles its finding', async () => {
    copyFileSync(path.resolve(cwdAtLoad, 'input/2022-azerbaijan.en.txt'), 'input/2022-azerbaijan.en.txt')
    await hesabat('run', ...glossary, '--quiet', '--format', 'json')
    const before = readJson('output/2022-azerbaijan.json')
    const text = (side: 'edition' | 'partner', id: string) => (side === 'edition' ? before.sentences : before.partner!.sentences).find((s) => s.id === id)!.text
    const ones = before.beads!.filter((bead) => bead.shape === '1-1' && bead.section === 'summary')
    const [a, b] = [ones[2]!, ones[3]!]
    const twoOne = before.beads!.find((bead) => bead.shape === '2-1')!
    const omission = before.beads!.find((bead) => bead.shape === '0-1')!
    mkdirSync('review')
    const beads = [
      // Merged: two beads of the aligner made one.
      {edition: [...a.edition, ...b.edition].map((id) => text('edition', id)), partner: [...a.partner, ...b.partner].map((id) => text('partner', id)), status: 'confirmed'},
      // Split: the first sentence of a 2-1 bead with its English alone; the second then stands alone.
      {edition: [text('edition', twoOne.edition[0]!)], partner: twoOne.partner.map((id) => text('partner', id))},
      // An omission the translation intends.
      {edition: [], partner: omission.partner.map((id) => text('partner', id)), status: 'confirmed', comment: 'left out on purpose'}
    ]
    writeFileSync('review/2022-azerbaijan.review.json', JSON.stringify({document: '2022-azerbaijan', decisions: [], beads}))
    expect((await hesabat('run', ...glossary, '--quiet', '--format', 'json')).code).toBe(0)
    const after = readJson('output/2022-azerbaijan.json')
    // One bead fewer for the merge, one more for the split.
    expect(after.beads).toHaveLength(before.beads!.length)
    const merged = after.beads!.find((bead) => bead.edition.join() === [...a.edition, ...b.edition].join())!
    expect(merged).toMatchObject({shape: '2-2', confidence: 1, fixed: true, review: {status: 'confirmed'}})
    const split = after.beads!.find((bead) => bead.edition.join() === twoOne.edition[0])!
    expect(split).toMatchObject({shape: `1-${twoOne.partner.length}`, fixed: true})
    expect(after.beads!.find((bead) => bead.edition.join() === twoOne.edition[1])!.shape).toBe('1-0')
    // Every other bead as the aligner made it.
    const others = (list: typeof after.beads) => list!.filter((bead) => ![...a.edition, ...b.edition, ...twoOne.edition].some((id) => bead.edition.includes(id))).map((bead) => [bead.edition, bead.partner])
    expect(others(after.beads)).toEqual(others(before.beads))
    const untranslated = after.diagnostics.find((d) => d.rule === 'qa-untranslated')!
    expect(untranslated.review).toEqual({status: 'confirmed', comment: 'left out on purpose'})
    expect(after.beads!.find((bead) => bead.shape === '0-1')!.review).toEqual({status: 'confirmed', comment: 'left out on purpose'})
  })

  it('run --prune takes the stale decisions out of the review file and keeps the others as they are', async () => {
    await hesabat('run', ...glossary, '--quiet', '--format', 'json')
    const document = readJson('output/2022-azerbaijan.json')
    const finding = document.diagnostics.find((d) => d.severity === 'warning')!
    mkdirSync('review')
    const kept = {...decisionOf(document, finding, 'to-fix', 'keep me'), by: 'R. Əliyeva', at: '2026-12-08'}
    const stale = {rule: 'qa-number', text: '999', sentence: 'A sentence no edition has.', status: 'dismissed'}
    writeFileSync('review/2022-azerbaijan.review.json', JSON.stringify({document: '2022-azerbaijan', decisions: [kept, stale]}, null, 2))
    const {code, err} = await hesabat('run', ...glossary, '--format', 'json', '--prune')
    expect(code).toBe(0)
    expect(err).toContain('hesabat: removed 1 stale decision from review/2022-azerbaijan.review.json')
    expect(JSON.parse(readFileSync('review/2022-azerbaijan.review.json', 'utf8'))).toEqual({document: '2022-azerbaijan', decisions: [kept]})
  })

  it('refuses a broken review file, one about another document and an unknown status, naming the file and entry, and writes nothing', async () => {
    await hesabat('run', ...glossary, '--quiet', '--format', 'json')
    const before = readFileSync('output/2022-azerbaijan.json', 'utf8')
    mkdirSync('review')
    const cases: Array<[string, string]> = [
      ['{"document": "2022-azerbaijan", "decisions": [', 'review/2022-azerbaijan.review.json: not valid JSON'],
      [JSON.stringify({document: '2021-georgia', decisions: []}), 'review/2022-azerbaijan.review.json: is about “2021-georgia”, not 2022-azerbaijan'],
      [JSON.stringify({document: '2022-azerbaijan', decisions: [{rule: 'qa-number', text: '16', sentence: null, status: 'ignored'}]}), 'review/2022-azerbaijan.review.json: decision 1: "status" must be one of to-fix, dismissed, confirmed, not “ignored”']
    ]
    for (const [content, message] of cases) {
      writeFileSync('review/2022-azerbaijan.review.json', content)
      writeFileSync('output/2022-azerbaijan.json', before)
      const {code, err} = await hesabat('run', ...glossary, '--format', 'json', '--force')
      expect(code, message).toBe(3)
      expect(err).toContain(`hesabat: ${message}`)
      expect(readFileSync('output/2022-azerbaijan.json', 'utf8')).toBe(before)
    }
  })
})
