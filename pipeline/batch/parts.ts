import {createHash} from 'node:crypto'
import {location} from 'vfile-location'
import {findChapters} from '../edition/chapters.js'
import type {Input} from '../io/read-input.js'
import {languageFor} from '../lang/index.js'
import type {ProcessOptions} from '../processor.js'

/** The part of an input one document is: the whole file, or a chapter of an edition. */
export interface Part {
  input: Input
  stem: string
  chapter?: {options: NonNullable<ProcessOptions['chapter']>; index: number; count: number; slug: string; frontMatter: number}
}

/**
 * The documents of an input: a file with several chapters (an edition) gives one per chapter, named
 * `<year>-<country>`; a file with one chapter after front matter gives that chapter under the file's name;
 * any other file is one document.
 */
export function partsOf(input: Input): Part[] {
  const lang = languageFor(input.source.language)!
  const edition = findChapters(input.text, lang)
  const {chapters} = edition
  if (chapters.length === 0 || (chapters.length === 1 && edition.frontMatter === 0)) return [{input, stem: input.stem}]
  const locator = location(input.text)
  const year = input.source.year ?? edition.year
  // A country that has two chapters in one file (two files put together) gets -2, -3… after its second
  // and later ones, so that no chapter writes over another's outputs.
  const seen = new Map<string, number>()
  return chapters.map((chapter, index) => {
    const count = (seen.get(chapter.slug) ?? 0) + 1
    seen.set(chapter.slug, count)
    const stem = chapters.length === 1 ? input.stem : `${year === null ? '' : `${year}-`}${chapter.slug}${count > 1 ? `-${count}` : ''}`
    // A chapter's provenance is its own part of the file, so that editing one chapter leaves the others' outputs as they are.
    const sha256 = createHash('sha256').update(input.text.slice(chapter.start, chapter.end)).digest('hex')
    const source = chapters.length === 1 ? input.source : {...input.source, sha256, year, chapter: {index: index + 1, count: chapters.length, file: input.source.path}}
    return {
      input: {...input, source},
      stem,
      chapter: {options: {range: [chapter.start, chapter.end], lineKinds: edition.lineKinds, locator}, index, count: chapters.length, slug: chapter.slug, frontMatter: edition.frontMatter}
    }
  })
}

/** The length of the text a part processes: its chapter's, or its file's. */
export function sizeOf(part: Part | undefined): number {
  const range = part?.chapter?.options.range
  return part === undefined ? 0 : range ? range[1] - range[0] : part.input.text.length
}
