/**
 * `output/compare/<country>-<older>-<newer>.html`: the two editions side by side, section by section, each row a
 * sentence's change (words struck and added marked), filtered by kind; the figure series over the editions as a
 * chart (plain SVG, readable in print). One self-contained file, labels from the i18n resources.
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import type {Comparison, DocumentComparison, SentenceChange, Series} from '../index.js'
import {pageTranslator, sentenceCase, type Translate, type UiLang} from '../../i18n/index.js'
import {escapeHtml} from '../../emit/html/index.js'

const STYLE = readFileSync(new URL('./page.css', import.meta.url), 'utf8').trim()
const SCRIPT = readFileSync(new URL('./page.js', import.meta.url), 'utf8').trim()
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
/** Its own script and style and nothing else, as the review page. */
const POLICY = `default-src 'none'; script-src ${hash(SCRIPT)}; style-src ${hash(STYLE)}; base-uri 'none'; form-action 'none'`

const KINDS = ['figures', 'reworded', 'moved', 'new', 'dropped', 'unchanged'] as const

/**
 * The series the chart shows: those every edition gives and whose value moved, at most six, in the report's order;
 * the first of each thing counted in a section before a second of it (suspects, cases, defendants, victims, funds).
 */
export function chartedSeries(trend: readonly Series[]): Series[] {
  const editions = new Set(trend.flatMap((series) => series.points.map((point) => point.edition)))
  const moving = trend.filter((series) => new Set(series.points.map((point) => point.edition)).size === editions.size && new Set(byYear(series).map((point) => point.value)).size > 1)
  const kind = (series: Series) => `${series.section}|${series.counted ?? series.currency ?? series.kind}`
  const firsts = moving.filter((series, index) => moving.findIndex((other) => kind(other) === kind(series)) === index)
  const chosen = new Set([...firsts, ...moving].slice(0, 6))
  return moving.filter((series) => chosen.has(series))
}

/** A series' values by the year they count, each year's from the newest edition that gives it. */
export function byYear(series: Series): Array<{year: number; value: number; edition: number; text: string}> {
  const years = new Map<number, Series['points'][number]>()
  for (const point of series.points) if (point.year !== null && (years.get(point.year)?.edition ?? -Infinity) <= point.edition) years.set(point.year, point)
  return [...years.values()].sort((a, b) => a.year! - b.year!).map((point) => ({year: point.year!, value: point.value, edition: point.edition, text: point.text}))
}

/** One small chart per series: its values by the year they count, each point with its value; a caption names what it counts. */
function chart(t: Translate, trend: readonly Series[]): string {
  const shown = chartedSeries(trend)
  if (shown.length === 0) return ''
  const [width, height, left, top, bottom] = [300, 160, 36, 36, 28]
  const panels = shown.map((series, index) => {
    const points = byYear(series)
    const years = points.map((point) => point.year)
    const values = points.map((point) => point.value)
    const [low, high] = [Math.min(...values), Math.max(...values)]
    const x = (year: number) => left + (years.length === 1 ? 0 : ((width - 2 * left) * years.indexOf(year)) / (years.length - 1))
    const y = (value: number) => top + (height - top - bottom) * (high === low ? 0.5 : 1 - (value - low) / (high - low))
    const format = (value: number) => value.toLocaleString('en-US')
    const path = points.map((point, k) => `${k === 0 ? 'M' : 'L'}${x(point.year).toFixed(1)},${y(point.value).toFixed(1)}`).join(' ')
    const dots = points
      .map((point) => `<circle cx="${x(point.year).toFixed(1)}" cy="${y(point.value).toFixed(1)}" r="3.5"><title>${escapeHtml(`${point.year}: ${format(point.value)} (${point.edition}: ${point.text})`)}</title></circle><text x="${x(point.year).toFixed(1)}" y="${(y(point.value) - 7).toFixed(1)}" text-anchor="middle">${escapeHtml(format(point.value))}</text>`)
      .join('')
    const axis = years.map((year) => `<text x="${x(year).toFixed(1)}" y="${height - 8}" text-anchor="middle">${year}</text>`).join('')
    return (
      `<svg class="series" role="img" aria-labelledby="chart-${index}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
      `<title id="chart-${index}">${escapeHtml(series.name)}</title>` +
      `<text x="4" y="14">${escapeHtml(series.name)}</text>` +
      `<line class="axis" x1="${left}" y1="${height - bottom}" x2="${width - 8}" y2="${height - bottom}"></line>` +
      `<path class="line" d="${path}"></path>${dots}${axis}</svg>`
    )
  })
  return `<figure class="chart"><figcaption>${escapeHtml(t('compare.page.chart'))}</figcaption>${panels.join('')}</figure>\n`
}

/** A side of a change: the sentence, with the words the other side lacks struck (older) or marked (newer). */
function side(change: SentenceChange, which: 'older' | 'newer'): string {
  const sentence = change[which]
  if (!sentence) return ''
  const place = `<br><small>${escapeHtml(`${sentence.id} · ${sentence.raw.start.line}:${sentence.raw.start.column}`)}</small>`
  if (!change.diff) return escapeHtml(sentence.text) + place
  const parts = change.diff
    .filter((part) => part.op === 'same' || part.op === (which === 'older' ? 'removed' : 'added'))
    .map((part) => (part.op === 'same' ? escapeHtml(part.text) : which === 'older' ? `<del>${escapeHtml(part.text)}</del>` : `<ins>${escapeHtml(part.text)}</ins>`))
  return parts.join('') + place
}

function editionHtml(t: Translate, comparison: Comparison): string {
  const language = t(comparison.language === 'en' ? 'labels.english' : 'labels.azerbaijani')
  const out = [`<h2>${escapeHtml(language)}</h2>\n<dl class="facts">`]
  const fact = (label: string, value: string) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`
  out.push(fact(String(comparison.older.year ?? t('compare.older')), comparison.older.path) + fact(String(comparison.newer.year ?? t('compare.newer')), comparison.newer.path))
  if (comparison.tier.changed) out.push(fact(t('html.tier'), `${comparison.tier.older ?? '—'} → ${comparison.tier.newer ?? '—'}`))
  out.push(fact(t('compare.page.counts'), KINDS.map((kind) => `${t(`compare.kind.${kind}`)} ${comparison.counts[kind]}`).join(' · ')))
  out.push('</dl>\n')
  for (const section of comparison.sections.filter((item) => item.status !== 'kept')) out.push(`<p>${escapeHtml(t(`compare.section.${section.status}`, {section: section.key}))}</p>\n`)
  for (const key of [...new Set(comparison.changes.map((change) => change.section))]) {
    const id = `${comparison.language}-${key}`
    out.push(`<section data-section="${escapeHtml(id)}"><h3>${escapeHtml(sentenceCase(key, 'en'))}</h3>\n<table><colgroup><col class="c-kind"><col><col></colgroup>`)
    out.push(`<thead><tr><th scope="col">${escapeHtml(t('compare.page.change'))}</th><th scope="col">${escapeHtml(String(comparison.older.year ?? t('compare.older')))}</th><th scope="col">${escapeHtml(String(comparison.newer.year ?? t('compare.newer')))}</th></tr></thead>\n<tbody>\n`)
    for (const change of comparison.changes.filter((item) => item.section === key)) {
      out.push(`<tr class="k-${change.kind}" data-kind="${change.kind}"><td class="kind">${escapeHtml(t(`compare.kind.${change.kind}`))}</td><td lang="${escapeHtml(comparison.language)}">${side(change, 'older')}</td><td lang="${escapeHtml(comparison.language)}">${side(change, 'newer')}</td></tr>\n`)
    }
    out.push('</tbody></table></section>\n')
  }
  return out.join('')
}

/** The comparison page of two editions, with the chart of the figures over all the editions compared. */
export function emitCompareHtml(result: DocumentComparison, trend: readonly Series[], uiLang: UiLang = 'en'): string {
  const t = pageTranslator(uiLang)
  const lead = result.editions[0]!
  const title = t('compare.title', {country: lead.country ?? '—', older: lead.older.year ?? '?', newer: lead.newer.year ?? '?'})
  const out = [
    `<!doctype html>\n<html lang="${uiLang}" data-generator="hesabat">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="${POLICY}">\n`,
    `<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<header><h1>${escapeHtml(title)}</h1></header>\n`,
    `<form class="filters" role="search" aria-label="${escapeHtml(t('html.filters'))}"><label for="f-kind">${escapeHtml(t('compare.page.kind'))}</label><select id="f-kind"><option value="">${escapeHtml(t('compare.page.allKinds'))}</option>`,
    ...KINDS.map((kind) => `<option value="${kind}">${escapeHtml(t(`compare.kind.${kind}`))}</option>`),
    `</select><span>${escapeHtml(t('html.rowsShown'))}: <output id="f-count" aria-live="polite"></output></span></form>\n<main>\n`,
    chart(t, trend),
    ...result.editions.map((comparison) => editionHtml(t, comparison))
  ]
  if (result.leftBehind.length > 0) {
    out.push(`<h2>${escapeHtml(t('compare.leftBehind'))}</h2>\n<ul>`)
    for (const left of result.leftBehind) out.push(`<li>${escapeHtml(`${left.bead}: ${left.change.newer!.text}`)}</li>`)
    out.push('</ul>\n')
  }
  out.push(`</main>\n<script>${SCRIPT}</script>\n</body>\n</html>\n`)
  return out.join('')
}
