import type {Language} from '../lang/index.js'
import {classifyLines, type LineKind, visible} from '../structure/furniture.js'
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
  /**
   * The kind of every line of the file, by the offset where it starts (furniture found over the whole file);
   * classified only for an edition (several chapters, or front matter before one), empty for a plain chapter.
   */
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
  // A title line is never furniture, so titles are found without classifying the lines; a plain chapter file
  // (its title the first text) needs no classification here, which clean does anyway.
  const chapters: Chapter[] = []
  lines.forEach((line, index) => {
    const shown = visible(line, lang)
    if (shown === '') return
    // A title line stands alone: "Georgia: Tier 1 status was kept." is a sentence of a chapter.
    const title = matchTitle(shown, lang)
    if (!title || title.length !== shown.length) return
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
  const edition = chapters.length > 1 || (chapters.length === 1 && front.some((line) => visible(line, lang) !== ''))
  const kinds = edition ? classifyLines(lines, lang) : []
  const lineKinds = new Map<number, LineKind>(edition ? starts.map((start, index) => [start, kinds[index]!]) : [])
  // The year may stand in a running header, which is furniture: every front line is read for it.
  const year = /\b(19[5-9]\d|20\d\d)\b/u.exec(front.join('\n'))?.[1]
  return {chapters, frontMatter: front.filter((_, index) => kinds[index] === 'content').length, year: year ? Number(year) : null, lineKinds}
}
