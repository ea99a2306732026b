/**
 * The little Markdown syntax the reading copy needs, written straight to strings. A CommonMark reader
 * (remark-parse in the tests) gives back exactly the text that went in. It replaces
 * mdast-util-to-markdown, whose per-node escaping work was half of the whole pipeline's time
 * (`npm run bench`, writer md).
 */

// Markup characters anywhere in a line: backslash-escaped, which CommonMark allows for any ASCII
// punctuation. `&` only where it could start a character reference.
const INLINE = /[\\`*_[<|~#]|&(?=[#A-Za-z0-9])/g
// At the start of a line: block markers (quote, list, setext underline) and "12." / "12)" list numbers.
const LINE_START = /^(?:[>+=-]|\d{1,9}[.)])/
// Whitespace a reader would trim at either end of a line, kept as character references.
const EDGE_SPACE = /^[ \t]+|[ \t]+$/g
const reference = (space: string) => space.replace(/[ \t]/g, (c) => (c === ' ' ? '&#x20;' : '&#x9;'))

/** Plain text inside a paragraph or heading: markup characters escaped; `\r` (a line ending to a reader) as a character reference. */
export function text(value: string): string {
  const escaped = value.replace(INLINE, '\\$&')
  return escaped.includes('\r') ? escaped.replace(/\r/g, '&#xD;') : escaped
}

/** One line of a paragraph: what would read as a block marker at its start, or be trimmed at its ends, kept as text. */
function line(content: string): string {
  const start = LINE_START.exec(content)
  let out = content
  if (start) out = `${out.slice(0, start[0].length - 1)}\\${out.slice(start[0].length - 1)}`
  return /^[ \t]|[ \t]$/.test(out) ? out.replace(EDGE_SPACE, reference) : out
}

/**
 * A paragraph from inline content (escaped text and code spans). Its line breaks stay line breaks; the
 * caller indents continuation lines (see `item`).
 */
export const paragraph = (content: string) => (content.includes('\n') ? content.split('\n').map(line).join('\n') : line(content))

/** Inline code: a fence longer than any backtick run inside, padded where the content needs it. */
export function code(raw: string): string {
  // A reader turns a line ending inside code into a space anyway.
  const value = raw.replace(/\r\n?|\n/g, ' ')
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = /^[`\s]|[`\s]$/.test(value) && /[^ ]/.test(value) ? ' ' : ''
  return `${fence}${pad}${value}${pad}${fence}`
}

export const strong = (value: string) => `**${text(value)}**`

/** An ATX heading; its text is kept on one line. */
export const heading = (depth: number, content: string) => `${'#'.repeat(depth)} ${line(content.replace(/\n/g, ' '))}`

/**
 * A list item: its marker, then paragraphs (inline content) separated by blank lines, every further line indented to the
 * item's content column.
 */
export function item(marker: string, paragraphs: string[]): string {
  const indent = ' '.repeat(marker.length + 1)
  const body = paragraphs.map(paragraph).join('\n\n').replace(/\n(?!\n)/g, `\n${indent}`)
  return `${marker} ${body}`
}

/**
 * A GFM table from inline cell contents (escaped text, code, strong). Cells hold no line breaks; `|` is
 * escaped by `text`, and a cell is never empty-looking to a reader (an empty cell stays empty).
 */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\r?\n/g, ' ')).join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}
