import type {OutputDocument} from '../../pipeline/emit/document.js'
import {az} from '../../pipeline/lang/az/index.js'

/** Visible characters: not whitespace, not an invisible format character (zero-width, soft hyphen, BOM). */
export const visible = (char: string) => /[^\s\p{Cf}]/u.test(char)

/** Raw offset of each removed[] record (records carry line and column). */
function removedSpans(raw: string, document: OutputDocument): Array<[number, number]> {
  const lineStarts = [0]
  for (const match of raw.matchAll(/\r\n|\r|\n/g)) lineStarts.push(match.index + match[0].length)
  return document.removed.map((item) => {
    const start = lineStarts[item.line - 1]! + item.column - 1
    return [start, start + item.text.length]
  })
}

/** Visible raw characters that are in no sentence, title, heading or removed[] record. */
export function lostCharacters(raw: string, document: OutputDocument): string[] {
  const covered = new Uint8Array(raw.length)
  const mark = (start: number, end: number) => covered.fill(1, start, end)
  for (const sentence of document.sentences) mark(sentence.raw.start.offset, sentence.raw.end.offset)
  if (document.document.title) mark(document.document.title.raw.start.offset, document.document.title.raw.end.offset)
  for (const section of document.sections) if (section.raw) mark(section.raw.start.offset, section.raw.end.offset)
  for (const [start, end] of removedSpans(raw, document)) mark(start, end)
  return [...raw].filter((char, index) => !covered[index] && visible(char))
}

/**
 * A raw slice cleaned the simple way, independently of the clean stage: removed[] records in it taken
 * out, line-end hyphens joined, invisible characters dropped, look-alike letters mapped, NFC, spaces folded.
 */
export function cleanSlice(raw: string, document: OutputDocument, start: number, end: number): string {
  const drop = new Uint8Array(raw.length)
  const spans = removedSpans(raw, document)
  for (const [from, to] of spans) drop.fill(1, from, to)
  // A dropped word-break hyphen takes the line break (and any page furniture) after it along.
  for (const [from, to] of spans) {
    if (raw.slice(from, to) !== '-') continue
    drop.fill(2, from, to)
    for (let at = to; at < raw.length && (drop[at] || /\s/u.test(raw[at]!)); at++) drop[at] = 2
  }
  // An OCR correction reads as what it was corrected to (its diagnostic, at the same place, says it).
  const lineStarts = [0, ...[...raw.matchAll(/\r\n|\r|\n/g)].map((match) => match.index + match[0].length)]
  const corrected = new Map(
    document.diagnostics.filter((diagnostic) => diagnostic.rule === 'ocr-correction').map((diagnostic) => [lineStarts[diagnostic.line - 1]! + diagnostic.column - 1, diagnostic.suggestion ?? ''])
  )
  let text = ''
  // Removed furniture reads as a line break; a joined word break as nothing.
  for (let at = start; at < end; at++) {
    const correction = corrected.get(at)
    if (correction !== undefined && drop[at]) {
      text += correction
      while (at + 1 < end && drop[at + 1] === 1 && !corrected.has(at + 1)) at++
    } else text += drop[at] === 2 ? '' : drop[at] ? '\n' : raw[at]
  }
  return text
    .replace(/([-\u00AD])[^\S\n\r]*[\r\n]\s*(?=[\p{L}\p{N}])/gu, '$1')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/gu, '')
    .replace(/./gsu, (char) => az.lookalikes[char] ?? char)
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
}
