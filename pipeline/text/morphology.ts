import type {Language} from '../lang/index.js'
import {lower} from './casing.js'

const chains = new WeakMap<Language, Set<string>>()
const longest = new WeakMap<Language, number>()

/** Length of the longest suffix chain of the language. */
export function longestChain(lang: Language): number {
  let length = longest.get(lang)
  if (length === undefined) {
    length = 0
    for (const chain of suffixChains(lang)) length = Math.max(length, chain.length)
    longest.set(lang, length)
  }
  return length
}

/** Every suffix chain the language's slots allow (one optional form per slot, in order), '' included. */
export function suffixChains(lang: Language): Set<string> {
  let set = chains.get(lang)
  if (!set) {
    // Arrays while building and one Set at the end: a Set per slot made this a sixth of a thread's start-up.
    let current = ['']
    for (const slot of lang.morphology.slots) {
      const next = current.slice()
      for (const head of current) for (const form of slot) next.push(head + form)
      current = next
    }
    set = new Set(current)
    chains.set(lang, set)
  }
  return set
}

/**
 * Is the lower-case `key` the `stem` plus a suffix chain? Allows the stem-final alternations
 * (sığınacaq → sığınacağa, kömək → köməyə) and a hyphen before the suffix (QHT-lər, DİN-in).
 */
export function inflects(key: string, stem: string, lang: Language): boolean {
  const base = lower(stem, lang.locale)
  // Alternations change only the stem's last letter(s), so the rest of the stem must start the key.
  const keep = base.length - longestAlternation(lang)
  if (keep > 0 && !key.startsWith(keep === base.length ? base : base.slice(0, keep))) return false
  const set = suffixChains(lang)
  const fits = (candidate: string) => key.startsWith(candidate) && set.has(key.slice(candidate.length).replace(/^-/, ''))
  if (fits(base)) return true
  for (const {surface, stem: underlying} of lang.morphology.alternations) {
    if (base.endsWith(underlying) && fits(base.slice(0, -underlying.length) + surface)) return true
  }
  return false
}

const alternationLength = new WeakMap<Language, number>()

/** Length of the longest stem-final form an alternation replaces. */
function longestAlternation(lang: Language): number {
  let length = alternationLength.get(lang)
  if (length === undefined) {
    length = Math.max(0, ...lang.morphology.alternations.map((a) => a.stem.length))
    alternationLength.set(lang, length)
  }
  return length
}
