/**
 * What the JSON output would weigh under other schemas: the sizes issue 16's ≤ 8× target turns on. Reads a JSON
 * output as hesabat wrote it and the inputs it came from; takes away the bytes of the fields a variant leaves out
 * (as the writer writes them: `"key":value,`) and adds a table's bytes where a variant has one. Nothing is
 * written; the figures are for the owner's choice of schema.
 *
 *   node tests/bench/json-variants.mjs output/2022-azerbaijan.json input/2022-azerbaijan.az.txt input/2022-azerbaijan.en.txt
 */
import {readFileSync} from 'node:fs'

const [jsonPath, ...inputs] = process.argv.slice(2)
if (!jsonPath || inputs.length === 0) {
  console.error('usage: node tests/bench/json-variants.mjs <output .json> <its input file>…')
  process.exit(2)
}
const text = readFileSync(jsonPath, 'utf8')
const size = Buffer.byteLength(text)
const input = inputs.reduce((sum, path) => sum + readFileSync(path).length, 0)
const field = (key, value) => Buffer.byteLength(`"${key}":${JSON.stringify(value)},`)

/** Every item (number, entity, term, verb) of the document, wherever it is (sentences, headings, the title, the English). */
const items = []
const walk = (node) => {
  if (Array.isArray(node)) return node.forEach(walk)
  if (!node || typeof node !== 'object') return
  for (const kind of ['numbers', 'entities', 'terms', 'verbs']) if (Array.isArray(node[kind])) for (const item of node[kind]) items.push([kind, item])
  for (const value of Object.values(node)) walk(value)
}
const doc = JSON.parse(text)
walk(doc)
const gloss = [...(doc.sentences ?? []), ...(doc.english?.sentences ?? [])].reduce((sum, sentence) => sum + (typeof sentence.gloss === 'string' ? field('gloss', sentence.gloss) : 0), 0)

let refs = 0
let falses = 0
let named = 0
const rows = new Map()
let own = 0
const perId = new Map()
for (const [kind, item] of items) {
  if ('ref' in item) refs += field('ref', item.ref)
  if (item.fuzzy === false) falses += field('fuzzy', false)
  if (kind === 'numbers') continue
  // A concept table keyed by id and lemma; each item keeps a one-digit index into it.
  const row = {lemma: item.lemma, en: kind === 'verbs' ? undefined : item.en, type: item.type, acronymEn: item.acronymEn}
  for (const [key, value] of Object.entries(row)) if (value !== undefined) named += field(key, value)
  named -= field('c', 0)
  rows.set(`${item.id}|${item.lemma}`, row)
  // The smallest: the item's text comes from its sentence, its lemma and English from a table per id.
  for (const key of ['text', 'lemma', 'en', 'type', 'acronymEn']) if (key in item && !(kind === 'verbs' && key === 'en')) own += field(key, item[key])
  const entry = perId.get(item.id) ?? {en: kind === 'verbs' ? undefined : item.en, type: item.type, acronymEn: item.acronymEn, lemmas: []}
  if (!entry.lemmas.includes(item.lemma)) entry.lemmas.push(item.lemma)
  perId.set(item.id, entry)
}
const bytes = (value) => Buffer.byteLength(JSON.stringify(value))
const rowTable = bytes(Object.fromEntries(rows))
const idTable = bytes(Object.fromEntries(perId))

const show = (label, total) => console.log(`${label.padEnd(76)} ${(total / 1024).toFixed(0).padStart(5)} KB  ${(total / input).toFixed(1)}×`)
console.log(`${jsonPath}: ${items.length} items; inputs ${input} bytes`)
show('schema 2.0, as written', size)
show('  without `ref` (its sentence id, list and index)', size - refs)
show('  and `fuzzy` only when true', size - refs - falses)
show('  and a concept table (lemma, English, type, acronym once per id and lemma)', size - refs - falses - named + rowTable)
show('  and no `gloss` (the sentence text with its terms)', size - refs - falses - named + rowTable - gloss)
show('items as id, start, end, raw and their own fields; a table per id; no gloss', size - refs - falses - own + idTable - gloss)
