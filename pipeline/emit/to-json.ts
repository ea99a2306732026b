import type {ConceptJson, DocumentJson, EditionJson, GlossaryItemJson, NumberJson, OffsetsJson, SentenceJson, VerbJson} from './contract.js'
import {SCHEMA_ID, SCHEMA_VERSION, type OutputDocument, type OutputEdition, type OutputEntity, type OutputNumber, type OutputTerm, type OutputVerb, type RawSpan} from './document.js'

/**
 * The document as schema 3.0 writes it (contract.ts): what follows from the rest is left out, and what the items
 * of one concept share is written once in `concepts`. readDocument (read-document.ts) puts it all back.
 */
export function toJson(document: OutputDocument): DocumentJson {
  const concepts = new Concepts()
  // The partner's items come after the edition's: a concept's shared fields are the first occurrence's.
  const edition = editionJson(document, concepts)
  const partner = document.partner ? editionJson(document.partner, concepts) : undefined
  return {
    $schema: SCHEMA_ID,
    schemaVersion: SCHEMA_VERSION,
    languages: document.languages,
    glossary: document.glossary,
    concepts: concepts.table,
    edition,
    ...(partner ? {partner} : {}),
    ...(document.beads
      ? {beads: document.beads.map(({id, section, edition, partner, confidence, anchors, fixed, review}) => ({id, section, edition, partner, confidence, anchors, ...(fixed ? {fixed} : {}), ...(review ? {review} : {})}))}
      : {})
  }
}

const offsets = (span: RawSpan): OffsetsJson => [span.start.offset, span.end.offset]

/** The concept table, filled as items are written; each item keeps only where it differs from its concept. */
class Concepts {
  readonly table: Record<string, ConceptJson> = {}

  /** The item's lemma: its place in the concept's lemmas of its language, added when new. */
  lemma(concept: ConceptJson, language: string, lemma: string): number {
    const lemmas = (concept.lemmas ??= {})
    const list = (lemmas[language] ??= [])
    const at = list.indexOf(lemma)
    return at === -1 ? list.push(lemma) - 1 : at
  }

  /** An entity or term: type, English and acronym go to the concept at its first occurrence. */
  item(item: OutputEntity | OutputTerm, type: string, language: string): GlossaryItemJson {
    const acronym = 'acronymEn' in item ? item.acronymEn : null
    const concept = (this.table[item.id] ??= {type, en: item.en, ...(acronym === null ? {} : {acronym})})
    const lemma = this.lemma(concept, language, item.lemma)
    return {
      id: item.id,
      start: item.start,
      end: item.end,
      raw: item.raw,
      ...(lemma === 0 ? {} : {lemma}),
      ...(item.fuzzy ? {fuzzy: true} : {}),
      ...(concept.type === type ? {} : {type}),
      ...(concept.en === item.en ? {} : {en: item.en}),
      ...((concept.acronym ?? null) === acronym ? {} : {acronym})
    }
  }

  verb(verb: OutputVerb, language: string): VerbJson {
    const concept = (this.table[verb.id] ??= {type: 'verb'})
    const lemma = this.lemma(concept, language, verb.lemma)
    return {
      id: verb.id,
      start: verb.start,
      end: verb.end,
      raw: verb.raw,
      form: verb.form.kind,
      ...(verb.form.passive ? {passive: true} : {}),
      ...(verb.form.negated ? {negated: true} : {}),
      en: verb.en,
      ...(lemma === 0 ? {} : {lemma})
    }
  }

  /** A section's kind, with the English heading of the kind (a section keeps its own when it differs). */
  section(key: string, en: string | null): string | null | undefined {
    if (en === null) return this.table[`section.${key}`] === undefined ? undefined : null
    const concept = (this.table[`section.${key}`] ??= {type: 'section', en})
    return concept.en === en ? undefined : en
  }
}

/** A figure without what follows from its sentence (its text) and its place (line and column). */
function numberJson({text, line, column, ...number}: OutputNumber): NumberJson {
  return number as NumberJson
}

const entities = (concepts: Concepts, items: readonly OutputEntity[], language: string) => items.map((item) => concepts.item(item, item.type, language))
const terms = (concepts: Concepts, items: readonly OutputTerm[], language: string) => items.map((item) => concepts.item(item, 'term', language))

/** Only a list that has items is written. */
const some = <K extends string, T>(key: K, items: readonly T[]) => (items.length > 0 ? ({[key]: items} as Record<K, T[]>) : {})

function editionJson(edition: OutputEdition, concepts: Concepts): EditionJson {
  const {source, document} = edition
  const language = source.language
  return {
    path: source.path,
    sha256: source.sha256,
    language,
    year: document.year,
    ...(source.chapter ? {chapter: source.chapter} : {}),
    country: document.country,
    countryName: document.countryName,
    tier: document.tier,
    title: document.title
      ? {
          text: document.title.text,
          raw: offsets(document.title.raw),
          ...some('numbers', document.title.numbers.map(numberJson)),
          ...some('entities', entities(concepts, document.title.entities, language))
        }
      : null,
    lines: edition.lines,
    sections: edition.sections.map((section) => {
      const en = concepts.section(section.key, section.en)
      return {
        key: section.key,
        heading: section.heading,
        ...(en === undefined ? {} : {en}),
        ...(section.inferred ? {inferred: true} : {}),
        raw: section.raw ? offsets(section.raw) : null,
        ...some('terms', terms(concepts, section.terms, language)),
        sentences: section.sentences
      }
    }),
    sentences: edition.sentences.map(
      (sentence): SentenceJson => ({
        id: sentence.id,
        text: sentence.text,
        raw: offsets(sentence.raw),
        ...some('numbers', sentence.numbers.map(numberJson)),
        ...some('entities', entities(concepts, sentence.entities, language)),
        ...some('terms', terms(concepts, sentence.terms, language)),
        ...some(
          'verbs',
          sentence.verbs.map((verb) => concepts.verb(verb, language))
        )
      })
    ),
    diagnostics: edition.diagnostics,
    removed: edition.removed.map(({reason, text, offset}) => ({reason, text, offset})),
    ...(edition.notes ? {notes: edition.notes.map((note) => ({number: note.number, text: note.text, raw: offsets(note.raw), marker: note.marker?.offset ?? null}))} : {}),
    ...(edition.tables ? {tables: edition.tables.map((table) => ({columns: table.columns, rows: table.rows, raw: offsets(table.raw)}))} : {})
  }
}
