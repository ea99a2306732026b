import {DamerauLevenshteinDistance} from 'natural/lib/natural/distance/levenshtein_distance.js'
import type {Language} from '../lang/index.js'
import {isAllUpper} from '../text/casing.js'
import {isSuffixChain} from '../lang/morphology.js'
import {type Token, tokenize} from '../text/tokens.js'
import type {GlossaryEntry} from './load.js'

/**
 * The layers of a glossary, as bits: one matcher holds them all, so each place of a text is looked up once, and
 * each stage picks its own layer from what was found there.
 */
export const LAYER = {entity: 1, term: 2, verb: 4} as const
/** Every layer. */
export const ALL_LAYERS = LAYER.entity | LAYER.term | LAYER.verb

/** How the last word of an entry may be written in the text. */
interface Form {
  entry: GlossaryEntry
  /** The layers the entry belongs to (bits of LAYER). */
  layers: number
  /** Letters of the entry's last word that the text must show as they are (acronyms keep their case). */
  exact: string | null
  /** The suffix after this form must be non-empty and begin so (stem alternations, plural for izafet). */
  restMust: RegExp | null
  /** A verb's stem: what follows it is a verb form (the language's verb chain), not a noun's suffixes. */
  verb?: boolean
  /** Number of tokens of the entry. */
  length: number
}

interface CharNode {
  /** By UTF-16 code (a one-letter string of ə, ı, ş would be a new string per look-up). */
  children: Map<number, CharNode>
  forms: Form[]
}

interface WordNode {
  next: Map<string, WordNode>
  last: CharNode
}

const charNode = (): CharNode => ({children: new Map(), forms: []})
const wordNode = (): WordNode => ({next: new Map(), last: charNode()})

export interface Match {
  entry: GlossaryEntry
  /** Token range [first, last]. */
  first: number
  last: number
  start: number
  end: number
  fuzzy: boolean
  /** What follows the entry's last word in its last token (a case ending, a verb's tense and person). */
  rest?: string
}

/**
 * An entry that can begin at token `first` and end at token `last`, found by `lookup`: the candidates of one
 * text, in order of `first`, then of `last`, then in the order the glossary's forms were found.
 */
export interface Candidate {
  entry: GlossaryEntry
  layers: number
  first: number
  last: number
  /** Where the entry's last word ends in the last token: what follows is its suffix (`Match.rest`). */
  cut: number
}

// The tree's lookup layer holds these candidates (tree.ts imports nothing, so its LookupCandidate is declared here).
declare module '../tree.js' {
  interface LookupCandidate extends Candidate {}
}

const NONE: ReadonlyArray<readonly [Form, number]> = []

/**
 * Finds glossary entries in text, in all their inflected forms. A trie over the entries' words, with a
 * character trie for each last word, so the cost per token does not grow with the glossary: non-final
 * words match whole (case-folded, Turkic casing), the last word matches as a prefix followed by a suffix
 * chain of the language (qurban+ların, QHT-lər, sığınacağ+a, İdarəsi+nə). Acronyms match in capitals only.
 */
export class GlossaryMatcher {
  private readonly root = wordNode()
  private readonly chains: ReadonlySet<string>
  private readonly alternations: Language['inflection']['alternations']
  private readonly compound: Language['inflection']['compound']
  private readonly verb: Language['inflection']['verb']
  /**
   * Single-word forms for fuzzy look-up of OCR-damaged words, indexed by themselves and by every form
   * with one letter deleted (symmetric deletion): a word one edit away shares a key with its form, so a
   * look-up costs a few hash probes whatever the glossary's size.
   */
  private readonly singles = new Map<string, Form[]>()
  private readonly deletions = new Map<string, string[]>()

  private readonly caseSensitive: boolean

  constructor(
    entries: readonly GlossaryEntry[],
    private readonly lang: Language,
    options: {
      /** Match every entry in its own capitals (for names a document defines itself, like "Mərkəzlər"). */
      caseSensitive?: boolean
      /** The layers of an entry (bits of LAYER); every entry is in every layer unless this says otherwise. */
      layersOf?: (entry: GlossaryEntry) => number
    } = {}
  ) {
    this.caseSensitive = options.caseSensitive ?? false
    const layersOf = options.layersOf ?? (() => ALL_LAYERS)
    this.chains = lang.inflection.chains
    this.alternations = lang.inflection.alternations
    this.compound = lang.inflection.compound
    this.verb = lang.inflection.verb
    for (const entry of entries) {
      const layers = layersOf(entry)
      if (layers !== 0) this.add(entry, layers)
    }
  }

  private add(entry: GlossaryEntry, layers: number): void {
    const tokens = tokenize(entry.source, this.lang.locale)
    if (tokens.length === 0) return
    let node = this.root
    for (const token of tokens.slice(0, -1)) {
      let next = node.next.get(token.key)
      if (!next) node.next.set(token.key, (next = wordNode()))
      node = next
    }
    const lastToken = tokens.at(-1)!
    const last = lastToken.key
    const exact = this.caseSensitive || isAllUpper(lastToken.text) ? lastToken.text : null
    const forms: Array<[string, Form]> = [[last, {entry, layers, exact, restMust: null, length: tokens.length}]]
    if (entry.pos === 'verb' && this.verb && this.verb.infinitive.test(last)) {
      // A verb: its stem (the infinitive without -maq/-mək), and the stem as written before a vowel (et → ed).
      const stem = last.replace(this.verb.infinitive, '')
      forms.length = 0
      forms.push([stem, {entry, layers, exact: null, restMust: null, length: tokens.length, verb: true}])
      for (const {surface, stem: ending, before} of this.verb.alternations) {
        if (stem.endsWith(ending)) forms.push([stem.slice(0, -ending.length) + surface, {entry, layers, exact: null, restMust: before, length: tokens.length, verb: true}])
      }
    } else if (!exact) {
      for (const {surface, stem, before} of this.alternations) {
        if (last.endsWith(stem)) forms.push([last.slice(0, -stem.length) + surface, {entry, layers, exact, restMust: before, length: tokens.length}])
      }
      for (const form of this.lang.morphology.irregular?.[last] ?? []) forms.push([form, {entry, layers, exact, restMust: null, length: tokens.length}])
      // Izafet compounds (insan alverçisi) take the plural before the possessive: insan alverçiləri.
      if (this.compound && tokens.length > 1 && this.compound.possessive.test(last)) {
        forms.push([last.replace(this.compound.possessive, ''), {entry, layers, exact, restMust: this.compound.pluralBefore, length: tokens.length}])
      }
    }
    for (const [key, form] of forms) {
      insert(node.last, key, form)
      if (tokens.length === 1 && !form.exact && !form.restMust && key.length >= 4) {
        this.singles.set(key, [...(this.singles.get(key) ?? []), form])
        for (const deleted of deletionsOf(key)) this.deletions.set(deleted, [...(this.deletions.get(deleted) ?? []), key])
      }
    }
  }

  /** The forms whose last word the token can be: prefix in the trie, the rest a suffix chain. */
  private lastWord(node: CharNode, token: Token): ReadonlyArray<readonly [Form, number]> {
    // Most tokens end no entry: no list is made for them.
    let found: Array<readonly [Form, number]> | undefined
    let at: CharNode | undefined = node
    for (let i = 0; at && i <= token.key.length; i++) {
      for (const form of at.forms) if (this.fits(form, token, i)) (found ??= []).push([form, i])
      at = at.children.get(token.key.charCodeAt(i))
    }
    return found ?? NONE
  }

  private fits(form: Form, token: Token, cut: number): boolean {
    const rest = token.key.slice(cut)
    if (form.verb) return this.verbFits(token.key.slice(0, cut), rest) && (!form.restMust || form.restMust.test(rest))
    if (!isSuffixChain(this.chains, rest)) return false
    if (form.restMust && !(rest !== '' && form.restMust.test(rest))) return false
    if (form.exact && token.text.slice(0, cut) !== form.exact) return false
    // A capitalised acronym with a suffix is written with a hyphen (QHT-lər), never glued (QHTlər).
    if (this.lang.morphology.acronymHyphen && form.exact && isAllUpper(form.exact) && rest !== '' && !rest.startsWith('-')) return false
    return true
  }

  /** A verb form: the stem and a verb chain; a reduplicated form (araşdırılıb-araşdırılmaması) twice. */
  private verbFits(stem: string, rest: string): boolean {
    const chain = this.verb!.chain
    const dash = rest.indexOf('-')
    if (dash < 0) return chain.test(rest)
    const second = rest.slice(dash + 1)
    return chain.test(rest.slice(0, dash)) && second.startsWith(stem) && chain.test(second.slice(stem.length))
  }

  /**
   * Every entry each token can begin, in all layers at once: one walk over the text, whatever the number of
   * layers the stages then read (`select`). Words of a name follow each other with a space at most.
   */
  lookup(tokens: readonly Token[]): Candidate[] {
    const candidates: Candidate[] = []
    for (let i = 0; i < tokens.length; i++) {
      let node: WordNode | undefined = this.root
      for (let k = i; node && k < tokens.length; k++) {
        for (const [form, cut] of this.lastWord(node.last, tokens[k]!)) candidates.push({entry: form.entry, layers: form.layers, first: i, last: k, cut})
        node = node.next.get(tokens[k]!.key)
        if (node && tokens[k + 1] && tokens[k + 1]!.start - tokens[k]!.end > 1) break
      }
    }
    return candidates
  }

  /**
   * The matches of one layer (bits of LAYER) among the candidates of `lookup`: longest first at each place, left
   * to right, never overlapping the tokens `taken` marks (1 at a taken token's index).
   */
  select(tokens: readonly Token[], candidates: readonly Candidate[], layers: number, taken?: Uint8Array): Match[] {
    // With tokens taken: the first taken token at or after each index, which a candidate must end before.
    let blocked: Int32Array | undefined
    if (taken) {
      blocked = new Int32Array(tokens.length + 1).fill(tokens.length)
      for (let i = tokens.length - 1; i >= 0; i--) blocked[i] = taken[i] ? i : blocked[i + 1]!
    }
    const matches: Match[] = []
    let next = 0
    let i = 0
    while (i < tokens.length) {
      while (next < candidates.length && candidates[next]!.first < i) next++
      let best: Candidate | undefined
      if (!taken?.[i]) {
        for (let c = next; c < candidates.length && candidates[c]!.first === i; c++) {
          const candidate = candidates[c]!
          if ((candidate.layers & layers) === 0 || (blocked && candidate.last >= blocked[i]!)) continue
          if (!best || candidate.last > best.last || (candidate.last === best.last && candidate.entry.source.length > best.entry.source.length)) best = candidate
        }
      }
      if (!best) {
        i++
        continue
      }
      let last = best.last
      // A suffix glued after a closing quote ("… sərəncamı”na") belongs to the name (unless it is taken).
      const after = tokens[last + 1]
      if (after && !taken?.[last + 1] && after.start === tokens[last]!.end && /\p{L}/u.test(after.text) && this.chains.has(after.key) && !/[\p{L}\p{N}]/u.test(tokens[last]!.text)) last++
      matches.push({entry: best.entry, first: i, last, start: tokens[i]!.start, end: tokens[last]!.end, fuzzy: false, rest: tokens[best.last]!.key.slice(best.cut)})
      i = last + 1
    }
    return matches
  }

  /** The matches of one layer (every layer by default) in the tokens: `select` over their `lookup`. */
  match(tokens: readonly Token[], taken?: Uint8Array, layers = ALL_LAYERS): Match[] {
    return this.select(tokens, this.lookup(tokens), layers, taken)
  }

  /**
   * The ids of every entry the tokens hold, overlapping and nested ones included ("trafficking victims" holds
   * t.trafficking-victim and t.victim): to check that a concept is mentioned at all, however it is worded.
   * `candidates` are the tokens' `lookup` where the tree has it already.
   */
  ids(tokens: readonly Token[], layers = ALL_LAYERS, candidates: readonly Candidate[] = this.lookup(tokens)): Set<string> {
    const found = new Set<string>()
    // The parts of a hyphenated compound are words of their own here (NGO-run holds NGO).
    const parts = tokens.filter((token) => token.type === 'word' && token.text.includes('-')).flatMap((token) => tokenize(token.text.replace(/-/gu, ' '), this.lang.locale))
    for (const part of parts) for (const [form] of this.lastWord(this.root.last, part)) if (form.layers & layers) found.add(form.entry.id)
    for (const candidate of candidates) if (candidate.layers & layers) found.add(candidate.entry.id)
    return found
  }

  /**
   * An OCR-damaged word (a stray, missing or wrong letter) read as a single-word entry: its stem is one
   * edit away (natural's Damerau-Levenshtein distance) from an entry, the rest a suffix chain.
   */
  fuzzy(token: Token, layers = ALL_LAYERS): GlossaryEntry | undefined {
    const {key} = token
    const inLayers = (form: string) => this.singles.get(form)?.find((single) => single.layers & layers)
    for (let cut = key.length; cut >= 5; cut--) {
      if (!this.chains.has(key.slice(cut))) continue
      const stem = key.slice(0, cut)
      // Forms one deletion away either way: stray letter (stem minus one), missing letter (form minus one),
      // wrong letter or swapped pair (both minus one).
      const candidates = new Set<string>(this.deletions.get(stem) ?? [])
      for (const deleted of deletionsOf(stem)) {
        if (this.singles.has(deleted)) candidates.add(deleted)
        for (const form of this.deletions.get(deleted) ?? []) candidates.add(form)
      }
      const ranked = [...candidates]
        .filter((form) => inLayers(form) && DamerauLevenshteinDistance(stem, form) === 1)
        .sort((a, b) => b.length - a.length || a.localeCompare(b))
      if (ranked.length > 0) return inLayers(ranked[0]!)!.entry
    }
    return undefined
  }
}

/** The word with each one of its letters deleted. */
function deletionsOf(word: string): Set<string> {
  const result = new Set<string>()
  for (let i = 0; i < word.length; i++) result.add(word.slice(0, i) + word.slice(i + 1))
  return result
}

function insert(node: CharNode, key: string, form: Form): void {
  let at = node
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i)
    let next = at.children.get(code)
    if (!next) at.children.set(code, (next = charNode()))
    at = next
  }
  at.forms.push(form)
}
