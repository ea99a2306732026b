import type {Nodes, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {UserError} from '../errors.js'
import type {Removal} from '../tree.js'

/** Blanks markup without moving anything: a zero-width space, which cleaning drops like any invisible character. */
const BLANK = '\u200B'
/** A list item's marker, as the sentence splitter knows markers. */
const ITEM = '•'
const ESCAPABLE = /[!-/:-@[-`{-~]/u
/** Deeper than any document's quotes and lists: a Markdown parser takes time that grows with the square of the depth. */
const MAX_NESTING = 64
/** A line's leading quote marks, list markers and indentation: how deep it can nest (two spaces a level at most). */
const LEADING = /^[ \t>*+-]*/u

/**
 * Refuses a Markdown text nested deeper than MAX_NESTING (quote marks and list markers at a line's start, each
 * two spaces of indentation a level at most), naming the line: such a text is no export of a report, and its parse
 * would run for minutes.
 */
function refuseDeepNesting(doc: string, name: string): void {
  let line = 1
  for (let at = 0; at < doc.length; line++) {
    const end = doc.indexOf('\n', at)
    const prefix = LEADING.exec(doc.slice(at, Math.min(end < 0 ? doc.length : end, at + 4 * MAX_NESTING + 8)))![0]
    let depth = 0
    let spaces = 0
    for (const char of prefix) {
      if (char === ' ') spaces++
      else if (char === '\t') spaces += 4
      else depth++
    }
    // The space after a mark is the mark's ("> > x" is two deep); other spaces are indentation.
    depth += Math.floor(Math.max(0, spaces - depth) / 2)
    if (depth > MAX_NESTING) {
      throw new UserError(`${name}:${line}: Markdown nested more than ${MAX_NESTING} levels deep (quote marks, list markers, indentation), as no report is: save it as plain text (.txt) or flatten it`)
    }
    if (end < 0) break
    at = end + 1
  }
}

/**
 * A Markdown input (a PDF converter's export) as text the pipeline reads like a text export: remark-parse
 * finds what is text (text and inline code) and what is syntax (heading and emphasis marks, link targets,
 * escapes, quote marks, HTML, code blocks); the syntax is blanked character for character, so every offset,
 * line and column of the text stays the one in the `.md` file, and each blanked run is listed as removed
 * (`markdown-syntax`). A list item's marker becomes "•", the marker the recommendations' items are split at.
 */
export function maskMarkdown(doc: string, name = 'input'): {text: string; removed: Removal[]} {
  refuseDeepNesting(doc, name)
  const tree = unified().use(remarkParse).parse(doc) as Root
  const keep = new Uint8Array(doc.length)
  const items: number[] = []
  // Every node, with a stack of our own: a quote nested 20,000 deep is as deep a tree, past any call stack.
  const stack: Nodes[] = [tree]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if ('children' in node) for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]!)
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) continue
    if (node.type === 'listItem') items.push(start)
    if (node.type !== 'text' && node.type !== 'inlineCode') continue
    const slice = doc.slice(start, end)
    if (node.type === 'inlineCode') {
      // Only the code, not its backtick fence.
      const at = slice.indexOf(node.value)
      if (at >= 0) keep.fill(1, start + at, start + at + node.value.length)
      continue
    }
    keep.fill(1, start, end)
    // A backslash escape shows the character, not the backslash.
    if (slice !== node.value) for (let i = start; i < end - 1; i++) if (doc[i] === '\\' && ESCAPABLE.test(doc[i + 1]!)) keep[i++] = 0
  }
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
