import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {Language, NumberContext} from '../../lang/index.js'
import {cleanOffsets} from '../../text/positions.js'
import {type Token, tokenize} from '../../text/tokens.js'
import type {NumberItem, Root, Section, Title} from '../../tree.js'
import {english} from '../../lang/en/figures.js'
import {tokensOf} from '../../layers.js'

/**
 * The number items of one text (a sentence or the title), ids `<prefix>.n<k>`: the language's grammar finds
 * them, this stage types tiers, gives ids and the English rendering.
 */
export function findNumbers(
  text: string,
  prefix: string,
  lang: Language,
  edition: number | null,
  carry: NumberContext['carry'] = {counted: null},
  tokens: readonly Token[] = tokenize(text, lang.locale)
): NumberItem[] {
  const found = lang.numbers.find(tokens, {edition, carry})
  const tierWords = lang.title.tierKeys
  // A tier (Səviyyə 2, Tier 2, 2-ci səviyyəyə) is an ordinal, whatever its shape, and is written as a bare digit.
  const before = (first: number) => tierWords.has(tokens[first - 1]?.key ?? '')
  const after = (last: number) => {
    const key = tokens[last + 1]?.key ?? ''
    for (const word of tierWords) if (key.startsWith(word)) return true
    return false
  }
  return found.map((item, index) => {
    const start = tokens[item.first]!.start
    const end = tokens[item.last]!.end
    const kind = item.kind === 'count' && before(item.first) ? 'ordinal' : item.kind
    const number: Omit<NumberItem, 'en'> = {
      id: `${prefix}.n${index + 1}`,
      text: text.slice(start, end),
      start,
      end,
      kind,
      ...(item.value === undefined ? {} : {value: item.value}),
      ...(item.from === undefined ? {} : {from: item.from, to: item.to}),
      ...(item.unit === undefined ? {} : {unit: item.unit}),
      ...(item.currency === undefined ? {} : {currency: item.currency}),
      ...(kind === 'count' ? {counted: item.counted ?? null} : {}),
      ...(kind === 'count' || kind === 'money' ? {year: item.year ?? null} : {}),
      ...(item.conversionOf === undefined ? {} : {conversionOf: `${prefix}.n${item.conversionOf + 1}`})
    }
    return {...number, en: english(number, {tier: before(item.first) || after(item.last)})}
  })
}

/**
 * numbers: every numeric expression of every sentence (and the title), typed, normalised and rendered in
 * English, as sentence.data.numbers. Reads the tokens of the `tokens` stage; the grammar is the language's.
 * Years of figures use the edition year from the file name.
 */
export const numbers: Plugin<[], Root> = function () {
  /** Numbers of a node's text, each with its raw place. */
  const placed = (items: NumberItem[], cleanStart: number, file: VFile) =>
    items.map((item) => ({...item, raw: cleanOffsets(file, cleanStart + item.start, cleanStart + item.end)}))
  return (tree, file) => {
    const lang = file.data.lang!
    const edition = file.data.source?.year ?? null
    for (const node of tree.children) {
      if (node.type === 'title') {
        const title = node as Title
        title.data.numbers = placed(findNumbers(title.value, 'title', lang, edition, undefined, tokensOf(title, 'numbers')), title.data.clean.start, file)
      }
      if (node.type !== 'section') continue
      const carry = {counted: null}
      for (const paragraph of (node as Section).children) {
        if (paragraph.type !== 'paragraph') continue
        for (const sentence of paragraph.children) {
          const items = findNumbers(sentence.value, sentence.data.id, lang, edition, carry, tokensOf(sentence, 'numbers'))
          sentence.data.numbers = placed(items, sentence.data.clean.start, file)
        }
      }
    }
  }
}
