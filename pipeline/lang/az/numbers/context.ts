import type {Language} from '../../types.js'
import {numberData, numberIndex} from './data.js'
import {phraseAt} from './forms.js'
import {numberWord} from './numerals.js'
import type {Found} from './recognize.js'
import type {Token} from '../../../text/tokens.js'

/** What the previous sentence counted last: "Onlardan 14-ü" refers back to it. */
export interface Carry {
  counted: string | null
}

/** The counted phrase that starts at token `index` (longest entry first): its English and length. */
function countedAt(tokens: readonly Token[], index: number, lang: Language): {en: string; length: number} | undefined {
  const entries = numberIndex.countedByInitial.get(tokens[index]?.key[0] ?? '') ?? []
  for (const [phrase, en] of entries) {
    const length = phraseAt(tokens, index, phrase, lang)
    if (length > 0) return {en, length}
  }
  return undefined
}

/** The noun a count counts, after the number, over modifiers (potensial, rəsmi təsdiqlənmiş, bosniyalı). */
function nounAfter(tokens: readonly Token[], item: Found, lang: Language): string | undefined {
  const {modifiers} = numberData
  let prefix = ''
  const before = tokens[item.first - 1]
  if (before && modifiers.prefix[before.key]) prefix = `${modifiers.prefix[before.key]} `
  for (let at = item.last + 1, skipped = 0; at < tokens.length && skipped <= 3; at++, skipped++) {
    const token = tokens[at]!
    if (token.type !== 'word') return undefined
    // An OCR stray letter (32 zqurbana) still names what is counted.
    const repaired = {...token, key: token.key.slice(1)}
    const found = countedAt(tokens, at, lang) ?? (skipped === 0 && token.key.length >= 5 ? countedAt([repaired], 0, lang) : undefined)
    if (found) return prefix + found.en
    if (modifiers.prefix[token.key]) {
      prefix = `${modifiers.prefix[token.key]} `
      continue
    }
    const skip = modifiers.skip.includes(token.key) || modifiers.skipSuffixes.some((suffix) => token.key.endsWith(suffix))
    if (!skip) return undefined
  }
  return undefined
}

/** The counted noun of a partitive: "bu işlərdən 14-ü" → case; "onlardan 94-ü" → the previous count's. */
function antecedent(tokens: readonly Token[], item: Found, lang: Language): string | undefined {
  const before = tokens[item.first - 1]
  if (!before || before.type !== 'word' || numberData.partitiveFrom.includes(before.key)) return undefined
  return countedAt(tokens, item.first - 1, lang)?.en
}

/** A person cue just before the number: "təqsirləndirilən 21 nəfər" counts defendants. */
function personCue(tokens: readonly Token[], item: Found): string | undefined {
  for (let at = item.first - 1; at >= Math.max(0, item.first - 2); at--) {
    const token = tokens[at]!
    for (const [cue, en] of Object.entries(numberData.personCues)) if (token.key.startsWith(cue)) return en
  }
  return undefined
}

/** "qurbanların sayı 95": the noun before "sayı" names what 95 counts. */
function countOf(tokens: readonly Token[], item: Found, lang: Language): string | undefined {
  const word = tokens[item.first - 1]
  if (!word || !numberData.countOf.includes(word.key)) return undefined
  return countedAt(tokens, item.first - 2, lang)?.en
}

/**
 * Sets `counted` on every count of a sentence. The noun after the number decides; "nəfər" (person) takes a
 * cue word before the number or the count before it in the sentence; a partitive (14-ü, biri) takes the noun
 * it is taken from, or the last count; a bare number takes the count before or after it in the sentence.
 */
export function resolveCounted(tokens: readonly Token[], items: Found[], lang: Language, carry: Carry): (string | null)[] {
  const result: (string | null)[] = items.map(() => null)
  const person = numberData.counted['nəfər']
  let last = carry.counted
  items.forEach((item, index) => {
    if (item.kind !== 'count') return
    let counted: string | undefined
    if (item.partitive) counted = antecedent(tokens, item, lang) ?? last ?? undefined
    else {
      counted = nounAfter(tokens, item, lang) ?? countOf(tokens, item, lang)
      if (counted === person) counted = personCue(tokens, item) ?? lastInSentence(result, items, index) ?? person
    }
    result[index] = counted ?? null
    if (counted) last = counted
  })
  // A bare number ("2019-cu ildə 28 və …") counts what its neighbours count.
  items.forEach((item, index) => {
    if (item.kind !== 'count' || result[index] !== null) return
    result[index] = lastInSentence(result, items, index) ?? nextInSentence(result, items, index) ?? null
  })
  const counts = result.filter((value, index) => value !== null && items[index]!.kind === 'count')
  if (counts.length > 0) carry.counted = counts.at(-1)!
  return result
}

function lastInSentence(result: (string | null)[], items: Found[], index: number): string | undefined {
  for (let at = index - 1; at >= 0; at--) if (items[at]!.kind === 'count' && result[at]) return result[at]!
  return undefined
}

function nextInSentence(result: (string | null)[], items: Found[], index: number): string | undefined {
  for (let at = index + 1; at < items.length; at++) if (items[at]!.kind === 'count' && result[at]) return result[at]!
  return undefined
}

/** A place in the sentence that says which year the figures around it belong to. */
interface Marker {
  token: number
  year: number | null
  /** Brackets around it: figures inside brackets take markers from the same brackets only. */
  group: number
  /** "2020-ci ildəki 8512 pozuntu": the marker qualifies the next figure only. */
  nextOnly: boolean
}

/** Bracket group of every token: 0 outside, a fresh number for each (…) pair. */
function groups(tokens: readonly Token[]): number[] {
  const stack: number[] = [0]
  let fresh = 0
  return tokens.map((token) => {
    if (token.text === '(') {
      stack.push(++fresh)
      return stack.at(-1)!
    }
    const group = stack.at(-1)!
    if (token.text === ')' && stack.length > 1) stack.pop()
    return group
  })
}

/**
 * Sets `year` on counts and money: the nearest year marker before the figure in the same brackets
 * ("2020-ci ildə 20 şübhəli"), else one after it in the same clause; "bu il", "bu dəfə", "il ərzində" mean
 * the reporting year (edition − 1); two years at once ("2021 və 2020-ci illərdə") mean no single year.
 */
export function resolveYears(tokens: readonly Token[], items: Found[], lang: Language, edition: number | null): (number | null)[] {
  // Most sentences have no figure to date: nothing to look for.
  if (!items.some((item) => item.kind === 'count' || item.kind === 'money')) return items.map(() => null)
  const group = groups(tokens)
  const markers: Marker[] = []
  items.forEach((item, index) => {
    if (item.kind !== 'year') return
    const word = tokens[item.last + 1]
    if (!word || word.type !== 'word' || !word.key.startsWith('il')) return
    const plural = word.key.startsWith('illər')
    const coordinated = items[index - 1]?.kind === 'year' && items[index - 1]!.last >= item.first - 3
    const locative = /^il(?:lər)?(?:in)?(?:də|dəki)$|^ilin$/u.test(word.key)
    if (!locative) return
    markers.push({token: item.first, year: plural || coordinated ? null : Number(item.value), group: group[item.first]!, nextOnly: word.key.endsWith('ki')})
  })
  const byFirstWord = numberIndex.reportingByFirst
  for (let at = 0; at < tokens.length; at++) {
    const phrases = byFirstWord.get(tokens[at]!.key)
    if (!phrases) continue
    // "beş il ərzində" is a duration, not "during the year".
    const previous = tokens[at - 1]
    if (previous && (previous.type === 'number' || numberWord(previous.key))) continue
    for (const phrase of phrases) {
      if (phraseAt(tokens, at, phrase, lang) > 0) {
        markers.push({token: at, year: edition === null ? null : edition - 1, group: group[at]!, nextOnly: false})
      }
    }
  }
  markers.sort((a, b) => a.token - b.token)

  // Per bracket group: its markers in order; where each clause ends (the next ";").
  const byGroup = new Map<number, Marker[]>()
  for (const marker of markers) byGroup.set(marker.group, [...(byGroup.get(marker.group) ?? []), marker])
  const clauseEnd = new Int32Array(tokens.length + 1).fill(tokens.length)
  for (let at = tokens.length - 1; at >= 0; at--) clauseEnd[at] = tokens[at]!.text === ';' ? at : clauseEnd[at + 1]!
  /** Last figure (count or money) before each token, to see whether a next-only marker was used up. */
  const figureAt = new Int32Array(tokens.length).fill(-1)
  for (const item of items) if (item.kind === 'count' || item.kind === 'money') figureAt[item.first] = item.first
  const lastFigureBefore = new Int32Array(tokens.length + 1).fill(-1)
  for (let at = 0; at < tokens.length; at++) lastFigureBefore[at + 1] = figureAt[at]! >= 0 ? at : lastFigureBefore[at]!

  const result: (number | null)[] = items.map(() => null)
  items.forEach((item, index) => {
    if (item.kind !== 'count' && item.kind !== 'money') return
    if (item.conversionOf !== undefined) {
      result[index] = result[item.conversionOf] ?? null
      return
    }
    const list = byGroup.get(group[item.first]!) ?? []
    // Binary search: the last marker before the figure, the first after it.
    let low = 0
    let high = list.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (list[middle]!.token < item.first) low = middle + 1
      else high = middle
    }
    const nearest = list[low - 1]
    if (nearest) {
      if (!nearest.nextOnly || lastFigureBefore[item.first]! <= nearest.token) result[index] = nearest.year
      return
    }
    let next = low
    while (next < list.length && list[next]!.token <= item.last) next++
    const after = list[next]
    if (after && after.token < clauseEnd[item.last + 1]!) result[index] = after.year
  })
  return result
}
