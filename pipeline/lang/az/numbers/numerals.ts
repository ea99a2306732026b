import {type NumberData, numberIndex} from './data.js'
import type {Token} from '../../../text/tokens.js'
import type {Numeral} from '../../scan.js'

export type {Numeral} from '../../scan.js'

/** The number word a token is, with what follows it (üçü → üç + ü), or undefined. */
export function numberWord(key: string): {word: string; suffix: string} | undefined {
  const index = numberIndex
  if (index.notNumbers.has(key)) return undefined
  if (index.numberWords.has(key)) return {word: key, suffix: ''}
  // An inflected number word: the word, an optional buffer consonant, a short vowel-led suffix.
  for (const word of index.numberWordsByInitial.get(key[0] ?? '') ?? []) {
    if (!key.startsWith(word)) continue
    const rest = key.slice(word.length)
    if (/^[nsy]?[ıiuüaə](?:n|nı|ni|nu|nü|nın|nin|nun|nün|na|nə|nda|ndə|ndan|ndən|dır|dir|dur|dür)?$/u.test(rest)) return {word, suffix: rest}
  }
  return undefined
}

/** Joins a run of number words into one value: iki yüz əlli → 250, on dörd → 14, beş min → 5000. */
function compose(words: string[], data: NumberData): number {
  let total = 0
  let current = 0
  for (const word of words) {
    const scale = data.scales[word]
    if (scale === undefined) current += data.cardinals[word]!
    else if (scale === 100) current = (current || 1) * 100
    else {
      total += (current || 1) * scale
      current = 0
    }
  }
  return total + current
}

/** The numeral starting at token `index`, or undefined. Only the last word of a run may be inflected. */
export function numeralAt(tokens: readonly Token[], index: number, data: NumberData): Numeral | undefined {
  const token = tokens[index]!
  if (token.type === 'number') {
    const parts = token.parts!
    // "1,2 milyon", "5 min": digits and a scale word are one number.
    const next = tokens[index + 1]
    const scale = next?.type === 'word' && !token.suffix && parts.length === 1 ? numberWord(next.key) : undefined
    if (scale && data.scales[scale.word] !== undefined && data.scales[scale.word]! >= 1000) {
      return {first: index, last: index + 1, value: Math.round(parts[0]! * data.scales[scale.word]!), parts: [parts[0]! * data.scales[scale.word]!], words: false, suffix: scale.suffix, separated: true}
    }
    return {first: index, last: index, value: parts[0]!, parts, words: false, suffix: token.suffix ?? '', separated: token.separated!}
  }
  if (token.type !== 'word') return undefined
  const words: string[] = []
  let suffix = ''
  let at = index
  while (at < tokens.length && tokens[at]!.type === 'word') {
    const found = numberWord(tokens[at]!.key)
    if (!found) break
    words.push(found.word)
    at++
    if (found.suffix) {
      suffix = found.suffix
      break
    }
  }
  if (words.length === 0) return undefined
  // "on" (ten) alone and bare is too rarely the number to trust without a counted noun; callers decide.
  const value = compose(words, data)
  return {first: index, last: at - 1, value, parts: [value], words: true, suffix, separated: false}
}
