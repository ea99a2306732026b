import type {ConceptJson, DocumentJson, EditionJson, GlossaryItemJson, LinesJson, NumberJson, OffsetsJson, SentenceJson, VerbJson} from './contract.js'
import {
  factsOf,
  glossed,
  glossOf,
  sentenceBefore,
  sentenceHolding,
  type OutputDocument,
  type OutputEdition,
  type OutputEntity,
  type OutputNumber,
  type OutputSentence,
  type OutputTerm,
  type OutputVerb,
  type Point,
  type RawSpan
} from './document.js'
import type {EntityItem, NumberItem} from '../tree.js'

/**
 * A hesabat JSON document (schema 3.x, parsed) as the writers read it: every item with its text, its concept's
 * English, lemma and type, and the raw line and column of every place; each sentence with its section and bead,
 * the facts table and the gloss. Throws an Error naming what is wrong for anything that is not schema 3.
 *
 *   const document = readDocument(JSON.parse(await readFile('output/2022-azerbaijan.json', 'utf8')))
 *   for (const sentence of document.sentences) for (const term of sentence.terms) console.log(term.text, term.en, term.line)
 */
export function readDocument(json: unknown): OutputDocument {
  const document = json as DocumentJson
  if (typeof json !== 'object' || json === null || typeof document.schemaVersion !== 'string') throw new Error('not a hesabat document: it has no schemaVersion')
  if (!document.schemaVersion.startsWith('3.')) {
    throw new Error(`a schema ${document.schemaVersion} document: this reader reads schema 3; regenerate it with \`hesabat run\` (README: "Moving from schema 2")`)
  }
  if (typeof document.edition !== 'object' || document.edition === null) throw new Error('not a hesabat document: it has no edition')
  const concepts = document.concepts ?? {}
  const edition = editionOf(document.edition, concepts)
  const partner = document.partner ? editionOf(document.partner, concepts) : undefined
  if (document.beads && partner) attachBeads(document, edition, partner)
  return {
    $schema: document.$schema,
    schemaVersion: document.schemaVersion,
    languages: document.languages,
    glossary: document.glossary,
    ...edition,
    facts: factsOf(edition.sentences),
    ...(partner ? {partner} : {}),
    ...(document.beads
      ? {beads: document.beads.map((bead) => ({...bead, shape: `${bead.edition.length}-${bead.partner.length}`}))}
      : {})
  }
}

/** Raw offset → {line, column, offset} from an edition's lines (the way vfile-location counts them). */
function locator(lines: LinesJson): (offset: number) => Point {
  const starts: number[] = []
  let start = lines.offset
  for (const length of lines.lengths) {
    starts.push(start)
    start += length
  }
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return {line: lines.first + low, column: offset - (starts[low] ?? lines.offset) + 1, offset}
  }
}

function editionOf(json: EditionJson, concepts: Record<string, ConceptJson>): OutputEdition {
  const pointAt = locator(json.lines)
  const span = ([start, end]: OffsetsJson): RawSpan => ({start: pointAt(start), end: pointAt(end)})
  const language = json.language
  const concept = (id: string): ConceptJson => concepts[id] ?? {type: 'term'}
  const lemmaOf = (id: string, at = 0) => concept(id).lemmas?.[language]?.[at] ?? ''

  const placed = (item: {raw: OffsetsJson}) => {
    const {line, column} = pointAt(item.raw[0])
    return {line, column}
  }
  const number = (text: string, item: NumberJson): OutputNumber =>
    ({...(item as unknown as Omit<NumberItem, 'text'>), text: text.slice(item.start, item.end), ...placed(item)}) as OutputNumber
  const shared = (text: string, item: GlossaryItemJson) => {
    const {type, en, acronym} = concept(item.id)
    return {
      id: item.id,
      text: text.slice(item.start, item.end),
      start: item.start,
      end: item.end,
      lemma: lemmaOf(item.id, item.lemma),
      fuzzy: item.fuzzy ?? false,
      raw: item.raw,
      ...placed(item),
      type: item.type ?? type,
      en: item.en ?? en ?? '',
      acronymEn: item.acronym === undefined ? (acronym ?? null) : item.acronym
    }
  }
  const entity = (text: string, item: GlossaryItemJson): OutputEntity => shared(text, item) as EntityItem & OutputEntity
  const term = (text: string, item: GlossaryItemJson): OutputTerm => {
    const {type, acronymEn, ...rest} = shared(text, item)
    return rest
  }
  const verb = (text: string, item: VerbJson): OutputVerb => ({
    id: item.id,
    text: text.slice(item.start, item.end),
    start: item.start,
    end: item.end,
    lemma: lemmaOf(item.id, item.lemma),
    form: {kind: item.form, passive: item.passive ?? false, negated: item.negated ?? false},
    en: item.en,
    raw: item.raw,
    ...placed(item)
  })

  // A sentence's section: the sections take the sentences in order, each as many as it counts.
  const sectionOf: string[] = []
  for (const section of json.sections) for (let k = 0; k < section.sentences; k++) sectionOf.push(section.key)
  const withGloss = glossed(language)
  const sentences = json.sentences.map((sentence: SentenceJson, index): OutputSentence => {
    const {text} = sentence
    const items = {
      text,
      numbers: (sentence.numbers ?? []).map((item) => number(text, item)),
      entities: (sentence.entities ?? []).map((item) => entity(text, item)),
      terms: (sentence.terms ?? []).map((item) => term(text, item)),
      verbs: (sentence.verbs ?? []).map((item) => verb(text, item))
    }
    return {id: sentence.id, section: sectionOf[index] ?? 'unknown', raw: span(sentence.raw), ...items, ...(withGloss ? {gloss: glossOf(items)} : {})}
  })

  let next = 0
  const sections = json.sections.map((section) => {
    const own = sentences.slice(next, (next += section.sentences))
    const kind = concepts[`section.${section.key}`]
    return {
      key: section.key,
      heading: section.heading,
      en: section.en === undefined ? (kind?.en ?? null) : section.en,
      inferred: section.inferred ?? false,
      raw: section.raw ? span(section.raw) : null,
      terms: (section.terms ?? []).map((item) => term(section.heading ?? '', item)),
      sentences: section.sentences,
      first: own[0]?.id ?? null,
      last: own.at(-1)?.id ?? null
    }
  })

  const title = json.title
  return {
    source: {path: json.path, sha256: json.sha256, language, ...(json.chapter ? {chapter: json.chapter} : {})},
    document: {
      country: json.country,
      countryName: json.countryName,
      tier: json.tier,
      year: json.year,
      title: title
        ? {
            text: title.text,
            raw: span(title.raw),
            numbers: (title.numbers ?? []).map((item) => number(title.text, item)),
            entities: (title.entities ?? []).map((item) => entity(title.text, item))
          }
        : null
    },
    sections,
    sentences,
    diagnostics: json.diagnostics,
    removed: json.removed.map(({reason, text, offset}) => {
      const {line, column} = pointAt(offset)
      return {reason, text, line, column, offset}
    }),
    ...(json.notes
      ? {
          notes: json.notes.map((note) => ({
            number: note.number,
            text: note.text,
            raw: span(note.raw),
            marker: note.marker === null ? null : pointAt(note.marker),
            sentence: note.marker === null ? null : sentenceHolding(sentences, note.marker)
          }))
        }
      : {}),
    ...(json.tables ? {tables: json.tables.map((table) => ({columns: table.columns, rows: table.rows, raw: span(table.raw), after: sentenceBefore(sentences, table.raw[0])}))} : {}),
    lines: json.lines
  }
}

/** Each sentence's bead and confidence; on the edition's side, the partner's text of the bead too. */
function attachBeads(document: DocumentJson, edition: OutputEdition, partner: OutputEdition): void {
  const editionSentences = new Map(edition.sentences.map((sentence) => [sentence.id, sentence]))
  const partnerSentences = new Map(partner.sentences.map((sentence) => [sentence.id, sentence]))
  for (const bead of document.beads ?? []) {
    const align = {bead: bead.id, confidence: bead.confidence}
    const en = bead.partner.map((id) => partnerSentences.get(id)?.text ?? '').join(' ')
    for (const id of bead.edition) Object.assign(editionSentences.get(id) ?? {}, {en, align})
    for (const id of bead.partner) Object.assign(partnerSentences.get(id) ?? {}, {align})
  }
}
