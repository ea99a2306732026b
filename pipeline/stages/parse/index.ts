import type {Plugin} from 'unified'
import {locatorOf} from '../../text/positions.js'
import type {Line, Root} from '../../tree.js'

/**
 * Parser: the raw file as a list of `line` nodes. Lines end at CRLF, CR or LF, as editors count them,
 * so every later position is one a reviewer can open. A chapter of an edition (file.data.range) reads
 * only its own lines of the file, with the file's positions.
 */
export const parse: Plugin<[], string, Root> = function () {
  this.parser = (doc, file) => {
    const place = locatorOf(file)
    const children: Line[] = []
    const [from, to] = file.data.range ?? [0, doc.length]
    const pattern = /\r\n|\r|\n/g
    pattern.lastIndex = from
    let start = from
    for (;;) {
      const match = pattern.exec(doc)
      if (match && match.index >= to) {
        // The chapter ends at a line start: its last line ended before `to`.
        if (to > start) children.push({type: 'line', value: doc.slice(start, to), position: {start: place.toPoint(start)!, end: place.toPoint(to)!}})
        break
      }
      const end = match ? match.index : to
      if (end > start || match) {
        children.push({
          type: 'line',
          value: doc.slice(start, end),
          position: {start: place.toPoint(start)!, end: place.toPoint(end)!}
        })
      }
      if (!match) break
      start = match.index + match[0].length
    }
    return {type: 'root', children}
  }
}
