import type {Plugin} from 'unified'
import {location} from 'vfile-location'
import type {Line, Root} from '../../tree.js'

/**
 * Parser: the raw file as a list of `line` nodes. Lines end at CRLF, CR or LF, as editors count them,
 * so every later position is one a reviewer can open.
 */
export const parse: Plugin<[], string, Root> = function () {
  this.parser = (doc, file) => {
    const place = location(file)
    const children: Line[] = []
    const pattern = /\r\n|\r|\n/g
    let start = 0
    for (;;) {
      const match = pattern.exec(doc)
      const end = match ? match.index : doc.length
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
