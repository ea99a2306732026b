/**
 * `output/<stem>.html`: the translator's review page. One self-contained file (inline CSS and script, no
 * network), written from the same OutputDocument as the JSON: per section a table of Azerbaijani | English
 * (or gloss) | confidence, figures, names, terms and verbs marked on both sides with their English, type and
 * id, and a diagnostics panel whose items lead to their sentence. Every label comes from the i18n resources.
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {labelWith, pageTranslator, type Translate, type UiLang} from '../../i18n/index.js'
import type {OutputDiagnostic, OutputDocument, OutputSentence} from '../document.js'
import {sentenceGloss} from '../gloss.js'
import {LOW_CONFIDENCE} from '../../align/index.js'
import {entityTypeLabel, figureAbout, readerCountry, reviewLabel, ruleLabel, sectionTitle} from '../labels.js'
import {directionOf, pairRows, sideLabels} from '../pairs.js'
import {firstComeSpans} from '../../text/spans.js'
import {nameParts} from '../../io/read-input.js'

const STYLE = readFileSync(new URL('./page.css', import.meta.url), 'utf8').trim()
const SCRIPT = readFileSync(new URL('./page.js', import.meta.url), 'utf8').trim()
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
/**
 * The page runs its own script and style and nothing else: no other script, no inline handler, no style
 * attribute, nothing loaded from anywhere, so a text that escaped its escaping still does nothing.
 */
const POLICY = `default-src 'none'; script-src ${hash(SCRIPT)}; style-src ${hash(STYLE)}; img-src data:; base-uri 'none'; form-action 'none'`
/** Served by `hesabat review`, the page may also send its decisions to the server it came from, and nowhere else. */
const SERVED_POLICY = POLICY.replace("default-src 'none';", "default-src 'none'; connect-src 'self';")

const SPECIAL = /[&<>"]/u
const SPECIALS = /[&<>"]/gu
const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}
/** Text or attribute value, escaped. */
export const escapeHtml = (value: string | number) => {
  const text = String(value)
  // Most text has nothing to escape: a test is cheaper than a replace with a callback.
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c]!) : text
}

type Kind = 'number' | 'entity' | 'term' | 'verb'
interface Mark {
  start: number
  end: number
  kind: Kind
  /** What the two sides share: `n:<value>`, `e:<id>`, `t:<id>`, `v:<id>`. */
  key: string
  tip: string
}

/** The words a mark's label uses, looked up once per page (i18next's lookup costs more than the mark). */
interface MarkWords {
  kind: Record<Kind, string>
  fuzzy: string
  t: Translate
}

const markWords = (t: Translate): MarkWords => ({
  kind: {number: t('html.kind.number'), entity: t('html.kind.entity'), term: t('html.kind.term'), verb: t('html.kind.verb')},
  fuzzy: t('labels.fuzzy'),
  t
})

/** A sentence's items as marks, without overlaps: a name wins over a figure or term inside it, then figures, terms, verbs. */
function marksOf(words: MarkWords, sentence: OutputSentence, other?: ReadonlyMap<string, string>): Mark[] {
  const kind = (k: Kind) => words.kind[k]
  // On the original's side of a pair, a name or term tells the translation's wording, not its own English again.
  const said = (id: string, en: string) => other?.get(id) ?? en
  const layers: Mark[][] = [
    sentence.entities.map((e) => ({start: e.start, end: e.end, kind: 'entity', key: `e:${e.id}`, tip: `${said(e.id, `${e.en}${e.acronymEn ? ` (${e.acronymEn})` : ''}`)} · ${kind('entity')} ${entityTypeLabel(words.t, e.type)} · ${e.id}`})),
    sentence.numbers.map((n) => ({start: n.start, end: n.end, kind: 'number', key: `n:${String(n.value)}`, tip: `${n.en} · ${kind('number')}: ${figureAbout(n, words.t)}`})),
    sentence.terms.map((term) => ({start: term.start, end: term.end, kind: 'term', key: `t:${term.id}`, tip: `${said(term.id, term.en)} · ${kind('term')} · ${term.id}${term.fuzzy ? ` ${words.fuzzy}` : ''}`})),
    sentence.verbs.map((v) => ({start: v.start, end: v.end, kind: 'verb', key: `v:${v.id}`, tip: `${said(v.id, v.en)} · ${kind('verb')} · ${v.id}`}))
  ]
  return firstComeSpans(sentence.text.length, layers)
}

/** A sentence's text with its items marked (focusable, with their English in a tooltip and for screen readers). */
function marked(words: MarkWords, sentence: OutputSentence, faults?: ReadonlySet<string>, other?: ReadonlyMap<string, string>): string {
  let out = ''
  let at = 0
  for (const mark of marksOf(words, sentence, other)) {
    const text = sentence.text.slice(mark.start, mark.end)
    out += escapeHtml(sentence.text.slice(at, mark.start))
    // The label is also the tooltip (CSS shows it on hover and focus): said once, for eyes and screen readers.
    // Not a tab stop of its own: a row is one, and the arrow keys go through its marks (page.js).
    out += `<mark class="k-${mark.kind}${faults?.has(text) ? ' fault' : ''}" tabindex="-1" data-k="${escapeHtml(mark.key)}" aria-label="${escapeHtml(`${text} — ${mark.tip}`)}">${escapeHtml(text)}</mark>`
    at = mark.end
  }
  return out + escapeHtml(sentence.text.slice(at))
}

/** The gloss of a sentence (no English edition): the text with the English of its items after them. */
function glossed(sentence: OutputSentence): string {
  return sentenceGloss(sentence)
    .map((piece) => escapeHtml(piece.text) + (piece.en === undefined ? '' : ` <span class="gloss">[${escapeHtml(piece.en)}]</span>`))
    .join('')
}

interface Row {
  id: string
  section: string
  label: string
  places: string
  /** The two sides' HTML, made when the row is written (a 5 MB document's rows are not all held as HTML at once). */
  az: () => string
  en: () => string
  confidence: number | null
  flags: OutputDiagnostic[]
  /** A bead's row: what a reviewer set of it. */
  bead?: {fixed?: true; review?: OutputDiagnostic['review']}
}

/** Sentences by place, to find the one a diagnostic's line:column falls in. */
function locator(sentences: readonly OutputSentence[]): (line: number, column: number) => OutputSentence | undefined {
  const before = (line: number, column: number, point: {line: number; column: number}) => point.line < line || (point.line === line && point.column <= column)
  return (line, column) => {
    let low = 0
    let high = sentences.length - 1
    let found: OutputSentence | undefined
    while (low <= high) {
      const middle = (low + high) >> 1
      if (before(line, column, sentences[middle]!.raw.start)) {
        found = sentences[middle]
        low = middle + 1
      } else high = middle - 1
    }
    if (!found) return undefined
    const end = found.raw.end
    return end.line > line || (end.line === line && end.column >= column) ? found : undefined
  }
}

const placeOf = (sentences: readonly OutputSentence[]) => sentences.map((s) => `${s.id} ${s.raw.start.line}:${s.raw.start.column}`).join(' ')

/** The page's rows: a bead each for a pair, a sentence each otherwise; and which row each diagnostic is about. */
function rowsOf(t: Translate, document: OutputDocument): {rows: Row[]; targets: Map<OutputDiagnostic, string>} {
  const targets = new Map<OutputDiagnostic, string>()
  const words = markWords(t)
  const none = `<span class="none">${escapeHtml(t('html.noCounterpart'))}</span>`
  const beads = pairRows(document)
  const rowOfSentence = new Map<string, string>()
  const rowOfEnglish = new Map<string, string>()
  let rows: Row[]
  // The words a row's findings are about, marked on both sides: the translation's text and the original's.
  const englishIsSource = directionOf(document).source === 'en'
  const faults = (row: Row, side: 'az' | 'en') => {
    const original = (side === 'en') === englishIsSource
    return new Set(row.flags.map((flag) => (original ? flag.counterpart?.text : flag.text) ?? '').filter(Boolean))
  }
  // The edition's wording of each concept (the form its first occurrence matched), for the marks on the English side.
  const wording = new Map<string, string>()
  if (beads.length > 0) for (const sentence of document.sentences) for (const item of [...sentence.entities, ...sentence.terms, ...sentence.verbs]) if (!wording.has(item.id)) wording.set(item.id, item.lemma)
  if (beads.length > 0) {
    rows = beads.map((bead) => {
      const id = `row-${bead.id}`
      for (const sentence of bead.az) rowOfSentence.set(sentence.id, id)
      for (const sentence of bead.en) rowOfEnglish.set(sentence.id, id)
      // Each sentence in a span of its own: a reviewer's bead decision names its sentences by their text (page.js).
      const side = (sentences: OutputSentence[], found?: ReadonlySet<string>, other?: ReadonlyMap<string, string>) =>
        sentences.length === 0 ? none : sentences.map((s) => `<span class="s">${marked(words, s, found, other)}</span>`).join(' ')
      const decided = {...(bead.fixed ? {fixed: bead.fixed} : {}), ...(bead.review ? {review: bead.review} : {})}
      const row: Row = {id, section: bead.section, label: `${bead.id} · ${bead.shape}`, places: [placeOf(bead.az), placeOf(bead.en)].filter(Boolean).join(' → '), az: () => side(bead.az, faults(row, 'az')), en: () => side(bead.en, faults(row, 'en'), wording), confidence: bead.confidence, flags: [], bead: decided}
      return row
    })
  } else {
    rows = document.sentences.map((sentence) => {
      const id = `row-${sentence.id}`
      rowOfSentence.set(sentence.id, id)
      return {id, section: sentence.section, label: sentence.id, places: `${sentence.raw.start.line}:${sentence.raw.start.column}`, az: () => marked(words, sentence), en: () => glossed(sentence), confidence: null, flags: []}
    })
  }
  const byId = new Map(rows.map((row) => [row.id, row]))
  const findAz = locator(document.sentences)
  const findEn = locator(document.partner?.sentences ?? [])
  const attach = (diagnostic: OutputDiagnostic, row: string | undefined) => {
    if (!row) return
    targets.set(diagnostic, row)
    if (diagnostic.severity !== 'info') byId.get(row)?.flags.push(diagnostic)
  }
  for (const d of document.diagnostics) attach(d, d.bead ? `row-${d.bead}` : rowOfSentence.get(findAz(d.line, d.column)?.id ?? ''))
  for (const d of document.partner?.diagnostics ?? []) attach(d, rowOfEnglish.get(findEn(d.line, d.column)?.id ?? ''))
  return {rows, targets}
}

/** One row: id and raw places, the two sides, the confidence and its flags. */
/** The words of a bead's controls, looked up once per page. */
interface BeadWords {
  decision: string
  none: string
  statuses: Array<[string, string]>
  merge: string
  split: string
}

/**
 * The controls of a bead, once per page in a template: the reviewer's word on its pairing, a merge with the next
 * bead, a split. page.js puts a copy in every bead's row (a row carries only what the reviewer set of it).
 */
function beadTemplate(words: BeadWords): string {
  const options = words.statuses.map(([value, label]) => `<option value="${value}">${escapeHtml(label)}</option>`).join('')
  return (
    `<template id="bead-controls"><div class="bead-decide"><select aria-label="${escapeHtml(words.decision)}"><option value="">${escapeHtml(words.none)}</option>${options}</select> ` +
    `<button type="button" class="merge">${escapeHtml(words.merge)}</button> <button type="button" class="split">${escapeHtml(words.split)}</button></div></template>\n`
  )
}

/** What a reviewer set of a bead, for page.js: that it is a bead to decide about, fixed, and its status. */
const reviewed = (row: Row, reviewing: boolean) =>
  !reviewing || !row.bead ? '' : ` data-bead="yes"${row.bead.fixed ? ' data-fixed="yes"' : ''}${row.bead.review ? ` data-status="${row.bead.review.status}"` : ''}`

function rowHtml(flagged: string, row: Row, language: string, reviewing = false, rule: (code: string) => string = (code) => code): string {
  const confidence = row.confidence === null ? '—' : `<span${row.confidence < LOW_CONFIDENCE ? ' class="low"' : ''}>${row.confidence.toFixed(2)}</span>`
  // A rule by its name in the reader's language, its code in the tooltip where the two differ.
  const flags = row.flags.map((flag) => `<span class="flag"${rule(flag.rule) === flag.rule ? '' : ` title="${escapeHtml(flag.rule)}"`}>${escapeHtml(rule(flag.rule))}</span>`).join('')
  // The reason under the bead: each finding's message, not only its rule.
  const reasons = row.flags.map((flag) => `<p class="reason">${escapeHtml(flag.message)}</p>`).join('')
  const englishLang = row.confidence === null ? '' : ' lang="en"'
  return (
    `<tr id="${escapeHtml(row.id)}" data-section="${escapeHtml(row.section)}" tabindex="0"${row.flags.length > 0 ? ' class="flagged"' : ''}${reviewed(row, reviewing)}>` +
    // The raw places are for those who look for them: in the row head's tooltip.
    `<th scope="row" title="${escapeHtml(row.places)}"><b>${escapeHtml(row.label)}</b></th>` +
    `<td lang="${escapeHtml(language)}">${row.az()}${reasons}</td><td${englishLang}>${row.en()}</td>` +
    `<td>${confidence}${flags}${row.flags.length > 0 ? flagged : ''}</td></tr>\n`
  )
}

/** The page in pieces (head, header, filters, one per section, diagnostics, script). */
export function* htmlChunks(document: OutputDocument, uiLang: UiLang = 'en', {served = false} = {}): Generator<string> {
  const t = pageTranslator(uiLang)
  const {tier, year} = document.document
  const name = readerCountry(document, uiLang)
  const title = tier ? t('labels.titleTier', {name, tier}) : name
  const {rows, targets} = rowsOf(t, document)
  const edition = document.partner
  const paired = edition !== undefined
  const diagnostics = [...document.diagnostics.map((d) => ({d, file: document.source.path})), ...(edition?.diagnostics.map((d) => ({d, file: edition.source.path})) ?? [])]
  // A finding a reviewer dismissed is no warning any more.
  const bySeverity = (severity: string) => diagnostics.filter(({d}) => d.severity === severity && d.review?.status !== 'dismissed').length

  yield `<!doctype html>\n<html lang="${uiLang}" data-generator="hesabat">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="${served ? SERVED_POLICY : POLICY}">\n`
  yield `<title>${escapeHtml(`${title} · ${t('html.pageTitle')}`)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<a class="skip" href="#diagnostics">${escapeHtml(t('html.skip'))}</a>\n`

  const fact = (label: string, value: string) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`
  yield `<header>\n<h1>${escapeHtml(title)}</h1>\n<dl class="facts">`
  yield fact(t('html.country'), name) + fact(t('html.tier'), tier ?? '—') + fact(t('html.year'), year === null ? '—' : String(year))
  yield fact(t('html.sentences'), String(document.sentences.length))
  if (document.beads) yield fact(t('html.beads'), String(document.beads.length))
  yield fact(t('html.diagnostics'), `${t('count.error', {count: bySeverity('error')})} · ${t('count.warning', {count: bySeverity('warning')})} · ${t('count.info', {count: bySeverity('info')})}`)
  yield fact(t('html.glossary'), document.glossary ? `sha256 ${document.glossary.slice(0, 12)}` : t('html.noGlossary'))
  yield fact(t('html.source'), `${document.source.path}${edition ? ` + ${edition.source.path}` : ''}`)
  yield `</dl>\n<p class="legend">${t('html.legend')}: <mark class="k-number">${escapeHtml(t('html.kind.number'))}</mark> <mark class="k-entity">${escapeHtml(t('html.kind.entity'))}</mark> <mark class="k-term">${escapeHtml(t('html.kind.term'))}</mark> <mark class="k-verb">${escapeHtml(t('html.kind.verb'))}</mark></p>\n</header>\n`

  const sections = [...new Set(rows.map((row) => row.section))]
  const sectionLabel = (key: string) => {
    const section = document.sections.find((item) => item.key === key)
    const english = document.partner?.sections.find((item) => item.key === key)
    return sectionTitle(t, {key, en: section?.en ?? english?.en ?? null, heading: section?.heading ?? null, inferred: section?.inferred ?? false})
  }
  const labels = new Map(sections.map((key) => [key, sectionLabel(key)]))
  yield `<form class="filters" role="search" aria-label="${escapeHtml(t('html.filters'))}">\n`
  yield `<label for="f-section">${escapeHtml(t('html.section'))}</label><select id="f-section"><option value="">${escapeHtml(t('html.allSections'))}</option>`
  for (const key of sections) yield `<option value="${escapeHtml(key)}">${escapeHtml(labels.get(key)!)}</option>`
  yield `</select>\n<label><input type="checkbox" id="f-flagged"> ${escapeHtml(t('html.onlyFlagged'))}</label>\n`
  // Only what a finding is about is marked at first (1,651 marks buried 20 findings); all of them on request.
  yield `<label><input type="checkbox" id="f-marks"> ${escapeHtml(t('html.allMarks'))}</label>\n`
  yield `<label for="f-text">${escapeHtml(t('html.search'))}</label><input type="search" id="f-text">\n`
  yield `<span>${escapeHtml(t('html.rowsShown'))}: <output id="f-count" aria-live="polite">${rows.length} / ${rows.length}</output></span>\n`
  yield `<p class="keys">${escapeHtml(t('html.keys'))}</p>\n</form>\n<div class="layout">\n<main>\n`

  const sides = sideLabels(document, t)
  // A single edition's own language heads its column (an English edition is no Azerbaijani text).
  const language = document.source.language
  const first = paired ? sides.az : t(language === 'en' ? 'labels.english' : 'labels.azerbaijani')
  const second = paired ? sides.en : t('html.gloss')
  const flagged = `<span class="vh">${escapeHtml(t('html.flagged'))}</span>`
  const ruleName = (code: string) => ruleLabel(t, code)
  // A pair's beads take a reviewer's corrections (page.js records them with the findings' decisions).
  const reviewing = paired && !document.source.chapter && nameParts(document.source.path) !== undefined
  const beadWords: BeadWords | undefined = reviewing
    ? {decision: t('html.review.pairing'), none: t('html.review.undecided'), statuses: ['confirmed', 'to-fix', 'dismissed'].map((s) => [s, t(`review.${s}`)]), merge: t('html.review.merge'), split: t('html.review.split')}
    : undefined
  for (const key of sections) {
    const id = `sec-${key}`
    yield `<section id="${escapeHtml(id)}" data-section="${escapeHtml(key)}" aria-labelledby="${escapeHtml(id)}-h">\n<h2 id="${escapeHtml(id)}-h">${escapeHtml(labels.get(key)!)}</h2>\n`
    yield `<table>\n<colgroup><col class="c-id"><col><col><col class="c-conf"></colgroup>\n<thead><tr><th scope="col">${escapeHtml(paired ? t('labels.bead') : t('html.sentence'))}</th><th scope="col">${escapeHtml(first)}</th><th scope="col">${escapeHtml(second)}</th><th scope="col">${escapeHtml(paired ? t('html.confidence') : t('html.flags'))}</th></tr></thead>\n<tbody>\n`
    for (const row of rows) if (row.section === key) yield rowHtml(flagged, row, language, beadWords !== undefined, ruleName)
    yield `</tbody>\n</table>\n</section>\n`
  }
  yield `<p id="rows-empty" class="empty" hidden>${escapeHtml(t('html.nothingMatches'))}</p>\n</main>\n`
  if (beadWords) yield beadTemplate(beadWords)

  // A pair's findings take a reviewer's decision here (page.js keeps them and saves review/<stem>.review.json).
  const stem = reviewing ? nameParts(document.source.path)?.stem : undefined
  const sentenceOf = (d: OutputDiagnostic, file: string) => (file === document.source.path ? locator(document.sentences) : locator(edition?.sentences ?? []))(d.line, d.column)?.text ?? null
  const decidable = (d: OutputDiagnostic) => stem !== undefined && d.severity !== 'info' && d.rule !== 'stale-decision'
  yield `<section id="diagnostics" aria-labelledby="diag-title" data-pinned="${escapeHtml(t('html.pinned'))}"${stem ? ` data-review="${escapeHtml(stem)}" data-corrected="${escapeHtml(t('html.review.corrected'))}"` : ''}>\n<h2 id="diag-title">${escapeHtml(t('labels.diagnostics'))}</h2>\n<div class="controls">`
  const rules = [...new Set(diagnostics.map(({d}) => d.rule))].sort()
  yield `<label for="d-rule">${escapeHtml(t('html.rule'))}</label> <select id="d-rule"><option value="">${escapeHtml(t('html.allRules'))}</option>${rules.map((rule) => `<option value="${escapeHtml(rule)}">${escapeHtml(ruleName(rule))}</option>`).join('')}</select> `
  yield `<label for="d-severity">${escapeHtml(t('html.severity'))}</label> <select id="d-severity"><option value="">${escapeHtml(t('html.allSeverities'))}</option>${['error', 'warning', 'info'].map((s) => `<option value="${s}">${escapeHtml(t(`severity.${s}`))}</option>`).join('')}</select>`
  if (stem) {
    const statuses = ['undecided', 'to-fix', 'dismissed', 'confirmed']
    yield ` <label for="d-decision">${escapeHtml(t('html.review.decision'))}</label> <select id="d-decision"><option value="">${escapeHtml(t('html.review.allDecisions'))}</option>${statuses.map((s) => `<option value="${s}">${escapeHtml(s === 'undecided' ? t('html.review.undecided') : t(`review.${s}`))}</option>`).join('')}</select>`
    yield `<p class="review-bar"><span>${escapeHtml(t('html.review.reviewed'))}: <output id="r-count" aria-live="polite"></output></span> <button type="button" id="r-save">${escapeHtml(t('html.review.save'))}</button> <label class="load">${escapeHtml(t('html.review.load'))} <input type="file" id="r-file" accept=".json,application/json"></label></p><p class="keys">${escapeHtml(t('html.review.saveNote', {stem}))}</p>`
  }
  yield `</div>\n`
  if (diagnostics.length === 0) yield `<p>${escapeHtml(t('labels.none'))}</p>\n`
  else {
    yield `<ol id="d-list">\n`
    const suggestion = labelWith(t, 'labels.suggestion', 'suggestion')
    for (const {d, file} of diagnostics) {
      const body = `<span class="sev sev-${d.severity}">${escapeHtml(t(`severity.${d.severity}`))}</span> <code${ruleName(d.rule) === d.rule ? '' : ` title="${escapeHtml(d.rule)}"`}>${escapeHtml(ruleName(d.rule))}</code> ${escapeHtml(d.message)}${d.suggestion === undefined ? '' : ` — ${escapeHtml(suggestion(d.suggestion))}`}${d.review ? `<span class="review">${escapeHtml(reviewLabel(t, d.review))}</span>` : ''}<span class="place">${escapeHtml(`${file}:${d.line}:${d.column}`)}</span>`
      const target = targets.get(d)
      const decide = decidable(d)
        ? `<div class="decide" data-key="${escapeHtml(JSON.stringify({rule: d.rule, text: d.text ?? '', sentence: sentenceOf(d, file)}))}"><select aria-label="${escapeHtml(t('html.review.decision'))}"><option value="">${escapeHtml(t('html.review.undecided'))}</option>${['to-fix', 'dismissed', 'confirmed'].map((s) => `<option value="${s}"${d.review?.status === s ? ' selected' : ''}>${escapeHtml(t(`review.${s}`))}</option>`).join('')}</select> <input type="text" aria-label="${escapeHtml(t('html.review.comment'))}" placeholder="${escapeHtml(t('html.review.comment'))}" value="${escapeHtml(d.review?.comment ?? '')}"></div>`
        : ''
      yield `<li data-rule="${escapeHtml(d.rule)}" data-severity="${d.severity}"${d.review ? ` data-review="${d.review.status}"` : ''}>${target ? `<button type="button" data-target="${escapeHtml(target)}">${body}</button>` : `<div>${body}</div>`}${decide}</li>\n`
    }
    yield `</ol>\n<p id="d-empty" class="empty" hidden>${escapeHtml(t('html.nothingMatches'))}</p>\n`
  }
  yield `</section>\n</div>\n<script>${SCRIPT}</script>\n</body>\n</html>\n`
}

export function emitHtml(document: OutputDocument, uiLang: UiLang = 'en'): string {
  return [...htmlChunks(document, uiLang)].join('')
}
