/**
 * XML as every writer of it here writes it (TMX, XLIFF, the glossary's TBX): the one place XML text and attribute
 * values are escaped. Every `&` is escaped, an entity-like `&amp;` in the text included (a library that leaves
 * those alone gives a reader back another text); a line break or a tab in an attribute is written as a
 * character reference (a reader would fold it into a space); a character XML 1.0 cannot carry (a control
 * character, a lone surrogate, U+FFFE) is written as U+FFFD, never as itself.
 */

/** An element: its attributes in order, and either text or child elements (none: written empty, `<a/>`). */
export interface XmlElement {
  name: string
  attributes?: Record<string, string>
  text?: string
  children?: XmlElement[]
}

/** Characters XML 1.0 does not allow (Char production), lone surrogates included. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
const TEXT_SPECIAL = /[&<>\r]/u
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r]/u
const REFERENCES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;'}

/** The text with each character XML cannot carry replaced (the clean stage has listed those of the input's sentences already). */
function allowed(value: string): string {
  NOT_XML.lastIndex = 0
  return NOT_XML.test(value) ? value.replace(NOT_XML, '\uFFFD') : value
}

/** Text content: `&`, `<`, `>` as entities, a carriage return as a reference (a reader turns a raw one into a line feed). */
export function xmlText(value: string): string {
  const text = allowed(value)
  return TEXT_SPECIAL.test(text) ? text.replace(/[&<>\r]/gu, (char) => REFERENCES[char]!) : text
}

/** An attribute value in double quotes: `&`, `<`, `>`, `"` as entities, tab and line breaks as references. */
export function xmlAttribute(value: string): string {
  const text = allowed(value)
  return ATTRIBUTE_SPECIAL.test(text) ? text.replace(/[&<>"\t\n\r]/gu, (char) => REFERENCES[char]!) : text
}

/** One element, indented by `indent` (two spaces a level), with no line break after it. */
export function xmlElement(element: XmlElement, indent = ''): string {
  const attributes = Object.entries(element.attributes ?? {})
    .map(([name, value]) => ` ${name}="${xmlAttribute(value)}"`)
    .join('')
  const open = `${indent}<${element.name}${attributes}`
  if (element.children && element.children.length > 0) {
    const inner = element.children.map((child) => xmlElement(child, `${indent}  `)).join('\n')
    return `${open}>\n${inner}\n${indent}</${element.name}>`
  }
  if (element.text === undefined || element.text === '') return `${open}/>`
  return `${open}>${xmlText(element.text)}</${element.name}>`
}

/**
 * An XML document written piece by piece: the declaration, the envelope down to the element that holds the
 * items (each element of `path` opened inside the one before, the last holding the items), each item, then the
 * envelope closed. A large document is never one string.
 */
export function* xmlDocument(path: readonly XmlElement[], items: Iterable<XmlElement>): Generator<string> {
  let head = '<?xml version="1.0" encoding="UTF-8"?>\n'
  path.forEach((element, depth) => {
    const indent = '  '.repeat(depth)
    const attributes = Object.entries(element.attributes ?? {})
      .map(([name, value]) => ` ${name}="${xmlAttribute(value)}"`)
      .join('')
    head += `${indent}<${element.name}${attributes}>\n`
    // Elements before the path goes on (a header) are written whole.
    for (const child of element.children ?? []) head += `${xmlElement(child, `${indent}  `)}\n`
  })
  yield head
  const indent = '  '.repeat(path.length)
  for (const item of items) yield `${xmlElement(item, indent)}\n`
  let tail = ''
  for (let depth = path.length - 1; depth >= 0; depth--) tail += `${'  '.repeat(depth)}</${path[depth]!.name}>\n`
  yield tail
}
