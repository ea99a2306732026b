import {createHash} from 'node:crypto'
import {readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {UserError} from '../errors.js'

export const ENTITY_TYPES = ['ORG', 'GPE', 'LOC', 'LAW', 'NORP', 'EVENT'] as const
export type EntityType = (typeof ENTITY_TYPES)[number]

/** The languages of a glossary's columns: the source (column 1) and the target (column 2). */
export const GLOSSARY_LANGUAGES = {source: 'az', target: 'en'} as const

/** One row of a glossary file: a written form of a concept. Rows sharing an id are variants. */
export interface GlossaryEntry {
  id: string
  /** Base form in the source language (GLOSSARY_LANGUAGES.source), as written (column 1); for a glossary read in the other direction, the target-language form. */
  source: string
  /** English (column 2). */
  target: string
  /** Entities have a type; terms do not. */
  type: EntityType | null
  /** `verb` for a verb (column 1 its infinitive or light-verb construction, column 2 the English verb); null for a noun. */
  pos: 'verb' | null
  abbr: string | null
  abbrEn: string | null
  /** Other English wordings the report uses for the concept (alsoEn=, joined by |): accepted by the QA. */
  alsoEn: string[]
  /**
   * Other senses of the source-language word (senseEn=, joined by |: `göstərici` is "indicator" and also
   * "figure"): an English text that says one of these accounts for the word, but they are not the concept's
   * English (never matched as the concept in English, never suggested).
   */
  senseEn: string[]
  /**
   * required=yes: the translation must render the concept (a legal category, a status): its absence is a
   * warning, not an info, in the translation QA.
   */
  required: boolean
  /**
   * field=: the concept's subject field (as TBX's subjectField: `justice`, `penalty`, `exploitation`…). The
   * translation QA reads a substitution only between two concepts of one field (“convicted” rendered as
   * “arrested”); a concept without a field is never taken for another.
   */
  field: string | null
  note: string | null
  file: string
  line: number
}

export interface GlossaryProblem {
  file: string
  line: number
  message: string
}

export interface Glossary {
  entries: GlossaryEntry[]
  problems: GlossaryProblem[]
  /** sha256 over the files' names and bytes, for output provenance and caches. */
  sha256: string
  files: string[]
}

/** File names OmegaT reads as glossaries. */
const GLOSSARY_FILE = /\.(?:utf8|txt|tab)$/u
const KEYS = ['id', 'type', 'pos', 'abbr', 'abbrEn', 'alsoEn', 'senseEn', 'required', 'field', 'note'] as const

/** A value of several items joined by |. */
const listOf = (value: string | undefined): string[] => (value ? value.split('|').map((item) => item.trim()).filter(Boolean) : [])

type Meta = Partial<Record<(typeof KEYS)[number], string>>
type Problem = (message: string) => void

/** Column 3's `key=value; …` metadata, `note=` last (it may hold anything, "; " included); keys given empty apart. */
function readMeta(comment: string, problem: Problem): {meta: Meta; empty: Set<string>} {
  const meta: Meta = {}
  const empty = new Set<string>()
  const noteAt = comment.search(/(?:^|;\s*)note=/u)
  const head = noteAt >= 0 ? comment.slice(0, noteAt) : comment
  if (noteAt >= 0) meta.note = comment.slice(noteAt).replace(/^;?\s*note=/u, '')
  for (const pair of head.split(';').map((item) => item.trim()).filter(Boolean)) {
    const eq = pair.indexOf('=')
    const key = pair.slice(0, eq) as (typeof KEYS)[number]
    if (eq < 0 || !KEYS.includes(key)) {
      problem(`unknown metadata “${pair}” in column 3 (known keys: ${KEYS.join(', ')})`)
      continue
    }
    const value = pair.slice(eq + 1).trim()
    if (key in meta) problem(`${key}= given twice`)
    // An empty value is one problem, not also a bad type or a missing id.
    if (value) meta[key] = value
    else {
      empty.add(key)
      problem(`empty value for ${key}=`)
    }
  }
  return {meta, empty}
}

/** The id's shape, and that the id, type and pos agree; true when the id is well-formed. */
function checkId(meta: Meta, empty: Set<string>, problem: Problem): boolean {
  // The id's prefix is checked only on a well-formed id: one problem per mistake.
  const idOk = meta.id !== undefined && /^[a-z]+\.[a-z0-9]+(?:[-.][a-z0-9]+)*$/u.test(meta.id)
  if (meta.id === undefined && !empty.has('id')) problem('missing id= in column 3')
  else if (meta.id !== undefined && !idOk) problem(`bad id “${meta.id}” (lower-case ASCII, dotted: t.victim, org.mia, v.investigate)`)
  const typeKnown = meta.type === undefined || (ENTITY_TYPES as readonly string[]).includes(meta.type)
  if (!typeKnown) problem(`bad type “${meta.type}” (one of ${ENTITY_TYPES.join(', ')})`)
  if (idOk && meta.type && typeKnown && !meta.id!.startsWith(`${meta.type.toLowerCase()}.`)) {
    problem(`id “${meta.id}” does not match type ${meta.type} (expected ${meta.type.toLowerCase()}.…)`)
  }
  if (meta.pos === 'verb' && idOk && !meta.id!.startsWith('v.')) problem(`id “${meta.id}” of a verb starts with v.`)
  if (idOk && !meta.type && !meta.pos && !meta.id!.startsWith('t.')) problem(`id “${meta.id}” has no type=; a term id starts with t.`)
  return idOk
}

/** The values of pos=, required= and field=, and a verb's infinitive. */
function checkValues(meta: Meta, source: string, problem: Problem): void {
  if (meta.pos !== undefined && meta.pos !== 'verb') problem(`bad pos “${meta.pos}” (pos=verb, or none for a noun)`)
  if (meta.required !== undefined && meta.required !== 'yes') problem(`bad required “${meta.required}” (required=yes, or leave it out)`)
  if (meta.field !== undefined && !/^[a-z]+(?:-[a-z]+)*$/u.test(meta.field)) problem(`bad field “${meta.field}” (lower-case ASCII words joined by hyphens: penalty, justice, exploitation)`)
  if (meta.pos === 'verb' && !/m[aə][qk]$/u.test(source)) problem(`a verb is given by its infinitive (-maq, -mək)`)
}

/** One line of a glossary file: its entry, or nothing (a comment, a blank line, or a line with problems that leave no entry). */
function parseLine(raw: string, file: string, line: number, problem: Problem): GlossaryEntry | undefined {
  if (raw.trim() === '' || raw.startsWith('#')) return undefined
  if (raw !== raw.normalize('NFC')) problem('text is not in NFC (composed) form; save the file normalised')
  const columns = raw.split('\t')
  if (columns.length !== 3) {
    problem(`expected 3 tab-separated columns (source, target, comment), found ${columns.length}`)
    return undefined
  }
  const [source, target, comment] = columns.map((column) => column.trim()) as [string, string, string]
  if (!source) problem('empty source term (column 1)')
  if (!target) problem('empty target term (column 2)')
  const {meta, empty} = readMeta(comment, problem)
  checkId(meta, empty, problem)
  checkValues(meta, source, problem)
  if (!source || !target || !meta.id) return undefined
  return {
    id: meta.id,
    source,
    target,
    type: (meta.type as EntityType | undefined) ?? null,
    pos: meta.pos === 'verb' ? 'verb' : null,
    abbr: meta.abbr ?? null,
    abbrEn: meta.abbrEn ?? null,
    alsoEn: listOf(meta.alsoEn),
    senseEn: listOf(meta.senseEn),
    required: meta.required === 'yes',
    field: meta.field ?? null,
    note: meta.note ?? null,
    file,
    line
  }
}

/** Parses one file; format problems are collected with file:line, never thrown. */
export function parseGlossary(text: string, file: string): {entries: GlossaryEntry[]; problems: GlossaryProblem[]} {
  const entries: GlossaryEntry[] = []
  const problems: GlossaryProblem[] = []
  if (text.startsWith('\uFEFF')) text = text.slice(1)
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = index + 1
    const entry = parseLine(raw, file, line, (message) => problems.push({file, line, message}))
    if (entry) entries.push(entry)
  })
  return {entries, problems}
}

/** Problems across rows and files: duplicates and conflicts. */
export function crossCheck(entries: readonly GlossaryEntry[]): GlossaryProblem[] {
  const problems: GlossaryProblem[] = []
  const bySource = new Map<string, GlossaryEntry>()
  const byId = new Map<string, GlossaryEntry>()
  for (const entry of entries) {
    const key = entry.source.toLocaleLowerCase('az')
    const same = bySource.get(key)
    if (same && same.id === entry.id) {
      problems.push({file: entry.file, line: entry.line, message: `duplicate of ${same.file}:${same.line} (“${entry.source}”, ${entry.id})`})
    } else if (same && entry.source === same.source) {
      problems.push({file: entry.file, line: entry.line, message: `“${entry.source}” is already ${same.id} at ${same.file}:${same.line}; one form, one concept`})
    } else if (!same) bySource.set(key, entry)
    const first = byId.get(entry.id)
    if (!first) byId.set(entry.id, entry)
    else {
      if (first.target !== entry.target) {
        problems.push({file: entry.file, line: entry.line, message: `${entry.id} is “${first.target}” at ${first.file}:${first.line} but “${entry.target}” here; one concept, one English`})
      }
      if (first.field !== entry.field) {
        problems.push({file: entry.file, line: entry.line, message: `${entry.id} has field ${first.field ?? 'none'} at ${first.file}:${first.line} but ${entry.field ?? 'none'} here; one concept, one field`})
      }
      if (first.type !== entry.type) {
        problems.push({file: entry.file, line: entry.line, message: `${entry.id} has type ${first.type ?? 'none'} at ${first.file}:${first.line} but ${entry.type ?? 'none'} here`})
      }
    }
  }
  return problems
}

/**
 * Reads every glossary file of a folder (.utf8, .txt, .tab), sorted by name. A missing folder is an empty
 * glossary unless `required`.
 */
export async function loadGlossary(folder: string, {required = false} = {}): Promise<Glossary> {
  let names: string[]
  try {
    names = (await readdir(folder)).filter((name) => GLOSSARY_FILE.test(name)).sort()
  } catch (error) {
    // Only a folder that is not there is "no glossary"; a file in its place or one that cannot be read is the
    // user's to mend, never a run without entities and terms.
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOTDIR') throw new UserError(`${folder}: is a file, not a glossary folder; give the folder that holds the glossary files`)
    if (code !== 'ENOENT') throw new UserError(`${folder}: the glossary folder cannot be read (${code ?? (error as Error).message}); check its permissions`)
    if (required) throw new UserError(`${folder}: no such glossary folder`)
    return {entries: [], problems: [], sha256: createHash('sha256').digest('hex'), files: []}
  }
  const hash = createHash('sha256')
  const entries: GlossaryEntry[] = []
  const problems: GlossaryProblem[] = []
  const files: string[] = []
  for (const name of names) {
    const file = path.join(folder, name).split(path.sep).join('/')
    const bytes = await readFile(file)
    hash.update(`${name}\0`).update(bytes).update('\0')
    const parsed = parseGlossary(bytes.toString('utf8'), file)
    entries.push(...parsed.entries)
    problems.push(...parsed.problems)
    files.push(file)
  }
  problems.push(...crossCheck(entries))
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
  return {entries, problems, sha256: hash.digest('hex'), files}
}
