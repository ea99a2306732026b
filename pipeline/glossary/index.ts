import type {Language} from '../lang/index.js'
import {GLOSSARY_LANGUAGES, type Glossary, type GlossaryEntry} from './load.js'
import {GlossaryMatcher, LAYER} from './matcher.js'
import {tokenize} from '../text/tokens.js'
import {ConceptRelations} from './relations.js'

export {GLOSSARY_LANGUAGES, loadGlossary, parseGlossary, type Glossary, type GlossaryEntry, type GlossaryProblem} from './load.js'
export {ALL_LAYERS, type Candidate, GlossaryMatcher, LAYER, type Match} from './matcher.js'
export {ConceptRelations} from './relations.js'

export interface CompiledGlossary {
  /**
   * One matcher for the whole glossary, its rows in layers: entities (rows with a type=), verbs (pos=verb, in
   * every form the language writes them) and terms (the rest).
   */
  matcher: GlossaryMatcher
  /** The rows of each id, in file order. */
  byId: Map<string, GlossaryEntry[]>
  /**
   * For the glossary's target language: each concept's wordings (its English and accepted variants) as the
   * stems of their content words, so a concept worded as another part of speech ("training" → "trained")
   * is still found. Empty for the source language.
   */
  wordings: Map<string, string[][]>
  /** Each concept's other senses (senseEn) as stems, the same way: they account for the word, nothing more. */
  senses: Map<string, string[][]>
  /** How concepts relate through their English (relations.ts); empty for the source language. */
  relations: ConceptRelations
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

/** Each concept's wordings in the target language (`of` a row) as the stems of their words, function words left out. */
function stemmedWordings(byId: ReadonlyMap<string, readonly GlossaryEntry[]>, lang: Language, of: (entry: GlossaryEntry) => string[]): Map<string, string[][]> {
  const stem = lang.stem ?? ((word: string) => word)
  const stop = new Set(lang.stopwords)
  const wordings = new Map<string, string[][]>()
  for (const [id, entries] of byId) {
    const forms = [...new Set(entries.flatMap(of))]
    if (forms.length > 0) wordings.set(id, forms.map((form) => tokenize(form, lang.locale).filter((token) => token.type === 'word' && !stop.has(token.key)).map((token) => stem(token.key))))
  }
  return wordings
}

/** The layers of a row: an entity has a type, a verb is pos=verb (a row may be both), a term is neither. */
const layersOf = (entry: GlossaryEntry) =>
  (entry.type !== null ? LAYER.entity : 0) | (entry.pos === 'verb' ? LAYER.verb : 0) | (entry.type === null && entry.pos === null ? LAYER.term : 0)

/** The glossary's matchers for one language (source or target of the glossary), built once. */
export function compileGlossary(glossary: Glossary, lang: Language): CompiledGlossary {
  let byLanguage = compiled.get(glossary)
  if (!byLanguage) compiled.set(glossary, (byLanguage = new Map()))
  let result = byLanguage.get(lang.code)
  if (!result) {
    const byId = new Map<string, GlossaryEntry[]>()
    for (const entry of glossary.entries) byId.set(entry.id, [...(byId.get(entry.id) ?? []), entry])
    const target = lang.code === GLOSSARY_LANGUAGES.target
    const entries = target ? reversedEntries(glossary.entries) : glossary.entries
    const wordings = target ? stemmedWordings(byId, lang, (entry) => [entry.target, ...entry.alsoEn]) : new Map<string, string[][]>()
    result = {
      matcher: new GlossaryMatcher(entries, lang, {layersOf}),
      byId,
      wordings,
      senses: target ? stemmedWordings(byId, lang, (entry) => entry.senseEn) : new Map(),
      relations: new ConceptRelations(wordings, lang.stemRoot)
    }
    byLanguage.set(lang.code, result)
  }
  return result
}
