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
const OPENING = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,2})\s*/u

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
    const opening = OPENING.exec(removal.text)
    const end = removal.offset + removal.text.length
    const last = notes.at(-1)
    if (!opening && last) {
      last.text = `${last.text} ${removal.text}`
      last.end = end
    } else if (opening) {
      const number = digits(opening[1]!)
      const marker = markers.filter((candidate) => candidate.number === number && candidate.offset < removal.offset).at(-1)
      notes.push({number, text: removal.text.slice(opening[0].length), start: removal.offset, end, marker: marker?.offset ?? null})
    }
  }
  return notes
}
