import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {report} from '../../diagnostics.js'
import type {Language} from '../../lang/index.js'
import {lower, lowerPieces} from '../../text/casing.js'
import {cleanPosition} from '../../text/positions.js'
import {documentVocabulary, inWordList, type Vocabulary, WORD} from '../../lang/vocabulary.js'
import type {Root} from '../../tree.js'

interface Token {
  text: string
  key: string
  start: number
  end: number
}

/**
 * slips: flags slips of the original text, never changing it. Duplicated words and phrases, two words
 * glued together, a stray letter stuck to a word. Each message carries the exact text and a suggestion.
 * One pass over the words counts them (the document's vocabulary), looks for repeats, and keeps the few
 * words the word list does not know, which are then checked for glued words and stray letters.
 */
export const slips: Plugin<[], Root> = function () {
  return (_tree, file) => {
    const lang = file.data.lang!
    const text = file.data.clean!.text
    const counts = new Map<string, number>()
    const unknown: Token[] = []
    const repeats = duplicatedWords(text, lang, file)
    const keyOf = lowerPieces(text, lang.locale)
    for (const match of text.matchAll(WORD)) {
      const end = match.index + match[0].length
      const token = {text: match[0], key: keyOf(match.index, end), start: match.index, end}
      counts.set(token.key, (counts.get(token.key) ?? 0) + 1)
      repeats.push(token)
      // Only a lower-case word the language does not know can be glued or carry a stray letter.
      if (token.text === token.key && !token.key.includes('-') && !inWordList(token.key, lang)) unknown.push(token)
    }
    repeats.end()
    const words = documentVocabulary(text, lang, counts)
    file.data.vocabulary = words
    for (const token of unknown) gluedOrStray(token, words, lang, file)
    figuresGlued(text, words.vocabulary, lang, file)
  }
}

/** Letters and digits glued: "və11", "11və", "2021-ciildə" (an ordinal's suffix run into the next word). */
const FIGURE_GLUED = /(?<![\p{L}\p{N}-])(?:(\p{Ll}{2,})(\d+)|(\d+)(\p{Ll}{2,})|(\d+)-(\p{Ll}{4,}))(?![\p{L}\p{N}])/gu

/**
 * A figure glued to a word: the letters are a word of the language on their own (və, ildə), never a suffix
 * (2021ci is an ordinal written without its hyphen, COP29 a name in capitals, which the pattern leaves alone).
 */
function figuresGlued(text: string, vocabulary: Vocabulary, lang: Language, file: VFile): void {
  // Most texts have no letter touching a digit but through a hyphen: one cheap scan decides.
  if (!/\p{Ll}\d|\d\p{Ll}|\d-\p{Ll}{4}/u.test(text)) return
  const chains = lang.inflection.chains
  // A function word of any length, another word of three letters or more (the word list has stray short forms).
  const word = (letters: string) => !chains.has(letters) && (lang.stopwords.includes(letters) || (letters.length >= 3 && vocabulary.isWord(letters)))
  for (const match of text.matchAll(FIGURE_GLUED)) {
    const [whole, before, digits, number, after, suffixed, rest] = match
    let reading: string | undefined
    if (before !== undefined && word(before)) reading = `${before} ${digits}`
    else if (number !== undefined && word(after!)) reading = `${number} ${after}`
    else if (suffixed !== undefined && !chains.has(rest!)) {
      // "2021-ciildə": the number's own short suffix (2021-ci), then a word of four letters or more.
      for (let cut = 1; cut <= 3 && reading === undefined; cut++) {
        const tail = rest!.slice(cut)
        if (tail.length >= 4 && word(tail)) reading = `${suffixed}-${rest!.slice(0, cut)} ${tail}`
      }
    }
    if (reading === undefined) continue
    report(file, {
      rule: 'glued-words',
      severity: 'warning',
      message: {key: 'diagnostics.gluedWords', values: {text: whole!, reading}},
      place: cleanPosition(file, match.index, match.index + whole!.length),
      text: whole!,
      suggestion: reading
    })
  }
}

/** Longest repeated phrase looked for, in words. */
const LONGEST = 4

/**
 * The same word or phrase (up to four words) twice in a row, separated by spaces only. Words are pushed
 * one at a time; a window of the next 2 × LONGEST words is kept, starting at the word being looked at.
 */
function duplicatedWords(text: string, lang: Language, file: VFile): {push: (token: Token) => void; end: () => void} {
  const allowed = new Set(lang.slips.allowedRepeats.map((pair) => lower(pair, lang.locale)))
  const spacesOnly = (from: number, to: number) => /^ +$/u.test(text.slice(from, to))
  const tokens: Token[] = []
  /** Looks at the window's first word: reports a repeat starting there and drops the words it covers. */
  const step = () => {
    let used = 1
    for (let n = LONGEST; n >= 1; n--) {
      if (2 * n > tokens.length) continue
      let same = true
      for (let k = 0; k < n && same; k++) same = tokens[k]!.key === tokens[n + k]!.key
      for (let k = 0; k < 2 * n - 1 && same; k++) same = spacesOnly(tokens[k]!.end, tokens[k + 1]!.start)
      if (!same) continue
      const first = tokens[0]!
      const last = tokens[2 * n - 1]!
      const phrase = text.slice(first.start, tokens[n - 1]!.end)
      if (n === 1 && allowed.has(`${first.key} ${first.key}`)) break
      const whole = text.slice(first.start, last.end)
      report(file, {
        rule: 'duplicated-words',
        severity: 'warning',
        message: {key: 'diagnostics.duplicatedWords', values: {count: n, text: whole}},
        place: cleanPosition(file, first.start, last.end),
        text: whole,
        suggestion: phrase
      })
      used = 2 * n
      break
    }
    tokens.splice(0, used)
  }
  return {
    push(token) {
      tokens.push(token)
      if (tokens.length >= 2 * LONGEST) step()
    },
    end() {
      while (tokens.length > 0) step()
    }
  }
}

/** Evidence that a piece of a token is a word: the document uses it on its own, or the word list has it. */
interface Evidence {
  vocabulary: Vocabulary
  /** How often each lower-case form stands as a token of the document. */
  counts: ReadonlyMap<string, number>
}

/**
 * An unknown lower-case word that is two words glued (sığınacağa + yardımı), or a word after a stray
 * letter that cannot open a word (z + qurbana). The pieces must stand elsewhere in the document, or be
 * listed long words where the left piece is the longest listed start of the token (so a derivation such
 * as həvəsləndirin, built on a longer listed stem, is not taken apart).
 */
function gluedOrStray(token: Token, {vocabulary, counts}: Evidence, lang: Language, file: VFile): void {
  const {key, text} = token
  if (text !== key || key.includes('-') || vocabulary.isWord(key)) return
  const {minPart, compoundHeads, compoundStarts, vowels, onsets} = lang.slips
  const inDocument = (part: string) => (counts.get(part) ?? 0) > 0
  const listedLong = (part: string) => part.length >= 5 && vocabulary.listed(part)
  const validOnset = (part: string) => vowels.includes(part[0]!) || vowels.includes(part[1]!) || onsets.includes(part.slice(0, 2))
  let longestListed = 0
  for (let cut = 3; cut < key.length; cut++) if (vocabulary.listed(key.slice(0, cut))) longestListed = cut

  let best: [string, string] | undefined
  for (let cut = minPart; cut <= key.length - minPart; cut++) {
    const left = key.slice(0, cut)
    const right = key.slice(cut)
    if (compoundHeads.some((head) => right.startsWith(head)) || compoundStarts.includes(left)) continue
    const seen = inDocument(left) && inDocument(right)
    const wordLike = validOnset(right) && vocabulary.startsLikeWord(right)
    const listed = listedLong(left) && listedLong(right) && cut >= longestListed && wordLike
    if (!seen && !listed) continue
    if (!best || Math.min(cut, key.length - cut) > Math.min(best[0].length, best[1].length)) best = [left, right]
  }
  // A function word run into the next word ("vəhökumət"): the rest a word of four letters or more.
  if (!best) {
    for (const stop of lang.stopwords) {
      const right = key.slice(stop.length)
      if (key.startsWith(stop) && right.length >= 4 && vocabulary.isWord(right) && validOnset(right)) best = [stop, right]
    }
  }
  if (best) {
    report(file, {
      rule: 'glued-words',
      severity: 'warning',
      message: {key: 'diagnostics.gluedWords', values: {text, reading: `${best[0]} ${best[1]}`}},
      place: cleanPosition(file, token.start, token.end),
      text,
      suggestion: `${best[0]} ${best[1]}`
    })
    return
  }

  // Two consonants open a word only in loanwords, with the onsets the language data lists.
  const rest = key.slice(1)
  if (rest.length >= minPart && !validOnset(key) && (inDocument(rest) || listedLong(rest))) {
    report(file, {
      rule: 'stray-letter',
      severity: 'warning',
      message: {key: 'diagnostics.strayLetter', values: {letter: key[0]!, rest}},
      place: cleanPosition(file, token.start, token.end),
      text,
      suggestion: rest
    })
  }
}
