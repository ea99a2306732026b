import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {Language} from '../../lang/index.js'
import {cleanPosition} from '../../text/positions.js'
import type {NumberItem, Root, Section, Title} from '../../tree.js'
import {type Carry, resolveCounted, resolveYears} from './context.js'
import {english} from './english.js'
import {type Found, recognize} from './recognize.js'
import {tokenize} from './tokens.js'

const tierWordSets = new WeakMap<Language, Set<string>>()

/** The words that name a tier (Səviyyə), lower case, once per language. */
function tierWordsOf(lang: Language): Set<string> {
  let set = tierWordSets.get(lang)
  if (!set) tierWordSets.set(lang, (set = new Set(lang.title.tierWords.map((word) => word.toLocaleLowerCase(lang.locale)))))
  return set
}

/** The number items of one text (a sentence or the title), ids `<prefix>.n<k>`. */
export function findNumbers(text: string, prefix: string, lang: Language, edition: number | null, carry: Carry = {counted: null}): NumberItem[] {
  const tokens = tokenize(text, lang.locale)
  const found = recognize(tokens, lang)
  const counted = resolveCounted(tokens, found, lang, carry)
  const years = resolveYears(tokens, found, lang, edition)
  const tierWords = tierWordsOf(lang)
  const tierWord = (item: Found) => tierWords.has(tokens[item.first - 1]?.key ?? '') || /^səviyyə/u.test(tokens[item.last + 1]?.key ?? '')
  return found.map((item, index) => {
    const start = tokens[item.first]!.start
    const end = tokens[item.last]!.end
    // The tier in a title (Səviyyə 2) is an ordinal, whatever its shape.
    const kind = item.kind === 'count' && tokens[item.first - 1] && tierWords.has(tokens[item.first - 1]!.key) ? 'ordinal' : item.kind
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
      ...(kind === 'count' ? {counted: counted[index] ?? null} : {}),
      ...(kind === 'count' || kind === 'money' ? {year: years[index] ?? null} : {}),
      ...(item.conversionOf === undefined ? {} : {conversionOf: `${prefix}.n${item.conversionOf + 1}`})
    }
    return {...number, en: english(number, {tier: tierWord(item)})}
  })
}

/**
 * numbers: every numeric expression of every sentence (and the title), typed, normalised and
 * rendered in English, as sentence.data.numbers. Years of figures use the edition year from the file name.
 */
export const numbers: Plugin<[], Root> = function () {
  /** Numbers of a node's text, each with its raw place. */
  const placed = (items: NumberItem[], cleanStart: number, file: VFile) =>
    items.map((item) => ({...item, raw: cleanPosition(file, cleanStart + item.start, cleanStart + item.end)}))
  return (tree, file) => {
    const lang = file.data.lang!
    const edition = file.data.source?.year ?? null
    for (const node of tree.children) {
      if (node.type === 'title') {
        const title = node as Title
        title.data.numbers = placed(findNumbers(title.value, 'title', lang, edition), title.data.clean.start, file)
      }
      if (node.type !== 'section') continue
      const carry: Carry = {counted: null}
      for (const paragraph of (node as Section).children) {
        if (paragraph.type !== 'paragraph') continue
        for (const sentence of paragraph.children) {
          sentence.data.numbers = placed(findNumbers(sentence.value, sentence.data.id, lang, edition, carry), sentence.data.clean.start, file)
        }
      }
    }
  }
}
