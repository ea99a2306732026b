import type {Nodes, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import type {Removal} from '../tree.js'

/** Blanks markup without moving anything: a zero-width space, which cleaning drops like any invisible character. */
const BLANK = '\u200B'
/** A list item's marker, as the sentence splitter knows markers. */
const ITEM = '•'
const ESCAPABLE = /[!-/:-@[-`{-~]/u

/**
 * A Markdown input (a PDF converter's export) as text the pipeline reads like a text export: remark-parse
 * finds what is text (text and inline code) and what is syntax (heading and emphasis marks, link targets,
 * escapes, quote marks, HTML, code blocks); the syntax is blanked character for character, so every offset,
 * line and column of the text stays the one in the `.md` file, and each blanked run is listed as removed
 * (`markdown-syntax`). A list item's marker becomes "•", the marker the recommendations' items are split at.
 */
export function maskMarkdown(doc: string): {text: string; removed: Removal[]} {
  const tree = unified().use(remarkParse).parse(doc) as Root
  const keep = new Uint8Array(doc.length)
  const items: number[] = []
  visit(tree, (node: Nodes) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    if (node.type === 'listItem') items.push(start)
    if (node.type !== 'text' && node.type !== 'inlineCode') return
    const slice = doc.slice(start, end)
    if (node.type === 'inlineCode') {
      // Only the code, not its backtick fence.
      const at = slice.indexOf(node.value)
      if (at >= 0) keep.fill(1, start + at, start + at + node.value.length)
      return
    }
    keep.fill(1, start, end)
    // A backslash escape shows the character, not the backslash.
    if (slice !== node.value) for (let i = start; i < end - 1; i++) if (doc[i] === '\\' && ESCAPABLE.test(doc[i + 1]!)) keep[i++] = 0
  })
  const chars = doc.split('')
  const removed: Removal[] = []
  let run = -1
  const close = (at: number) => {
    if (run >= 0 && doc.slice(run, at).trim() !== '') removed.push({reason: 'markdown-syntax', text: doc.slice(run, at).trim(), offset: run + doc.slice(run, at).search(/\S/u)})
    run = -1
  }
  for (let i = 0; i < doc.length; i++) {
    const ch = doc[i]!
    if (keep[i] || ch === '\n' || ch === '\r' || /\s/u.test(ch)) {
      close(i)
      continue
    }
    if (run < 0) run = i
    chars[i] = BLANK
  }
  close(doc.length)
  // List markers: "-", "+", "*" or "1." at the item's start; the sentence splitter lists them as list markers.
  const markers = new Set<number>()
  for (const start of items) {
    if (!/^(?:[-+*]|\d{1,9}[.)])/u.test(doc.slice(start, start + 11))) continue
    chars[start] = ITEM
    markers.add(start)
  }
  return {text: chars.join(''), removed: removed.filter((item) => !markers.has(item.offset))}
}
