import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {report} from '../../diagnostics.js'
import type {SectionSpec} from '../../lang/index.js'
import {cleanPosition} from '../../text/positions.js'
import type {Heading, Paragraph, Root, Section, Title} from '../../tree.js'
import {headingShaped, matchHeading, matchesFormula} from '../../structure/headings.js'
import {matchTitle} from '../../structure/title.js'
import {CLOSERS, STOPS} from '../../structure/sentence-end.js'
import {BULLET_CLASS} from '../../structure/lists.js'

/** Where a section starts: a paragraph and an offset in it, with the heading text if one was found. */
interface Cut {
  paragraph: number
  offset: number
  spec: SectionSpec | undefined
  heading: string | null
  inferred: boolean
}

const BULLET = new RegExp(`[${BULLET_CLASS}]`, 'u')
const AFTER_STOP = new RegExp(`${STOPS}${CLOSERS}*\\s+`, 'gu')

/** Offsets in `text` where a sentence may start: the start and after each sentence-final stop. */
function sentenceStarts(text: string): number[] {
  const starts = [0]
  for (const match of text.matchAll(AFTER_STOP)) starts.push(match.index + match[0].length)
  return starts
}

/** The part [from, to) of a paragraph as a paragraph of its own, spaces trimmed; undefined if empty. */
function slice(paragraph: Paragraph, from: number, to: number, file: VFile): Paragraph | undefined {
  while (from < to && paragraph.value[from] === ' ') from++
  while (to > from && paragraph.value[to - 1] === ' ') to--
  if (from >= to) return undefined
  const start = paragraph.data.clean.start + from
  const end = paragraph.data.clean.start + to
  return {
    type: 'paragraph',
    value: paragraph.value.slice(from, to),
    position: cleanPosition(file, start, end),
    children: [],
    data: {clean: {start, end}}
  }
}

/**
 * The title that opens the first paragraph (a title line joins the text after it when cleaning), taken out of
 * `paragraphs`; a missing title or an unknown country is reported.
 */
function takeTitle(paragraphs: Paragraph[], file: VFile): Title | undefined {
  const lang = file.data.lang!
  const first = paragraphs[0]
  if (!first) return undefined
  const title = matchTitle(first.value, lang)
  if (!title) {
    report(file, {
      rule: 'missing-title',
      severity: 'warning',
      message: {key: 'diagnostics.missingTitle', values: {example: `${Object.keys(lang.countries)[0] ?? 'COUNTRY'} (${lang.title.tierWords[0] ?? 'Tier'} 2)`}},
      place: {start: first.position.start, end: first.position.start}
    })
    return undefined
  }
  const node: Title = {
    type: 'title',
    value: first.value.slice(0, title.length),
    position: cleanPosition(file, first.data.clean.start, first.data.clean.start + title.length),
    data: {
      clean: {start: first.data.clean.start, end: first.data.clean.start + title.length},
      countryName: title.countryName,
      country: title.country,
      tier: title.tier
    }
  }
  const rest = slice(first, title.length, first.value.length, file)
  if (rest) paragraphs[0] = rest
  else paragraphs.shift()
  if (!title.country) {
    report(file, {
      rule: 'unknown-country',
      severity: 'warning',
      message: {key: 'diagnostics.unknownCountry', values: {country: title.countryName ?? '', lang: lang.code}},
      place: node.position,
      text: node.value
    })
  }
  return node
}

/**
 * Where the headings stand: the language's headings, at a paragraph's start or one right after another (a
 * section with no text, as in an excerpt), and paragraphs of one heading-shaped line (cleaning keeps such a line
 * apart): a heading of the document's own, which opens a part of the section it stands in, under the same key
 * (the alignment pairs by key).
 */
function headingCuts(paragraphs: readonly Paragraph[], file: VFile): Cut[] {
  const lang = file.data.lang!
  const cuts: Cut[] = []
  paragraphs.forEach((paragraph, index) => {
    let offset = 0
    for (let heading = matchHeading(paragraph.value, lang); heading; heading = matchHeading(paragraph.value.slice(offset), lang)) {
      cuts.push({paragraph: index, offset, spec: heading.spec, heading: heading.text, inferred: false})
      offset += heading.text.length
      while (paragraph.value[offset] === ' ') offset++
    }
  })
  paragraphs.forEach((paragraph, index) => {
    if (!cuts.some((cut) => cut.paragraph === index) && headingShaped(paragraph.value)) {
      cuts.push({paragraph: index, offset: 0, spec: undefined, heading: paragraph.value, inferred: false})
    }
  })
  return cuts
}

/**
 * Sections with no heading found by their opening formula, at a sentence's start: the summary, which has no
 * heading in any layout, and (reported as inferred) a section whose heading was lost.
 */
function formulaCuts(paragraphs: readonly Paragraph[], cuts: readonly Cut[], file: VFile): Cut[] {
  const lang = file.data.lang!
  const found = new Set(cuts.flatMap((cut) => (cut.spec ? [cut.spec.key] : [])))
  const added: Cut[] = []
  // The list of recommendations is no place for another section's opening sentence.
  const inList = (index: number) => {
    const before = cuts.filter((cut) => cut.paragraph <= index).at(-1)
    return before?.spec?.key === 'recommendations' && BULLET.test(paragraphs[index]!.value)
  }
  // The summary is the opening text, or (older editions, which open with the trafficking profile) the text its
  // formula opens, and then not "inferred".
  const opensWithSummary = (spec: SectionSpec) => spec.key === 'summary' && (paragraphs[0] === undefined || matchesFormula(paragraphs[0].value, spec, lang))
  for (const spec of lang.sections) {
    if (found.has(spec.key) || spec.formulas.length === 0 || opensWithSummary(spec)) continue
    search: for (const [index, paragraph] of paragraphs.entries()) {
      if (inList(index)) continue
      for (const offset of sentenceStarts(paragraph.value)) {
        if (!matchesFormula(paragraph.value.slice(offset, offset + 400), spec, lang)) continue
        if ([...cuts, ...added].some((cut) => cut.paragraph === index && cut.offset === offset)) continue
        const inferred = spec.key !== 'summary'
        added.push({paragraph: index, offset, spec, heading: null, inferred})
        found.add(spec.key)
        if (!inferred) break search
        const start = paragraph.data.clean.start + offset
        report(file, {
          rule: 'inferred-heading',
          severity: 'warning',
          message: {key: 'diagnostics.inferredHeading', values: {section: spec.key, heading: spec.headingEn ?? ''}},
          place: cleanPosition(file, start, start),
          text: paragraph.value.slice(offset, offset + 60).replace(/\s+\S*$/u, '') + '…'
        })
        break search
      }
    }
  }
  return added
}

/**
 * The paragraphs cut into sections at the cuts, in order: text before the first cut is the summary when the
 * chapter is recognisable (a title, or the summary's formula), else `unknown`, reported.
 */
function assemble(paragraphs: readonly Paragraph[], cuts: readonly Cut[], titled: boolean, file: VFile): Section[] {
  const lang = file.data.lang!
  const summary = lang.sections.find((spec) => spec.key === 'summary')
  const opening = paragraphs[0]
  const recognised = titled || (opening !== undefined && summary !== undefined && matchesFormula(opening.value, summary, lang))
  if (!recognised && cuts.length === 0) {
    report(file, {
      rule: 'no-structure',
      severity: 'warning',
      message: {key: 'diagnostics.noStructure'},
      place: opening?.position ?? {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
    })
  }
  const sections: Section[] = []
  let current: Section = {type: 'section', children: [], data: {key: recognised ? 'summary' : 'unknown', heading: null, headingEn: null, inferred: false}}
  const open = (cut: Cut) => {
    if (current.children.length > 0) sections.push(current)
    current = {
      type: 'section',
      children: [],
      data: cut.spec
        ? {key: cut.spec.key, heading: cut.heading, headingEn: cut.spec.headingEn, inferred: cut.inferred}
        : {key: current.data.key, heading: cut.heading, headingEn: null, inferred: false}
    }
  }
  paragraphs.forEach((paragraph, index) => {
    let from = 0
    for (const cut of cuts.filter((item) => item.paragraph === index)) {
      const before = slice(paragraph, from, cut.offset, file)
      if (before) current.children.push(before)
      open(cut)
      from = cut.offset
      if (cut.heading) {
        const start = paragraph.data.clean.start + cut.offset
        const heading: Heading = {
          type: 'heading',
          value: cut.heading,
          position: cleanPosition(file, start, start + cut.heading.length),
          data: {clean: {start, end: start + cut.heading.length}}
        }
        current.children.push(heading)
        from += cut.heading.length
      }
    }
    const rest = slice(paragraph, from, paragraph.value.length, file)
    if (rest) current.children.push(rest)
  })
  if (current.children.length > 0 || current.data.heading) sections.push(current)
  return sections
}

/** Each section's place; a heading with no text under it is a section of its own, with nothing to align: said, not glued on. */
function placeSections(sections: readonly Section[], file: VFile): void {
  for (const section of sections) {
    const items = section.children
    if (items.length > 0) section.position = {start: items[0]!.position.start, end: items.at(-1)!.position.end}
    if (items.length > 0 && items.every((item) => item.type === 'heading')) {
      report(file, {
        rule: 'empty-section',
        severity: 'info',
        message: {key: 'diagnostics.emptySection', values: {section: section.data.key, heading: section.data.heading ?? ''}},
        place: items[0]!.position,
        text: section.data.heading ?? ''
      })
    }
  }
}

/**
 * sections: the title line (country, tier) and the chapter's sections by canonical key. Headings are
 * recognised on their own or running into the first sentence; a lost heading is inferred from the
 * section's opening formula and flagged. Text before the first section is the summary.
 */
export const sections: Plugin<[], Root> = function () {
  return (tree, file) => {
    const paragraphs = [...(tree.children as Paragraph[])]
    const title = takeTitle(paragraphs, file)
    const headings = headingCuts(paragraphs, file)
    const cuts = [...headings, ...formulaCuts(paragraphs, headings, file)].sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset)
    const found = assemble(paragraphs, cuts, title !== undefined, file)
    placeSections(found, file)
    tree.children = title ? [title, ...found] : found
  }
}
