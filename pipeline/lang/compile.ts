import {lower, upper} from '../text/casing.js'
import {lookalikePattern} from '../text/lookalikes.js'
import type {Abbreviations, CompiledAbbreviations, CompiledAlternation, Inflection, Language, LanguagePatterns, Morphology, SectionSpec, TierValue} from './types.js'

/** The JSON files every language folder has (lang/<code>/*.json), as they are read. */
export interface LanguageFiles {
  lookalikes: {map: Record<string, string>}
  furniture: Language['furniture']
  title: {tierWords: string[]; tierValues: TierValue[]; specialCase: string[]}
  names: {qualifiers: string[][]}
  countries: Record<string, string>
  sections: {sections: SectionSpec[]}
  abbreviations: Abbreviations
  stopwords: readonly string[]
  morphology: Language['morphology']
  slips: Language['slips']
  ocr: {confusions: string[][]; specks: string[]; twins: Record<string, string>; stopAfter: string}
}

/**
 * The data part of a language, compiled once: what its JSON files say, with what is derived from them made
 * here (tier words lower-cased in the language's casing, comments left out) so no stage builds it again.
 */
export function compileLanguageData(files: LanguageFiles, locale: string) {
  return {
    lookalikes: files.lookalikes.map,
    furniture: files.furniture,
    title: {...files.title, tierKeys: new Set(files.title.tierWords.map((word) => lower(word, locale)))},
    nameQualifiers: files.names.qualifiers,
    countries: Object.fromEntries(Object.entries(files.countries).filter(([key]) => key !== '$comment')),
    sections: files.sections.sections,
    morphology: files.morphology,
    inflection: compileInflection(files.morphology),
    patterns: compilePatterns(files, locale),
    slips: files.slips,
    ocr: {confusions: files.ocr.confusions.map(([read, written]) => [read!, written!] as [string, string]), specks: files.ocr.specks, twins: files.ocr.twins, stopAfter: files.ocr.stopAfter ? new RegExp(files.ocr.stopAfter, 'u') : null}
  } satisfies Partial<Language>
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A pattern for `text` in any casing of the language (Turkic casing: [iİ], [ıI]). */
function caseless(text: string, locale: string): string {
  let pattern = ''
  for (const char of text) {
    const small = lower(char, locale)
    const capital = upper(char, locale)
    pattern += small === capital || small.length !== 1 || capital.length !== 1 ? escape(char) : `[${small}${capital}]`
  }
  return pattern
}

/** The regular expressions and sorted lists the stages read the language data through, built once here. */
function compilePatterns(files: LanguageFiles, locale: string): LanguagePatterns {
  const byLength = (a: string, b: string) => b.length - a.length
  const sections = files.sections.sections
  // Headings as anchored patterns, longest first; COUNTRY stands for any upper-case name.
  const headings = sections
    .flatMap((spec) => spec.headings.map((heading) => ({spec, heading})))
    .sort((a, b) => b.heading.length - a.heading.length)
    .map(({spec, heading}) => {
      const body = heading
        .split(' ')
        .map((word) => (word === 'COUNTRY' ? "\\p{Lu}[\\p{Lu}'’ -]*?" : escape(word)))
        .join('\\s+')
      return {spec, pattern: new RegExp(`^${body}\\s*:?(?=\\s|$)`, 'u')}
    })
  // The title: COUNTRY (Tier N) | COUNTRY: Tier N [Watch List] | COUNTRY (Special Case), in any casing (a web
  // page writes "Azerbaijan (Tier 2)"); the tier's words are matched without case, in the language's casing.
  const phrase = (text: string) => caseless(text, locale).replace(/ /g, '\\s+')
  const {tierWords, tierValues, specialCase} = files.title
  const values = tierValues.map((value) => value.text).sort(byLength).map(phrase).join('|')
  const tier = `(?:(?:${tierWords.map(phrase).join('|')})\\s+(?<tier>${values})|(?<special>${specialCase.map(phrase).join('|')}))`
  const title = new RegExp(`^(?<country>\\p{Lu}[\\p{L}'’ .-]*?\\p{L})\\s*(?<open>\\(|[:–—-])\\s*${tier}\\s*(?<close>\\)?)(?=\\s|$)`, 'u')
  return {
    headings,
    formulas: new Map(sections.map((spec) => [spec, spec.formulas.map((source) => new RegExp(source, 'u'))])),
    title,
    lookalike: lookalikePattern(files.lookalikes.map),
    abbreviations: compileAbbreviations(files.abbreviations, files.stopwords, locale)
  }
}

/** The abbreviations with their class, longest first, and the words that open a sentence after one. */
function compileAbbreviations(data: Abbreviations, stopwords: readonly string[], locale: string): CompiledAbbreviations {
  const kinds = ['never', 'beforeNumber', 'endsBeforeStarter', 'endsBeforeCapital'] as const
  const list = kinds.flatMap((kind) => data[kind].map((item) => [lower(item, locale), kind] as const)).sort((a, b) => b[0].length - a[0].length)
  return {list, starters: new Set([...data.starters, ...stopwords].map((word) => lower(word, locale))), letterWords: new Set(data.letterWords), itemLetters: data.itemLetters}
}

/** Stem-final alternations with their condition on the suffix compiled. */
const compileAlternations = (alternations: Morphology['alternations']): CompiledAlternation[] =>
  alternations.map(({surface, stem, before}) => ({surface, stem, before: before ? new RegExp(before, 'u') : null}))

/**
 * What the matchers and the verbs stage derive from the morphology, in one place: every chain the slots allow
 * (one optional form per slot, in order, '' included; built on first use, since a language that is never read
 * needs none), the lengths that bound a search, the alternations, compound and verb patterns compiled, and the
 * words written alike as noun and verb as sets.
 */
function compileInflection(morphology: Morphology): Inflection {
  let chains: Set<string> | undefined
  let longest: number | undefined
  const build = () => {
    // Arrays while building and one Set at the end: a Set per slot made this a sixth of a thread's start-up.
    let current = ['']
    for (const slot of morphology.slots) {
      const next = current.slice()
      for (const head of current) for (const form of slot) next.push(head + form)
      current = next
    }
    return new Set(current)
  }
  return {
    get chains() {
      return (chains ??= build())
    },
    get longestChain() {
      if (longest === undefined) {
        longest = 0
        for (const chain of this.chains) longest = Math.max(longest, chain.length)
      }
      return longest
    },
    vowelClass: new Map((morphology.harmony ?? []).flatMap((vowels, index) => [...vowels].map((vowel) => [vowel, index] as const))),
    longestAlternation: Math.max(0, ...morphology.alternations.map((alternation) => alternation.stem.length)),
    alternations: compileAlternations(morphology.alternations),
    compound: morphology.compound ? {possessive: new RegExp(morphology.compound.possessive, 'u'), pluralBefore: new RegExp(morphology.compound.pluralBefore, 'u')} : null,
    verb: morphology.verb
      ? {
          infinitive: new RegExp(`(?:${morphology.verb.infinitives.map(escape).join('|')})$`, 'u'),
          infinitives: morphology.verb.infinitives,
          chain: new RegExp(morphology.verb.chain, 'u'),
          alternations: compileAlternations(morphology.verb.alternations),
          passiveStems: morphology.verb.passiveStems,
          passive: new RegExp(morphology.verb.passive, 'u'),
          negated: new RegExp(morphology.verb.negated, 'u'),
          forms: morphology.verb.forms.map(([kind, pattern]) => [kind!, new RegExp(pattern!, 'u')] as const)
        }
      : null,
    verbOrNoun: morphology.verbOrNoun
      ? {
          words: new Set(morphology.verbOrNoun.words),
          plainEndings: new Set(morphology.verbOrNoun.plainEndings),
          verbBefore: new Set(morphology.verbOrNoun.verbBefore),
          objectAfter: new Set(morphology.verbOrNoun.objectAfter)
        }
      : null
  }
}
