import type {Language} from '../lang/index.js'
import type {Glossary, GlossaryEntry} from './load.js'
import {GlossaryMatcher} from './matcher.js'

export {loadGlossary, parseGlossary, type Glossary, type GlossaryEntry, type GlossaryProblem} from './load.js'
export {GlossaryMatcher, type Match} from './matcher.js'

export interface CompiledGlossary {
  entities: GlossaryMatcher
  terms: GlossaryMatcher
  /** The rows of each id, in file order. */
  byId: Map<string, GlossaryEntry[]>
}

const compiled = new WeakMap<Glossary, Map<string, CompiledGlossary>>()

/** The glossary's matchers for one language, built once. */
export function compileGlossary(glossary: Glossary, lang: Language): CompiledGlossary {
  let byLanguage = compiled.get(glossary)
  if (!byLanguage) compiled.set(glossary, (byLanguage = new Map()))
  let result = byLanguage.get(lang.code)
  if (!result) {
    const byId = new Map<string, GlossaryEntry[]>()
    for (const entry of glossary.entries) byId.set(entry.id, [...(byId.get(entry.id) ?? []), entry])
    result = {
      entities: new GlossaryMatcher(glossary.entries.filter((entry) => entry.type !== null), lang),
      terms: new GlossaryMatcher(glossary.entries.filter((entry) => entry.type === null), lang),
      byId
    }
    byLanguage.set(lang.code, result)
  }
  return result
}
