import type {Language} from '../../lang/index.js'
import {isAllUpper, lower} from '../../text/casing.js'
import type {Vocabulary} from '../../text/vocabulary.js'

export type HyphenDecision = 'keep' | 'drop'

/** Length of the common prefix of two strings. */
function commonPrefix(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

/**
 * A hyphen at a line end: the real hyphen of a suffix after an acronym or numeral (QHT-lər, 2021-ci),
 * of a capitalised or reduplicated compound (Qeyri-Hökumət, üz-üzə), or a word-break hyphen
 * (qurban-larının) to drop. Decided from the language's word list and the document's own words.
 *
 * `left` is the word before the hyphen, `right` the word after the line break (letters and digits only).
 */
export function decideHyphen(left: string, right: string, vocabulary: Vocabulary, lang: Language): HyphenDecision {
  if (left === '' || right === '') return 'keep'
  if (/\d$/u.test(left) || /^\d/u.test(right)) return 'keep'
  if (left.length >= 2 && isAllUpper(left)) return 'keep'
  if (/^\p{Lu}/u.test(right)) return 'keep'

  const joined = lower(left + right, lang.locale)
  const hyphenated = lower(`${left}-${right}`, lang.locale)
  if (vocabulary.inDocument(hyphenated) || lang.hyphenated().has(hyphenated)) return 'keep'
  if (vocabulary.inDocument(joined)) return 'drop'
  // Reduplication (ayrı-ayrı, araşdırılıb-araşdırılmaması) keeps its hyphen.
  if (commonPrefix(lower(left, lang.locale), lower(right, lang.locale)) >= Math.min(3, left.length)) return 'keep'
  if (vocabulary.isWord(joined)) return 'drop'
  // Two words on their own make a hyphenated compound (sosial-iqtisadi); a fragment does not.
  const whole = (piece: string) => piece.length >= 3 && vocabulary.isWord(piece)
  if (whole(left) && whole(right) && vocabulary.startsLikeWord(right)) return 'keep'
  return 'drop'
}
