import {labelWith, pageTranslator, type Translate, type UiLang} from '../i18n/index.js'
import type {OutputDocument} from './document.js'
import {code, heading, item, paragraph, strong, table, text} from './markdown-syntax.js'
import {sentenceGloss} from './gloss.js'
import {entityTypeLabel, figureAbout, readerCountry, reviewLabel, sectionTitle} from './labels.js'
import {type PairRow, pairRows, sideLabels} from './pairs.js'

type Sentence = OutputDocument['sentences'][number]

/** "**Label:** a · b · c". */
const labelled = (label: string, items: string[]) => `${strong(`${label}:`)} ${text(items.join(' · '))}`

/** "20 → 20 (count, suspect, 2020)": a figure with its English and what it is. */
const figure = (number: Sentence['numbers'][number], t?: Translate) => `${number.text} → ${number.en} (${figureAbout(number, t)})`

/** A sentence as a list item: the text with its id and raw line:column, then gloss, figures, entities, terms. */
/** The labels of a sentence item, looked up once per document. */
const itemLabels = (t: Translate) => ({gloss: `${t('labels.gloss')}:`, figures: t('labels.figures'), entities: t('labels.entities'), terms: t('labels.terms'), verbs: t('labels.verbs'), fuzzy: t('labels.fuzzy'), t})
type ItemLabels = ReturnType<typeof itemLabels>

function sentenceItem(labels: ItemLabels, sentence: Sentence, index: number): string {
  const paragraphs = [`${text(sentence.text)} ${code(`${sentence.id} · ${sentence.raw.start.line}:${sentence.raw.start.column}`)}`]
  // The English of each glossed span as a code span after it: clean to read in the source and rendered.
  const pieces = sentenceGloss(sentence)
  if (pieces.some((piece) => piece.en !== undefined)) {
    paragraphs.push(`${strong(labels.gloss)} ${pieces.map((piece) => text(piece.text) + (piece.en === undefined ? '' : ` ${code(piece.en)}`)).join('')}`)
  }
  if (sentence.numbers.length > 0) paragraphs.push(labelled(labels.figures, sentence.numbers.map((number) => figure(number, labels.t))))
  if (sentence.entities.length > 0) {
    paragraphs.push(labelled(labels.entities, sentence.entities.map((e) => `${e.text} → ${e.en}${e.acronymEn ? ` (${e.acronymEn})` : ''}, ${entityTypeLabel(labels.t, e.type)}`)))
  }
  if (sentence.terms.length > 0) paragraphs.push(labelled(labels.terms, sentence.terms.map((term) => `${term.text} → ${term.en}${term.fuzzy ? ` ${labels.fuzzy}` : ''}`)))
  if (sentence.verbs.length > 0) paragraphs.push(labelled(labels.verbs, sentence.verbs.map((v) => `${v.text} → ${v.en}`)))
  return item(`${index + 1}.`, paragraphs)
}

/**
 * A sentence's text with its figures in bold and its named entities in italics (an entity wins over a
 * figure inside it), escaped for Markdown: a reader's plain text of it is the sentence again.
 */
function marked(sentence: Sentence): string {
  const spans: Array<{start: number; end: number; mark: string}> = []
  const free = (start: number, end: number) => spans.every((span) => span.end <= start || end <= span.start)
  for (const entity of sentence.entities) if (free(entity.start, entity.end)) spans.push({start: entity.start, end: entity.end, mark: '*'})
  for (const number of sentence.numbers) if (free(number.start, number.end)) spans.push({start: number.start, end: number.end, mark: '**'})
  spans.sort((a, b) => a.start - b.start)
  let out = ''
  let at = 0
  for (const span of spans) {
    out += `${text(sentence.text.slice(at, span.start))}${span.mark}${text(sentence.text.slice(span.start, span.end))}${span.mark}`
    at = span.end
  }
  return out + text(sentence.text.slice(at))
}

/** One bead as a table row: bead and sentence ids with raw places, the two sides, confidence and QA flags. */
function pairRow(row: PairRow): string[] {
  const place = (sentences: Sentence[]) => sentences.map((s) => code(`${s.id} ${s.raw.start.line}:${s.raw.start.column}`)).join(' ')
  const side = (sentences: Sentence[]) => (sentences.length === 0 ? text('—') : sentences.map(marked).join(' '))
  const flags = row.flags.map((flag) => `${code(flag.rule)} ${text(flag.message)}`)
  return [
    `${strong(row.id)} ${text(row.shape)} ${place(row.az)}${row.en.length > 0 ? ` → ${place(row.en)}` : ''}`,
    side(row.az),
    side(row.en),
    [text(row.confidence.toFixed(2)), ...flags].join(' · ')
  ]
}

/** A table cleaning took out, as a table again (its first row the header), with its raw place; one cell a row as a list. */
function tableBlock(t: Translate, block: NonNullable<OutputDocument['tables']>[number]): string {
  const caption = paragraph(`${strong(t('labels.table'))} ${code(`${block.raw.start.line}:${block.raw.start.column}`)}`)
  if (block.columns === 1) return `${caption}\n\n${block.rows.map((row) => item('-', [text(row[0] ?? '')])).join('\n')}\n`
  const [header, ...body] = block.rows
  return `${caption}\n\n${table(header!.map(text), body.map((row) => row.map(text)))}\n`
}

/**
 * `output/<stem>.md` in pieces (one per heading, sentence, diagnostic or removal): a reading copy. Title with
 * country and tier, one heading per section (English · Azerbaijani); for an aligned pair a two-column table
 * of beads per section (Azerbaijani | English, with figures, names, confidence and QA flags), otherwise
 * numbered sentences with their id, raw line:column, gloss and figures; then diagnostics and removals.
 */
export function* markdownChunks(document: OutputDocument, uiLang: UiLang = 'en'): Generator<string> {
  const t = pageTranslator(uiLang)
  const {tier, title} = document.document
  const name = readerCountry(document, uiLang)
  yield `${heading(1, text(tier ? t('labels.titleTier', {name, tier}) : name))}\n\n`
  yield `${paragraph(`${title ? text(`${title.text} · `) : ''}${t('labels.source', {path: code(document.source.path), sha256: code(document.source.sha256.slice(0, 12))})}`)}\n`

  const rows = pairRows(document)
  if (rows.length > 0) {
    const edition = code(document.partner?.source.path ?? '')
    const sides = sideLabels(document, t)
    yield `${paragraph(t('labels.pairLead', {edition, role: sides.englishRole, beads: t('count.bead', {count: rows.length})}))}\n`
    // Sections in the order of the beads (an English-only section comes after the others).
    const order = [...new Set(rows.map((row) => row.section))]
    for (const key of order) {
      const section = document.sections.find((item) => item.key === key)
      const english = document.partner?.sections.find((item) => item.key === key)
      const content = sectionTitle(t, {key, en: section?.en ?? english?.en ?? null, heading: section?.heading ?? null, inferred: section?.inferred ?? false})
      yield `\n${heading(2, text(content))}\n\n`
      yield `${table([t('labels.bead'), sides.az, sides.en, t('labels.confidenceQa')], rows.filter((row) => row.section === key).map(pairRow))}\n`
    }
  }

  let next = 0
  const labels = itemLabels(t)
  // A table stands after the sentence it follows in the text; in a pair's tables of beads, after them all.
  const tablesAfter = new Map<string | null, NonNullable<OutputDocument['tables']>>()
  for (const block of document.tables ?? []) {
    const key = rows.length > 0 ? null : block.after
    tablesAfter.set(key, [...(tablesAfter.get(key) ?? []), block])
  }
  const tableBlocks = (after: string | null) => {
    const blocks = tablesAfter.get(after)
    return blocks ? blocks.map((block) => `\n${tableBlock(t, block)}\n`).join('') : ''
  }
  if (rows.length > 0 && tablesAfter.has(null)) yield `\n${heading(2, t('labels.tables'))}\n${tableBlocks(null)}`
  for (const section of rows.length > 0 ? [] : document.sections) {
    yield `\n${heading(2, text(sectionTitle(t, section)))}\n`
    if (section === document.sections[0]) yield tableBlocks(null)
    // One piece per sentence: a section can be a whole 5 MB file (no headings found).
    const from = next
    next += section.sentences
    for (let at = from; at < next; at++) {
      const sentence = document.sentences[at]!
      yield `${at === from ? '\n' : ''}${sentenceItem(labels, sentence, at - from)}\n${tableBlocks(sentence.id)}`
    }
  }

  if (document.notes) {
    yield `\n${heading(2, t('labels.notes'))}\n\n`
    for (const note of document.notes) {
      const place = code(`${note.raw.start.line}:${note.raw.start.column}`)
      yield `${item('-', [`${code(note.number)} ${text(note.text)} ${place}${note.sentence ? ` → ${code(note.sentence)}` : ''}`])}\n`
    }
  }

  yield `\n${heading(2, t('labels.diagnostics'))}\n\n`
  if (document.diagnostics.length === 0) yield `${t('labels.none')}\n`
  else {
    const suggestion = labelWith(t, 'labels.suggestion', 'suggestion')
    const line = (d: OutputDocument['diagnostics'][number]) =>
      `${code(`${d.line}:${d.column}`)} ${strong(t(`severity.${d.severity}`))} ${text(d.message)} ${code(d.rule)}${d.suggestion === undefined ? '' : text(` — ${suggestion(d.suggestion)}`)}${text(reviewLabel(t, d.review))}`
    for (const d of document.diagnostics) yield `${item('-', [line(d)])}\n`
  }

  yield `\n${heading(2, t('labels.removed'))}\n\n`
  if (document.removed.length === 0) yield `${t('labels.nothing')}\n`
  else for (const r of document.removed) yield `${item('-', [`${code(`${r.line}:${r.column}`)} ${text(r.reason)} ${code(r.text)}`])}\n`
}

/** `output/<stem>.md` as one string. */
export function emitMarkdown(document: OutputDocument, uiLang: UiLang = 'en'): string {
  return [...markdownChunks(document, uiLang)].join('')
}
