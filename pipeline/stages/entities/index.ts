import type {Plugin} from 'unified'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {report} from '../../diagnostics.js'
import {compileGlossary, type GlossaryEntry, GlossaryMatcher, LAYER, type Match} from '../../glossary/index.js'
import type {Language} from '../../lang/index.js'
import {cleanOffsets, offsetsPosition} from '../../text/positions.js'
import {overlapping} from '../../text/spans.js'
import type {Token} from '../../text/tokens.js'
import type {EntityItem, NumberItem, Root, Sentence, Title} from '../../tree.js'
import {lookupOf, tokensOf} from '../../layers.js'

/** Letters only, case-folded: two spellings that differ in quotes or case are one spelling. */
const spelling = (text: string, locale: string) => text.toLocaleLowerCase(locale).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/**
 * A name the document defines in brackets after a known entity, "Daxili İşlər Nazirliyinin (DİN)" or
 * "… Yardım Mərkəzləri (Mərkəzlər)", names that entity from there on; a plural short name also stands for
 * its singular (Mərkəz).
 */
function definedNames(tokens: readonly Token[], matches: readonly Match[], lang: Language): GlossaryEntry[] {
  const names: GlossaryEntry[] = []
  for (const match of matches) {
    const [open, name, close] = [tokens[match.last + 1], tokens[match.last + 2], tokens[match.last + 3]]
    if (open?.text !== '(' || close?.text !== ')' || !name || !/^\p{Lu}/u.test(name.text)) continue
    if (name.text.length < 2 || name.text.length > 20) continue
    names.push({...match.entry, source: name.text, abbr: name.text, note: 'defined in the document'})
    const plural = lang.morphology.slots[0]!.find((suffix) => name.key.endsWith(suffix) && name.key.length > suffix.length + 2)
    if (plural) names.push({...match.entry, source: name.text.slice(0, -plural.length), abbr: name.text, note: 'defined in the document'})
  }
  return names
}

const isYear = (value: number) => value >= 1900 && value <= 2100

/** Length of the qualifier (one of the language's) that stands right before token `first`, 0 if none. */
function qualifierBefore(tokens: readonly Token[], first: number, lang: Language): number {
  for (const words of lang.nameQualifiers) {
    const start = first - words.length
    if (start < 0) continue
    const fits = words.every((word, k) => {
      const token = tokens[start + k]!
      return word === '#years' ? token.type === 'number' && (token.parts ?? []).every(isYear) : token.key === word
    })
    if (fits) return words.length
  }
  return 0
}

/**
 * entities: named entities of every sentence and of the title, matched against the glossary's entities in
 * all inflected forms; names the document defines in brackets are linked to their entity. An entity
 * written in two ways in one document gets a consistency warning.
 */
export const entities: Plugin<[], Root> = function () {
  return (tree, file) => {
    const glossary = file.data.glossary
    if (!glossary) return
    const lang = file.data.lang!
    const {matcher} = compileGlossary(glossary, lang)
    const defined: GlossaryEntry[] = []
    let definedMatcher: GlossaryMatcher | undefined
    const mentions: EntityItem[] = []

    const find = (node: Title | Sentence, prefix: string, cleanStart: number, numbers: NumberItem[] = []): EntityItem[] => {
      const text = node.value
      const tokens = tokensOf(node, 'entities')
      // A name inside an amount ("73,350 ABŞ dolları") is part of a currency, not a mention.
      const inMoney = overlapping(tokens, numbers.filter((item) => item.kind === 'money'))
      const matches = matcher.select(tokens, lookupOf(node, 'entities'), LAYER.entity, inMoney)
      const addDefined = () => {
        if (!definedMatcher) return
        const taken = inMoney.slice()
        for (const match of matches) taken.fill(1, match.first, match.last + 1)
        matches.push(...definedMatcher.match(tokens, taken))
        matches.sort((a, b) => a.start - b.start)
      }
      addDefined()
      const names = definedNames(tokens, matches, lang).filter((name) => !defined.some((known) => known.source === name.source))
      if (names.length > 0) {
        defined.push(...names)
        definedMatcher = new GlossaryMatcher(defined, lang, {caseSensitive: true})
        // The definition itself is a mention, and the sentence may use the name again.
        addDefined()
      }
      // A plan or a decree is one mention with the years that make it one document (2020-2024-cü illər üçün
      // Milli Fəaliyyət Planı).
      for (const match of matches) {
        if (match.entry.type !== 'LAW') continue
        const before = qualifierBefore(tokens, match.first, lang)
        if (before === 0) continue
        match.first -= before
        match.start = tokens[match.first]!.start
      }
      return matches.map((match, index) => {
        const entry = match.entry
        const item: EntityItem = {
          id: entry.id,
          ref: `${prefix}.e${index + 1}`,
          text: text.slice(match.start, match.end),
          start: match.start,
          end: match.end,
          type: entry.type!,
          en: entry.target,
          acronymEn: entry.abbrEn,
          lemma: entry.source,
          fuzzy: match.fuzzy,
          raw: cleanOffsets(file, cleanStart + match.start, cleanStart + match.end)
        }
        mentions.push(item)
        return item
      })
    }

    for (const node of tree.children) {
      if (node.type === 'title') {
        const title = node as Title
        title.data.entities = find(title, 'title', title.data.clean.start)
      }
    }
    visit(tree, 'sentence', (node) => {
      const sentence = node as Sentence
      sentence.data.entities = find(sentence, sentence.data.id, sentence.data.clean.start, sentence.data.numbers)
    })
    checkConsistency(mentions, lang, file)
  }
}

/** One entity, two full spellings in one document (with and without "Baş"): warn at the rarer one. */
function checkConsistency(mentions: readonly EntityItem[], lang: Language, file: VFile): void {
  const byId = new Map<string, Map<string, EntityItem[]>>()
  for (const item of mentions) {
    // Acronyms and names the document defined are meant to differ from the full name.
    if (/^[\p{Lu}\d+-]+$/u.test(item.lemma) || item.lemma.split(' ').length < 2) continue
    const spellings = byId.get(item.id) ?? new Map<string, EntityItem[]>()
    const key = spelling(item.lemma, lang.locale)
    spellings.set(key, [...(spellings.get(key) ?? []), item])
    byId.set(item.id, spellings)
  }
  for (const spellings of byId.values()) {
    if (spellings.size < 2) continue
    const ranked = [...spellings.values()].sort((a, b) => b.length - a.length || a[0]!.lemma.localeCompare(b[0]!.lemma))
    const usual = ranked[0]!
    for (const rare of ranked.slice(1)) {
      const first = rare[0]!
      report(file, {
        rule: 'entity-variants',
        severity: 'warning',
        message: {key: 'diagnostics.entityVariants', values: {name: first.en, rare: first.lemma, rareCount: rare.length, usual: usual[0]!.lemma, usualCount: usual.length}},
        place: offsetsPosition(file, first.raw!),
        text: first.text,
        suggestion: usual[0]!.lemma
      })
    }
  }
}
