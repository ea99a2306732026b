import type {Language} from './types.js'
import {lower} from '../text/casing.js'

const HYPHEN = 45

/** Is `rest` one of the language's suffix chains, glued or after a hyphen (QHT-lər, DİN-in)? */
export function isSuffixChain(chains: ReadonlySet<string>, rest: string): boolean {
  return chains.has(rest.charCodeAt(0) === HYPHEN ? rest.slice(1) : rest)
}

/**
 * Is the lower-case `key` the `stem` plus a suffix chain? Allows the stem-final alternations
 * (sığınacaq → sığınacağa, kömək → köməyə) and a hyphen before the suffix (QHT-lər, DİN-in).
 */
export function inflects(key: string, stem: string, lang: Language): boolean {
  const base = lower(stem, lang.locale)
  // Alternations change only the stem's last letter(s), so the rest of the stem must start the key.
  const keep = base.length - lang.inflection.longestAlternation
  if (keep > 0 && !key.startsWith(keep === base.length ? base : base.slice(0, keep))) return false
  const set = lang.inflection.chains
  const fits = (candidate: string) => key.startsWith(candidate) && isSuffixChain(set, key.slice(candidate.length))
  if (fits(base)) return true
  // An alternated stem stands only before the suffixes its rule names (sığınacağ-a, never sığınacağ-lar).
  for (const {surface, stem: underlying, before} of lang.inflection.alternations) {
    if (!base.endsWith(underlying)) continue
    const candidate = base.slice(0, -underlying.length) + surface
    if (fits(candidate) && (!before || before.test(key.slice(candidate.length)))) return true
  }
  return false
}
