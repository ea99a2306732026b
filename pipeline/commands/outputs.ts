import {readFile, readdir, rm} from 'node:fs/promises'
import path from 'node:path'
import {formats} from '../emit/index.js'

/** Long enough to hold each format's signature. */
const HEAD = 2000

/**
 * Was this file written by hesabat? Only such files are reported as left over or pruned: each format has a
 * signature a hand-made file would not have by chance (the JSON's schema version and what follows it, the
 * Markdown's source line, the facts table's header, the TMX's creation tool, the XLIFF's source language and file).
 */
export async function isOurs(file: string): Promise<boolean> {
  let head: string
  try {
    head = (await readFile(file, 'utf8')).slice(0, HEAD)
  } catch {
    return false
  }
  // Schema 3 declares the languages next; 2.x, left by an older run, the source's path.
  if (file.endsWith('.json')) return /^\{\s*(?:"\$schema": "[^"]*",\s*)?"schemaVersion": "\d+\.\d+\.\d+",\s*(?:"languages": \{\s*"source": |"source": \{\s*"path": )/u.test(head)
  if (file.endsWith('.facts.csv')) return head.replace(/^\uFEFF/u, '').startsWith('id,section,sentence,kind,value,counted,currency,year,conversion_of,text,en')
  // The word before the source path is the UI language's ("source", "mənbə").
  if (file.endsWith('.md')) return /^# .+\n\n.*\p{L}+ `[^`]+` · sha256 `[0-9a-f]{12}`/u.test(head)
  if (file.endsWith('.html')) return /^<!doctype html>\n<html lang="[a-z]{2}" data-generator="hesabat"/u.test(head)
  if (file.endsWith('.tmx')) return head.includes('creationtool="hesabat"')
  if (file.endsWith('.xlf')) return /<xliff [^>]*srcLang="[a-z]{2}"[^>]*>\s*<file id="f1" original="|<xliff [^>]*version="1\.2"[^>]*>\s*<file original="[^"]*" source-language="[a-z]{2}"/u.test(head)
  return false
}

/** Outputs of hesabat in `out` that no input of this run makes (`made`: resolved paths). */
export async function leftOver(out: string, made: ReadonlySet<string>, names: readonly string[] = Object.keys(formats)): Promise<string[]> {
  const extensions = names.map((name) => formats[name]!.extension)
  let present: string[] = []
  try {
    present = (await readdir(out)).filter((name) => extensions.some((extension) => name.endsWith(extension)))
  } catch {
    return []
  }
  const result: string[] = []
  for (const name of present.sort()) {
    const target = path.join(out, name)
    if (!made.has(path.resolve(target)) && (await isOurs(target))) result.push(target)
  }
  return result
}

/** Removes the given outputs (which leftOver found to be hesabat's). */
export async function prune(files: readonly string[]): Promise<void> {
  for (const file of files) await rm(file, {force: true})
}
