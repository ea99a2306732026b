import type {Language} from '../lang/index.js'
import {GLOSSARY_LANGUAGES, type Glossary, type GlossaryEntry} from './load.js'
import {GlossaryMatcher} from './matcher.js'
import {tokenize} from '../text/tokens.js'

export {GLOSSARY_LANGUAGES, loadGlossary, parseGlossary, type Glossary, type GlossaryEntry, type GlossaryProblem} from './load.js'
export {GlossaryMatcher, type Match} from './matcher.js'

export interface CompiledGlossary {
  entities: GlossaryMatcher
  terms: GlossaryMatcher
  /** Verbs (pos=verb), in every form the language writes them. */
  verbs: GlossaryMatcher
  /** The rows of each id, in file order. */
  byId: Map<string, GlossaryEntry[]>
  /**
   * For the glossary's target language: each concept's wordings (its English and accepted variants) as the
   * stems of their content words, so a concept worded as another part of speech ("training" → "trained")
   * is still found. Empty for the source language.
   */
  wordings: Map<string, string[][]>
}

const compiled = new WeakMap<Glossary, Map<string, CompiledGlossary>>()

/**
 * The glossary read in the other direction, for a text in the target language: one row per English wording
 * of each concept (its English, the accepted variants, the English acronym), each keeping the concept's id,
 * so a mention carries the same id on both sides.
 */
export function reversedEntries(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  const result: GlossaryEntry[] = []
  const seen = new Set<string>()
  for (const entry of entries) {
    const forms: Array<[string, string | null]> = [[entry.target, null], ...entry.alsoEn.map((form): [string, string | null] => [form, null])]
    if (entry.abbrEn) forms.push([entry.abbrEn, entry.abbrEn])
    for (const [form, abbr] of forms) {
      const key = `${entry.id}\0${form.toLowerCase()}`
      if (seen.has(key)) continue
      seen.add(key)
      result.push({...entry, source: form, abbr, abbrEn: entry.abbrEn, alsoEn: []})
    }
  }
  return result
}

/** Each concept's wordings in the target language as the stems of their words, function words left out. */
function stemmedWordings(byId: ReadonlyMap<string, readonly GlossaryEntry[]>, lang: Language): Map<string, string[][]> {
  const stem = lang.stem ?? ((word: string) => word)
  const stop = new Set(lang.stopwords)
  const wordings = new Map<string, string[][]>()
  for (const [id, entries] of byId) {
    const forms = [...new Set(entries.flatMap((entry) => [entry.target, ...entry.alsoEn]))]
    wordings.set(id, forms.map((form) => tokenize(form, lang.locale).filter((token) => token.type === 'word' && !stop.has(token.key)).map((token) => stem(token.key))))
  }
  return wordings
}

/** The glossary's matchers for one language (source or target of the glossary), built once. */
export function compileGlossary(glossary: Glossary, lang: Language): CompiledGlossary {
  let byLanguage = compiled.get(glossary)
  if (!byLanguage) compiled.set(glossary, (byLanguage = new Map()))
  let result = byLanguage.get(lang.code)
  if (!result) {
    const byId = new Map<string, GlossaryEntry[]>()
    for (const entry of glossary.entries) byId.set(entry.id, [...(byId.get(entry.id) ?? []), entry])
    const entries = lang.code === GLOSSARY_LANGUAGES.target ? reversedEntries(glossary.entries) : glossary.entries
    result = {
      entities: new GlossaryMatcher(entries.filter((entry) => entry.type !== null), lang),
      terms: new GlossaryMatcher(entries.filter((entry) => entry.type === null && entry.pos === null), lang),
      verbs: new GlossaryMatcher(entries.filter((entry) => entry.pos === 'verb'), lang),
      byId,
      wordings: lang.code === GLOSSARY_LANGUAGES.target ? stemmedWordings(byId, lang) : new Map()
    }
    byLanguage.set(lang.code, result)
  }
  return result
}
