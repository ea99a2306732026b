import type {Language} from '../lang/index.js'
import {classifyLines, type LineKind, visible} from '../stages/clean/furniture.js'
import {slug} from '../structure/countries.js'
import {matchTitle} from '../structure/title.js'

/** One country chapter of a file: the part [start, end) of its text, from its title line on. */
export interface Chapter {
  start: number
  end: number
  /** 1-based line of the title. */
  line: number
  /** The country as the title writes it, its ISO code and the report's English name (null when unknown). */
  countryName: string
  code: string | null
  country: string | null
  /** Output name part: the English name as a slug, or the written name's when the country is unknown. */
  slug: string
}

export interface Edition {
  chapters: Chapter[]
  /** Lines before the first chapter (front matter), counted without blank lines; 0 when there are none. */
  frontMatter: number
  /** The edition's year as the front matter states it (a four-digit year), or null. */
  year: number | null
  /** The kind of every line of the file, by the offset where it starts (furniture found over the whole file). */
  lineKinds: Map<number, LineKind>
}

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/gy

/**
 * The chapters of a file: each starts at a title line (the country in capitals and its tier, as the
 * language writes them); what comes before the first is front matter. Page furniture is found over the
 * whole file, so a running header that repeats across chapters is furniture in each; a title line never is.
 */
export function findChapters(raw: string, lang: Language): Edition {
  const starts: number[] = []
  const lines: string[] = []
  LINE.lastIndex = 0
  for (;;) {
    const at = LINE.lastIndex
    const match = LINE.exec(raw)
    if (!match || match[0] === '') break
    starts.push(at)
    lines.push(match[0].replace(/\r?\n$|\r$/u, ''))
    if (LINE.lastIndex >= raw.length) break
  }
  const kinds = classifyLines(lines, lang)
  const lineKinds = new Map(starts.map((start, index) => [start, kinds[index]!]))
  const chapters: Chapter[] = []
  lines.forEach((line, index) => {
    if (kinds[index] !== 'content') return
    const title = matchTitle(visible(line, lang.lookalikes), lang)
    if (!title) return
    const previous = chapters.at(-1)
    if (previous) previous.end = starts[index]!
    chapters.push({
      start: starts[index]!,
      end: raw.length,
      line: index + 1,
      countryName: title.countryName,
      code: title.code,
      country: title.country,
      slug: slug(title.country ?? title.countryName)
    })
  })
  const first = chapters[0]?.line ?? lines.length + 1
  const front = lines.slice(0, first - 1)
  // The year may stand in a running header, which is furniture: every front line is read for it.
  const year = /\b(19[5-9]\d|20\d\d)\b/u.exec(front.join('\n'))?.[1]
  return {chapters, frontMatter: front.filter((_, index) => kinds[index] === 'content').length, year: year ? Number(year) : null, lineKinds}
}
