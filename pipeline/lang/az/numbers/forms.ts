import type {Language} from '../../types.js'
import {lower} from '../../../text/casing.js'
import {inflects} from '../../../text/morphology.js'
import type {Token} from '../../../text/tokens.js'

const phrases = new WeakMap<Language, Map<string, string[]>>()

/** The phrase's words, lower-cased once per language. */
function wordsOf(phrase: string, lang: Language): string[] {
  let cache = phrases.get(lang)
  if (!cache) phrases.set(lang, (cache = new Map()))
  let words = cache.get(phrase)
  if (!words) cache.set(phrase, (words = phrase.split(' ').map((word) => lower(word, lang.locale))))
  return words
}

/** Does a phrase (one or more words, the last inflected) start at token `index`? Returns its length. */
export function phraseAt(tokens: readonly Token[], index: number, phrase: string, lang: Language): number {
  const words = wordsOf(phrase, lang)
  for (let k = 0; k < words.length; k++) {
    const token = tokens[index + k]
    if (!token || token.type !== 'word') return 0
    const word = words[k]!
    const ok = k === words.length - 1 ? inflects(token.key, word, lang) : token.key === word
    if (!ok) return 0
  }
  return words.length
}
