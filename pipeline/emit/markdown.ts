import type {List, ListItem, PhrasingContent, Root, RootContent} from 'mdast'
import {toMarkdown} from 'mdast-util-to-markdown'
import type {OutputDocument} from './document.js'

const text = (value: string): PhrasingContent => ({type: 'text', value})
const code = (value: string): PhrasingContent => ({type: 'inlineCode', value})
const strong = (value: string): PhrasingContent => ({type: 'strong', children: [text(value)]})
const paragraph = (...children: PhrasingContent[]): RootContent => ({type: 'paragraph', children})
const heading = (depth: 1 | 2 | 3, ...children: PhrasingContent[]): RootContent => ({type: 'heading', depth, children})
/** A list; an item is one paragraph, or several (a sentence and its figures). */
const list = (ordered: boolean, items: Array<PhrasingContent[] | PhrasingContent[][]>): List => ({
  type: 'list',
  ordered,
  start: ordered ? 1 : null,
  spread: false,
  children: items.map((item): ListItem => {
    const paragraphs = (Array.isArray(item[0]) ? item : [item]) as PhrasingContent[][]
    return {type: 'listItem', spread: false, children: paragraphs.map((children) => ({type: 'paragraph', children}))}
  })
})

/**
 * "Label: a · b · c" as one text node: the Markdown writer's cost is per node (it checks every node for
 * characters to escape), and a sentence has many items.
 */
function labelled(label: string, items: string[]): PhrasingContent[] {
  return [strong(`${label}:`), text(` ${items.join(' · ')}`)]
}

/** "20 → 20 (suspect, 2020)": each figure of a sentence with its English and what it is. */
function figures(numbers: OutputDocument['sentences'][number]['numbers']): PhrasingContent[] {
  return labelled(
    'Figures',
    numbers.map((item) => {
      const about = [item.kind.replace('_', ' ')]
      if (item.counted) about.push(item.counted)
      if (item.currency) about.push(item.currency)
      if (item.year !== undefined && item.year !== null) about.push(String(item.year))
      return `${item.text} → ${item.en} (${about.join(', ')})`
    })
  )
}

/** "PRIORITIZED RECOMMENDATIONS:" → "Prioritized recommendations". */
function sentenceCase(heading: string): string {
  const bare = heading.replace(/:$/, '').toLowerCase()
  return bare.charAt(0).toUpperCase() + bare.slice(1)
}

const FALLBACK_HEADINGS: Record<string, string> = {summary: 'Summary', unknown: 'Text'}

/**
 * `output/<stem>.md`: a reading copy. Title with country and tier, one heading per section (English ·
 * Azerbaijani), numbered sentences with their id, raw line:column and figures, then diagnostics and removals.
 */
export function emitMarkdown(document: OutputDocument): string {
  const {country, countryAz, tier, title} = document.document
  const children: RootContent[] = []
  const name = country ?? countryAz ?? document.source.path
  children.push(heading(1, text(tier ? `${name} — Tier ${tier}` : name)))
  const about: PhrasingContent[] = []
  if (title) about.push(text(`${title.text} · `))
  about.push(text('source '), code(document.source.path), text(' · sha256 '), code(document.source.sha256.slice(0, 12)))
  children.push(paragraph(...about))

  let next = 0
  document.sections.forEach((section) => {
    const label = section.headingEn ? sentenceCase(section.headingEn) : (FALLBACK_HEADINGS[section.key] ?? section.key)
    const parts: PhrasingContent[] = [text(label)]
    if (section.headingAz) parts.push(text(` · ${section.headingAz.replace(/:$/, '')}`))
    if (section.inferred) parts.push(text(' (heading inferred)'))
    children.push(heading(2, ...parts))
    const items = document.sentences
      .slice(next, (next += section.sentences))
      .map((sentence) => {
        const line: PhrasingContent[] = [text(`${sentence.text} `), code(`${sentence.id} · ${sentence.raw.start.line}:${sentence.raw.start.column}`)]
        const parts = [line]
        if (sentence.gloss !== sentence.text) parts.push([strong('Gloss:'), text(` ${sentence.gloss}`)])
        if (sentence.numbers.length > 0) parts.push(figures(sentence.numbers))
        if (sentence.entities.length > 0) {
          parts.push(
            labelled(
              'Entities',
              sentence.entities.map((item) => `${item.text} → ${item.en}${item.acronymEn ? ` (${item.acronymEn})` : ''}, ${item.type}`)
            )
          )
        }
        if (sentence.terms.length > 0) {
          parts.push(labelled('Terms', sentence.terms.map((item) => `${item.text} → ${item.en}${item.fuzzy ? ' (fuzzy)' : ''}`)))
        }
        return parts.length > 1 ? parts : line
      })
    if (items.length > 0) children.push(list(true, items))
  })

  children.push(heading(2, text('Diagnostics')))
  if (document.diagnostics.length === 0) children.push(paragraph(text('None.')))
  else {
    children.push(
      list(
        false,
        document.diagnostics.map((item) => {
          const parts: PhrasingContent[] = [code(`${item.line}:${item.column}`), text(' '), strong(item.severity), text(` ${item.message} `), code(item.rule)]
          if (item.suggestion !== undefined) parts.push(text(` — suggestion: “${item.suggestion}”`))
          return parts
        })
      )
    )
  }

  children.push(heading(2, text('Removed by cleaning')))
  if (document.removed.length === 0) children.push(paragraph(text('Nothing.')))
  else {
    children.push(
      list(
        false,
        document.removed.map((item) => [code(`${item.line}:${item.column}`), text(` ${item.reason} `), code(item.text)])
      )
    )
  }

  const tree: Root = {type: 'root', children}
  return toMarkdown(tree, {bullet: '-', listItemIndent: 'one', rule: '-'})
}
