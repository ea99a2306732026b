import {francAll} from 'franc'
import type {Plugin} from 'unified'
import {report} from '../../diagnostics.js'
import detection from '../../lang/detection.json' with {type: 'json'}
import type {Root} from '../../tree.js'

/** Enough text for franc to tell languages apart; a longer sample only costs time. */
const SAMPLE = 3_000
const MIN_LENGTH = 200

/** The languages a report's file may be in (lang/detection.json): franc's codes and their names. */
const names: Record<string, string> = detection.candidates
const CANDIDATES = Object.keys(names)

/** How many letters a text has. */
const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').length

/**
 * language: checks with franc that the text is in the language its file name says (`.az.txt`). A
 * mismatch is a warning, or an error with `strict` (the CLI's --strict). Texts too short to judge pass.
 */
export const language: Plugin<[], Root> = function () {
  return (_tree, file) => {
    const lang = file.data.lang!
    const text = file.data.clean!.text
    const sample = text.slice(0, SAMPLE)
    if (letters(sample) < MIN_LENGTH) return
    const [best] = francAll(sample, {minLength: MIN_LENGTH, only: [...new Set([...lang.francCodes, ...CANDIDATES])]})
    if (!best || best[0] === 'und' || lang.francCodes.includes(best[0])) return
    const found = names[best[0]] ?? best[0]
    report(file, {
      rule: 'language-mismatch',
      severity: file.data.strict ? 'error' : 'warning',
      message: {key: 'diagnostics.languageMismatch', values: {found, code: best[0], language: lang.name}},
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
    })
  }
}
