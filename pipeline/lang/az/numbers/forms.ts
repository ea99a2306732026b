import type {Language} from '../../types.js'
import {inflects} from '../../morphology.js'
import type {Token} from '../../../text/tokens.js'
import {phraseWords} from './data.js'

/** Does a phrase (one or more words, the last inflected) start at token `index`? Returns its length. */
export function phraseAt(tokens: readonly Token[], index: number, phrase: string, lang: Language): number {
  const words = phraseWords(phrase)
  for (let k = 0; k < words.length; k++) {
    const token = tokens[index + k]
    if (!token || token.type !== 'word') return 0
    const word = words[k]!
    const ok = k === words.length - 1 ? inflects(token.key, word, lang) : token.key === word
    if (!ok) return 0
  }
  return words.length
}
