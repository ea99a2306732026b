import type {Language} from '../../lang/index.js'
import {isAllUpper, lower} from '../../text/casing.js'
import type {Vocabulary} from '../../lang/vocabulary.js'

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

export type BreakDecision = 'join' | 'apart' | 'unsure'

/**
 * A line break with no hyphen inside what may be one word. PDF text layers place some letters (ə in
 * Azerbaijani: the language data's `breakBefore`) as a glyph run of their own, so extraction breaks words
 * before them ("Birl" / "əşmə"). Before such a letter the break is joined when the joined form is a word of
 * the language (the word list, a listed stem or verb with its suffixes) unless both pieces are words the
 * document uses elsewhere: the word list itself holds such fragments (it was made from extracted text), so a
 * piece's being listed is no evidence. With neither a word nor a whole, it is flagged. Any other break
 * without a hyphen is between two words.
 */
export function decideBreak(left: string, right: string, vocabulary: Vocabulary, lang: Language): BreakDecision {
  if (left === '' || right === '' || /\d/u.test(left + right)) return 'apart'
  if (!lang.slips.breakBefore.some((letter) => right.startsWith(letter))) return 'apart'
  // A capital after the break opens a name or a sentence, unless the piece before is capitalised the same way.
  if (/^\p{Lu}/u.test(right) && !isAllUpper(left + right)) return 'apart'
  const key = (word: string) => lower(word, lang.locale)
  const used = (word: string) => vocabulary.inDocument(key(word)) || lang.stopwords.includes(key(word))
  if (used(left) && used(right)) return 'apart'
  if (vocabulary.isWord(left + right)) return 'join'
  // Unsure only where nothing says a piece is a word: not the document, the word list, nor an acronym's capitals.
  const word = (piece: string) => used(piece) || (piece.length > 1 && vocabulary.isWord(piece)) || (piece.length > 1 && isAllUpper(piece))
  return word(left) || word(right) ? 'apart' : 'unsure'
}
