import {existsSync} from 'node:fs'
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {PAIR_SOURCE} from '../align/bead.js'
import type {FileResult, FileTask} from '../batch/process-file.js'
import {defaultJobs, runBatch} from '../batch/run-batch.js'
import {formats} from '../emit/index.js'
import {EXIT, UserError} from '../errors.js'
import {type Glossary, loadGlossary} from '../glossary/index.js'
import {describeInput, findInputs, nameParts, partnerPath} from '../io/read-input.js'
import {readReview} from '../review/file.js'
import {translator, type UiLang} from '../i18n/index.js'

export interface GenerateOptions {
  inputs: string[]
  out: string
  /** Output formats; undefined: the defaults (DEFAULT_FORMATS, and PAIR_FORMATS for an input with an English edition). */
  formats?: string[]
  /** Glossary folder; the default `glossary` may be missing (no entities and terms then). */
  glossary: string
  glossaryRequired?: boolean
  /** A doubtful input (wrong language) is an error. */
  strict?: boolean
  /** A pair: the language of the original, whose translation the other edition is (default `en`). */
  sourceLang?: string
  /** Correct what OCR damaged (default), or only flag it. */
  correct?: boolean
  /** Worker threads (default: see `jobsFor`). */
  jobs?: number
  /** Seconds an input may take before it is stopped and reported (see runBatch's default). */
  timeLimit?: number
  /** Reuse results of unchanged inputs from this folder; null: no cache. */
  cache?: string | null
  /** Ignore cached results (and refresh them). */
  force?: boolean
  /** Write the outputs in the thread that makes them (run), or hand them back (check). */
  write?: boolean
  /** Told once per run what was passed over (files in the folders that are no input). */
  notice?: (line: string) => void
  /** Language of the outputs' labels and messages (default English, so output/ does not depend on the locale). */
  outputLang?: UiLang
  /** Language of what the CLI prints (default: from LC_ALL / LANG). */
  uiLang?: UiLang
  /** Compare the editions of a chapter that the inputs have of two years or more (default: yes; compare/editions.ts). */
  compare?: boolean
  /** Where the reviewers' decisions are kept (review/<stem>.review.json; default `review`). */
  review?: string
}

/** What `run` writes when no --format is given. */
export const DEFAULT_FORMATS = ['json', 'md', 'csv', 'html']

/** `--source-lang`: one of the languages a pair has (the original; the other edition is its translation). */
export function parseSourceLang(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const code = value.trim().toLowerCase()
  if (code !== 'en' && code !== 'az') throw new UserError(`--source-lang: expected en or az (the language of a pair's original), got “${value}”`, EXIT.usage)
  return code
}

/** What a pair also gets by default: the translation memory and the review file. */
export const PAIR_FORMATS = ['tmx', 'xlf']

export function parseFormats(value: string): string[] {
  const list = value.split(',').map((item) => item.trim().toLowerCase()).filter(Boolean)
  const unknown = list.filter((item) => !(item in formats))
  if (unknown.length > 0 || list.length === 0) {
    throw new UserError(`--format: unknown format “${unknown.join(', ') || value}” (known: ${Object.keys(formats).join(', ')})`, EXIT.usage)
  }
  return [...new Set(list)]
}

/** `--jobs`; undefined when not given (see `jobsFor`). */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const jobs = Number(value)
  if (!Number.isInteger(jobs) || jobs < 1) throw new UserError(`--jobs: expected a whole number ≥ 1, got “${value}”`, EXIT.usage)
  return jobs
}

/** `--time-limit` in seconds; undefined when not given (the batch's default then applies). */
export function parseTimeLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const seconds = Number(value)
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UserError(`--time-limit: expected a number of seconds > 0, got “${value}”`, EXIT.usage)
  return seconds
}

/**
 * Input size from which the default is one worker per core. Each worker starts and warms up on its own (its
 * own copy of the code, word lists and glossary, optimised afresh), and two threads on this kind of machine
 * each do the work at about ¾ of one thread's speed. Measured on noisy chapters (2 cores): two workers lose at
 * 1 MB (4.5–4.95 s against 3.0–3.24) and 4 MB (8.3–10.0 s against 6.8–7.9), break even at 5 MB (8.9 against
 * 9.1 s) and win at 8 MB (11.0–11.9 against 12.8–14.3 s); `npm run bench` prints 1, 4 and 16 MB.
 */
export const PARALLEL_FROM_BYTES = 6_000_000

/** The default number of workers for these tasks: the cores for a large batch, else one. */
export async function jobsFor(tasks: readonly FileTask[]): Promise<number> {
  if (tasks.length < 2) return 1
  let bytes = 0
  for (const task of tasks) {
    bytes += (await stat(task.file).catch(() => undefined))?.size ?? 0
    if (bytes >= PARALLEL_FROM_BYTES) return defaultJobs()
  }
  return 1
}

/** "1 file", "2 files" ("1 fayl", "2 fayl"): a count with its noun, from the `count` keys of the UI language. */
export const count = (n: number, noun: string, lang: UiLang = 'en') => translator(lang)(`count.${noun}`, {count: n})

/** The output folder must be a folder (or not exist yet): a file there is a user mistake, found before any work. */
async function checkOut(out: string): Promise<void> {
  const info = await stat(out).catch(() => undefined)
  if (info && !info.isDirectory()) throw new UserError(`--out ${out}: is a file, not a folder; name a folder for the outputs`, EXIT.output)
}

/** Loads the glossary and refuses to go on, before any output is written, when it has problems. */
export async function glossaryFor(options: Pick<GenerateOptions, 'glossary' | 'glossaryRequired'>): Promise<Glossary> {
  const glossary = await loadGlossary(options.glossary, {required: options.glossaryRequired ?? false})
  if (glossary.problems.length > 0) {
    const lines = glossary.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`)
    throw new UserError(`the glossary has ${glossary.problems.length} problem(s); fix them and run again (hesabat glossary check):\n${lines.join('\n')}`)
  }
  return glossary
}

/** The language tag of an input's name (`x.az.txt` → az), or az when it has none. */
const tagOf = (file: string) => nameParts(file)?.tag ?? 'az'

/**
 * Pairs each Azerbaijani input with its English edition: `<stem>.az.txt` and `<stem>.en.txt` in the same
 * folder are one pair, whether both were named or found, or only one was named and the other lies beside it.
 * An English file without an Azerbaijani partner stays an input of its own.
 */
export function pairUp(files: readonly string[], exists: (file: string) => boolean = existsSync): Array<{file: string; english?: string}> {
  const named = new Set(files.map((file) => path.resolve(file)))
  const result: Array<{file: string; english?: string}> = []
  const used = new Set<string>()
  for (const file of files) {
    const tag = tagOf(file)
    if (tag === 'en') {
      const source = partnerPath(file, 'az')!
      // Named with its Azerbaijani partner: that one brings it. Found beside it: the pair is made here.
      if (named.has(path.resolve(source))) continue
      if (exists(source)) {
        if (!used.has(path.resolve(source))) result.push({file: source, english: file})
        used.add(path.resolve(source))
        continue
      }
      result.push({file})
      continue
    }
    if (used.has(path.resolve(file))) continue
    // Only a file tagged az has an English partner by name (an untagged one is Azerbaijani by default).
    const english = tag === 'az' ? partnerPath(file, 'en') : undefined
    result.push(english && (named.has(path.resolve(english)) || exists(english)) ? {file, english} : {file})
    used.add(path.resolve(file))
  }
  return result
}

/**
 * Runs the pipeline over every input and renders every requested format, in memory, in input order
 * whatever the number of workers. A file that cannot be used comes back with `error` and the others go
 * on; problems with the glossary or the arguments stop everything before any file is read.
 */
export async function* generate(options: GenerateOptions): AsyncGenerator<FileResult> {
  const glossary = await glossaryFor(options)
  await checkOut(options.out)
  const found = await findInputs(options.inputs)
  if (found.skipped.length > 0) {
    const shown = found.skipped.slice(0, 5).join(', ') + (found.skipped.length > 5 ? `, … (${found.skipped.length - 5} more)` : '')
    options.notice?.(translator(options.uiLang ?? 'en')('cli.skipped', {count: found.skipped.length, files: shown}))
  }
  const files = pairUp(found.files)
  const inputs = new Set(files.flatMap(({file, english}) => [path.resolve(file), ...(english ? [path.resolve(english)] : [])]))
  const stems = new Map<string, string>()
  const tasks: FileTask[] = []
  const refused = new Map<string, string>()
  for (const {file, english} of files) {
    try {
      const {path: name, stem} = describeInput(file)
      const clash = stems.get(stem)
      if (clash) throw new UserError(`${name}: writes the same outputs (${stem}.*) as ${clash}; rename one of them`)
      stems.set(stem, name)
      // Output names come from the input's base name, so they stay inside --out; never over an input.
      const chosen = options.formats ?? [...DEFAULT_FORMATS, ...(english ? PAIR_FORMATS : [])]
      for (const format of chosen) {
        const target = path.join(options.out, stem + formats[format]!.extension)
        if (inputs.has(path.resolve(target))) throw new UserError(`${target}: is an input; choose another --out`)
      }
      tasks.push({
        file,
        ...(english ? {english} : {}),
        out: options.out,
        formats: chosen,
        uiLang: options.outputLang ?? 'en',
        strict: options.strict ?? false,
        ...(english ? {sourceLang: options.sourceLang ?? PAIR_SOURCE} : {}),
        ...(options.correct === false ? {correct: false} : {}),
        glossary: glossary.files.length > 0 ? {folder: options.glossary, sha256: glossary.sha256} : null,
        write: options.write ?? false,
        cache: options.cache ? {folder: options.cache, glossarySha: glossary.sha256, read: !options.force} : null
      })
    } catch (error) {
      if (!(error instanceof UserError)) throw error
      refused.set(file, error.message)
    }
  }
  // The reviewers' decisions, each file checked before anything is processed: a broken one stops the run.
  for (const task of tasks) {
    const review = await readReview(options.review ?? 'review', describeInput(task.file).stem)
    if (review.decisions.length + review.beads.length > 0) task.review = review
  }
  for (const file of found.missing) refused.set(file, `${file}: no such file or folder`)
  for (const [file, message] of refused) yield {input: file, outputs: [], messages: [], sentences: 0, bytes: 0, error: message}
  yield* runBatch(tasks, {jobs: options.jobs ?? (await jobsFor(tasks)), ...(options.timeLimit === undefined ? {} : {timeLimit: options.timeLimit})})
}
