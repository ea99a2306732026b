import {languageFor} from '../lang/index.js'
import {EXIT} from '../errors.js'
import {toDocument} from '../emit/index.js'
import {GLOSSARY_LANGUAGES, loadGlossary} from '../glossary/index.js'
import {coverage} from '../glossary/coverage.js'
import {toTbx} from '../emit/tbx.js'
import {findInputs, readInput} from '../io/read-input.js'
import {writeAtomic} from '../io/write-output.js'
import {processText} from '../processor.js'
import {glossaryFor} from './generate.js'

/** `hesabat glossary check`: every problem as `file:line: message`; exit 1 when there are any. */
export async function glossaryCheck(folder: string, log: (line: string) => void): Promise<number> {
  const glossary = await loadGlossary(folder, {required: true})
  for (const problem of glossary.problems) log(`${problem.file}:${problem.line}: ${problem.message}`)
  const concepts = new Set(glossary.entries.map((entry) => entry.id)).size
  const entities = new Set(glossary.entries.filter((entry) => entry.type).map((entry) => entry.id)).size
  log(
    `glossary: ${glossary.files.length} files, ${glossary.entries.length} rows, ${concepts} concepts (${concepts - entities} terms, ${entities} entities), ` +
      `${glossary.problems.length === 0 ? 'no problems' : `${glossary.problems.length} problems`}`
  )
  return glossary.problems.length === 0 ? EXIT.ok : EXIT.stale
}

/** `hesabat glossary export --tbx [--out file]`: TBX-Basic to a file or standard output. */
export async function glossaryExport(folder: string, out: string | undefined, write: (text: string) => void): Promise<number> {
  const glossary = await glossaryFor({glossary: folder, glossaryRequired: true})
  const tbx = toTbx(glossary)
  if (out) await writeAtomic(out, tbx)
  else write(tbx.trimEnd())
  return EXIT.ok
}

/** `hesabat glossary coverage [inputs…]`: what the inputs say often that the glossary does not cover. */
export async function glossaryCoverage(
  options: {inputs: string[]; glossary: string; top: number},
  write: (text: string) => void,
  note?: (line: string) => void
): Promise<number> {
  const glossary = await glossaryFor({glossary: options.glossary, glossaryRequired: true})
  const documents = []
  // The glossary's rows are in its source language: inputs in another language (an English edition) say nothing
  // about what it lacks.
  const language = GLOSSARY_LANGUAGES.source
  const skipped: string[] = []
  for (const input of (await findInputs(options.inputs)).files) {
    const {source, text, markup} = await readInput(input)
    if (source.language !== language) {
      skipped.push(source.path)
      continue
    }
    const {tree, file} = processText(text, source, glossary, {removed: markup})
    documents.push(toDocument(tree, file))
  }
  if (skipped.length > 0) note?.(`hesabat: coverage reads the glossary's source language (${language}); skipped ${skipped.join(', ')}`)
  const rows = coverage(documents, languageFor(language)!, {top: options.top})
  // With several inputs, an example names its file.
  const example = (row: (typeof rows)[number]) => (documents.length > 1 ? `${row.file}: ${row.example}` : row.example)
  write(['rank\tcount\ttf-idf\tn-gram\tglossary form\texample', ...rows.map((row, index) => `${index + 1}\t${row.count}\t${row.tfidf}\t${row.text}\t${row.key}\t${example(row)}`)].join('\n'))
  return EXIT.ok
}
