import fc from 'fast-check'
import type {Heading, InlineCode, List, Paragraph, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {code, heading, item, paragraph, text} from '../../pipeline/emit/markdown-syntax.js'

const runs = Number(process.env.FUZZ_RUNS ?? 300)
fc.configureGlobal(process.env.FUZZ_RUNS ? {} : {seed: 20221126})
const parse = (markdown: string) => unified().use(remarkParse).parse(markdown) as Root

/** Concatenated text of a paragraph or heading, the way a reader sees it. */
const plain = (node: Paragraph | Heading) => node.children.map((child) => ('value' in child ? child.value : `<${child.type}>`)).join('')

// Strings made mostly of what Markdown reads as markup, plus any other character (no NUL: readers replace it).
const markup = fc.constantFrom(
  ...'\\`*_[]()<>!&#|~-+=.:;"\' \t\r1234567890aəŞ'.split(''),
  '&amp;', '&#x20;', '<b>', '**', '__', '```', '~~~', '1.', '10)', '- ', '+ ', '> ', '# ', '---', '===', '[a](b)', '![x](y)', 'http://x.az', '<http://x>'
)
const char = fc.oneof({weight: 4, arbitrary: markup}, {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 3})})
const line = fc.array(char, {maxLength: 25}).map((parts) => parts.join('').replace(/\0/g, '').replace(/\n/g, ' ')).filter((s) => s.length > 0)
const lines = fc.array(line, {minLength: 1, maxLength: 3}).map((list) => list.join('\n')).filter((s) => s.length > 0 && !/^\n|\n$|\n\n/.test(s))

describe('Markdown syntax: a CommonMark reader gives back exactly the text written', () => {
  it('a paragraph that starts with a number of any length and a stop is no list item (CommonMark allows nine digits)', () => {
    for (const value of ['123. Hökumət', '2021. Hökumət', '123456789) Hökumət', '1. Hökumət']) {
      const tree = parse(`${paragraph(text(value))}\n`)
      expect(tree.children.map((node) => node.type), value).toEqual(['paragraph'])
      expect(plain(tree.children[0] as Paragraph)).toBe(value)
    }
  })

  it('text in a paragraph, including breaks, markup characters and edge spaces', () => {
    fc.assert(
      fc.property(lines, (value) => {
        const tree = parse(`${paragraph(text(value))}\n`)
        expect(tree.children).toHaveLength(1)
        expect(tree.children[0]!.type).toBe('paragraph')
        expect(plain(tree.children[0] as Paragraph)).toBe(value)
      }),
      {numRuns: runs}
    )
  })

  it('text in a heading (on one line)', () => {
    fc.assert(
      fc.property(line, fc.integer({min: 1, max: 6}), (value, depth) => {
        const tree = parse(`${heading(depth, text(value))}\n`)
        expect(tree.children[0]).toMatchObject({type: 'heading', depth})
        expect(plain(tree.children[0] as Heading)).toBe(value)
      }),
      {numRuns: runs}
    )
  })

  it('inline code, whatever backticks and spaces it holds', () => {
    fc.assert(
      fc.property(line, (value) => {
        const tree = parse(`${paragraph(`${text('a ')}${code(value)}`)}\n`)
        const inline = (tree.children[0] as Paragraph).children.find((child): child is InlineCode => child.type === 'inlineCode')
        expect(inline?.value).toBe(value.replace(/\r/g, ' '))
      }),
      {numRuns: runs}
    )
  })

  it('list items with several paragraphs, numbered past 9 (wider markers)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(lines, {minLength: 1, maxLength: 3}), {minLength: 1, maxLength: 12}), (items) => {
        const markdown = items.map((paragraphs, index) => item(`${index + 1}.`, paragraphs.map(text))).join('\n')
        const tree = parse(`${markdown}\n`)
        expect(tree.children).toHaveLength(1)
        const list = tree.children[0] as List
        expect(list.ordered).toBe(true)
        expect(list.children.map((child) => child.children.map((p) => plain(p as Paragraph)))).toEqual(items)
      }),
      {numRuns: Math.ceil(runs / 3)}
    )
  })

  it('escapes what would start a list, a quote, a heading or a break at the start of a line', () => {
    for (const value of ['1. first', '12) twelve', '- dash', '+ plus', '> quote', '# hash', '=====', '---', '    four spaces', 'trailing  ']) {
      const node = parse(`${paragraph(text(value))}\n`).children[0]!
      expect(node.type, value).toBe('paragraph')
      expect(plain(node as Paragraph)).toBe(value)
    }
  })
})
