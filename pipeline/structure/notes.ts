import type {Removal} from '../tree.js'

/** A footnote the cleaning took out of the text: its number, its text and where both stood in the raw file. */
export interface Footnote {
  /** The note's number in digits (a superscript ¹ is 1). */
  number: string
  /** The note's text without its number, its lines joined by a space (as written: a hyphen at a line's end stays). */
  text: string
  /** Raw offsets of the note [start, end), its number included. */
  start: number
  end: number
  /** Raw offset of its marker in the text, or null when none was found. */
  marker: number | null
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹'
const digits = (text: string) => [...text].map((char) => (SUPERSCRIPTS.includes(char) ? String(SUPERSCRIPTS.indexOf(char)) : char)).join('')
const OPENING = /^\s*\f?\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,2})\s*/u

/** The number a footnote's line opens with, in digits (¹ is 1), or undefined: one reading for the cleaning and the notes. */
export function noteNumber(line: string): string | undefined {
  return opening(line)?.number
}

function opening(line: string): {number: string; length: number} | undefined {
  const match = OPENING.exec(line)
  return match ? {number: digits(match[1]!), length: match[0].length} : undefined
}

/**
 * The footnotes among what cleaning removed: each `footnote` line that opens with a number starts a note, the
 * lines after it carry on the note; each note takes the last marker of its number before it (a marker stands on
 * the page above its note). Nothing is lost either way: the lines and markers stay in `removed`.
 */
export function footnotes(removed: readonly Removal[]): Footnote[] {
  const ordered = [...removed].sort((a, b) => a.offset - b.offset)
  const notes: Footnote[] = []
  const markers: Array<{number: string; offset: number}> = []
  for (const removal of ordered) {
    if (removal.reason === 'footnote-marker') {
      markers.push({number: digits(removal.text), offset: removal.offset})
      continue
    }
    if (removal.reason !== 'footnote') continue
    const opened = opening(removal.text)
    const end = removal.offset + removal.text.length
    const last = notes.at(-1)
    if (!opened && last) {
      last.text = `${last.text} ${removal.text}`
      last.end = end
    } else if (opened) {
      const {number} = opened
      const marker = markers.filter((candidate) => candidate.number === number && candidate.offset < removal.offset).at(-1)
      notes.push({number, text: removal.text.slice(opened.length), start: removal.offset, end, marker: marker?.offset ?? null})
    }
  }
  return notes
}
