import type {Match} from '../../glossary/index.js'
import type {Inflection} from '../../lang/types.js'
import type {Token} from '../../text/tokens.js'

/**
 * For a language that writes some verbs and nouns alike (`Inflection.verbOrNoun`, English): whether a glossary
 * verb found in a sentence is used as a verb there.
 * - A form inside a longer glossary term is a word of that compound's name: "forced" in forced labor,
 *   "reporting" in reporting period. (Azerbaijani marks its verbs by their endings and has no such rule: a
 *   participle in a term, rəsmi təsdiqlənmiş qurban, is still a verb form.)
 * - A one-word match of a listed word, in a form that does not show a verb (report, reports), needs a sign of a
 *   verb beside it; without one it names a thing ("the report", "prison sentences").
 */
export function readAsVerb(
  match: Pick<Match, 'first' | 'last' | 'start' | 'end' | 'rest'>,
  tokens: readonly Token[],
  terms: ReadonlyArray<{start: number; end: number}>,
  inflection: Inflection
): boolean {
  const rule = inflection.verbOrNoun
  if (!rule) return true
  if (terms.some((term) => term.start <= match.start && match.end <= term.end && term.end - term.start > match.end - match.start)) return false
  if (match.first !== match.last) return true
  const token = tokens[match.first]!
  const rest = match.rest ?? ''
  if (!rule.plainEndings.has(rest) || !rule.words.has(token.key.slice(0, token.key.length - rest.length))) return true
  // The sentence's start (nothing but punctuation before it: an imperative), or a verb's word just before it.
  let before = match.first - 1
  while (before >= 0 && tokens[before]!.type === 'punct') before--
  if (before < 0 || rule.verbBefore.has(tokens[match.first - 1]!.key)) return true
  // An object just after it: a figure, a determiner or a pronoun.
  const after = tokens[match.last + 1]
  return after !== undefined && (after.type === 'number' || rule.objectAfter.has(after.key))
}
