import {createHash} from 'node:crypto'
import {readFile, readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {UserError} from '../errors.js'
import {knownLanguages} from '../lang/index.js'
import type {Removal, SourceInfo} from '../tree.js'
import {maskMarkdown} from './markdown-input.js'

export interface Input {
  source: SourceInfo
  /** Output file name stem: `2022-azerbaijan.az.txt` → `2022-azerbaijan`. */
  stem: string
  /** The text the pipeline reads: the file's text, or a Markdown file's with its syntax blanked (same offsets). */
  text: string
  /** The Markdown syntax blanked, with its places (none for a text file). */
  markup: Removal[]
}

/** `<year>-<country>.<lang>.txt` (or `.md`); the year and the language tag are optional. */
const NAME = /^(?:(?<year>\d{4})-)?(?<rest>.+?)(?:\.(?<lang>[a-zA-Z]{2}))?\.(?<extension>txt|md)$/iu

/** The parts of an input's name, read in this one place: its year, the rest of its stem, its language tag (lower case, null when it has none) and extension. */
export function nameParts(file: string): {year: number | null; stem: string; tag: string | null; extension: string} | undefined {
  const groups = NAME.exec(path.basename(file))?.groups
  if (!groups) return undefined
  return {year: groups.year ? Number(groups.year) : null, stem: `${groups.year ? `${groups.year}-` : ''}${groups.rest}`, tag: groups.lang?.toLowerCase() ?? null, extension: groups.extension!}
}

/** The same input's name in another language, beside it (`x.az.txt` → `x.en.txt`); undefined for a name with no language tag. */
export function partnerPath(file: string, tag: string): string | undefined {
  const parts = nameParts(file)
  if (!parts?.tag) return undefined
  return path.join(path.dirname(file), `${parts.stem}.${tag}.${parts.extension}`)
}
/** Inputs hesabat reads: text exports and Markdown exports. */
export const INPUT_FILE = /\.(?:txt|md)$/iu

/**
 * Posix path relative to the working directory (`../editions/x.az.txt` for a file outside it), so outputs
 * never depend on where the repository or the user's home lies; absolute only on another drive.
 */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file))
  return (path.isAbsolute(relative) ? path.resolve(file) : relative).split(path.sep).join('/')
}

/** Text from bytes: UTF-8 (BOM optional) or UTF-16 with a BOM; anything else is refused with a reason. */
export function decode(bytes: Uint8Array, name: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    throw new UserError(`${name}: binary data (a NUL byte at byte ${nul}), not text; export the document as plain text (UTF-8) first`)
  }
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    throw new UserError(`${name}: not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); save the file as UTF-8`)
  }
}

/** Byte offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    if (length === 0) return i
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i
    }
    i += length
  }
  return i
}

/** What the file name says: display path, output stem, language, edition year. No I/O. */
export function describeInput(file: string): {path: string; stem: string; language: string; year: number | null} {
  const name = displayPath(file)
  const parts = nameParts(file)
  const language = parts?.tag ?? 'az'
  if (!knownLanguages().includes(language)) {
    throw new UserError(`${name}: no language data for “${language}” (known: ${knownLanguages().join(', ')}); name the file <year>-<country>.<lang>.txt`)
  }
  return {path: name, stem: parts?.stem ?? path.basename(file), language, year: parts?.year ?? null}
}

/** The raw bytes of an input, with a one-line reason when they cannot be read. */
export async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : String(code ?? error)
    throw new UserError(`${displayPath(file)}: cannot read (${why})`)
  }
}

/** An input decoded and described, from its bytes. */
export function inputFrom(file: string, bytes: Uint8Array): Input {
  const {path: name, stem, language, year} = describeInput(file)
  const decoded = decode(bytes, name)
  if (decoded.trim() === '') throw new UserError(`${name}: the file is empty; nothing to process`)
  const markdown = /\.md$/iu.test(file)
  const {text, removed: markup} = markdown ? maskMarkdown(decoded, name) : {text: decoded, removed: []}
  return {source: {path: name, sha256: createHash('sha256').update(bytes).digest('hex'), language, year}, stem, text, markup}
}

export async function readInput(file: string): Promise<Input> {
  return inputFrom(file, await readBytes(file))
}

/** What the arguments name: the inputs, the paths that do not exist, and the files of folders that are no input. */
export interface Found {
  files: string[]
  missing: string[]
  /** Files inside the folders given that hesabat does not read (`.pdf`, `.docx`), relative display paths. */
  skipped: string[]
}

/**
 * The `.txt` and `.md` files named by the arguments (folders are searched recursively; extensions in any
 * case), sorted, no duplicates. A missing path is one more input that cannot be used, not the end of the
 * batch; only arguments that name nothing usable at all are an error.
 */
export async function findInputs(args: readonly string[]): Promise<Found> {
  const found = new Set<string>()
  const missing: string[] = []
  const skipped: string[] = []
  for (const arg of args) {
    let info
    try {
      info = await stat(arg)
    } catch {
      missing.push(arg)
      continue
    }
    if (info.isDirectory()) {
      const entries = await readdir(arg, {recursive: true, withFileTypes: true})
      for (const entry of entries) {
        if (!entry.isFile()) continue
        const file = path.join(entry.parentPath, entry.name)
        // Hidden files (editor swap files, .DS_Store) are nobody's input.
        if (INPUT_FILE.test(entry.name)) found.add(file)
        else if (!entry.name.startsWith('.')) skipped.push(displayPath(file))
      }
    } else {
      found.add(arg)
    }
  }
  if (found.size === 0 && missing.length === 0) throw new UserError(`${args.join(', ')}: no .txt or .md inputs found`)
  return {files: [...found].sort(), missing, skipped: skipped.sort()}
}
