import type {Plugin} from 'unified'
import {cleanPosition} from '../../text/positions.js'
import type {Paragraph, Root, Section} from '../../tree.js'
import {type SplitOptions, splitSentences} from './split.js'
import {BULLETS} from '../../structure/lists.js'

const defaults: SplitOptions = {markers: BULLETS}

/**
 * sentences: splits every paragraph into sentence nodes with ids `<section>-<n>` (n counts per section
 * key, from 1), clean text and raw positions. List markers go to file.data.removed.
 */
export const sentences: Plugin<[Partial<SplitOptions>?], Root> = function (options) {
  const settings = {...defaults, ...options}
  return (tree, file) => {
    const lang = file.data.lang!
    const removed = (file.data.removed ??= [])
    const counts = new Map<string, number>()
    for (const section of tree.children) {
      if (section.type !== 'section') continue
      const key = (section as Section).data.key
      for (const paragraph of section.children) {
        if (paragraph.type !== 'paragraph') continue
        const base = (paragraph as Paragraph).data.clean.start
        const split = splitSentences(paragraph.value, lang, settings)
        for (const marker of split.markers) {
          const offset = file.data.clean!.starts[base + marker.start]!
          removed.push({reason: 'list-marker', text: paragraph.value.slice(marker.start, marker.end), offset})
        }
        paragraph.children = split.sentences.map(({start, end}) => {
          const n = (counts.get(key) ?? 0) + 1
          counts.set(key, n)
          return {
            type: 'sentence',
            value: paragraph.value.slice(start, end),
            position: cleanPosition(file, base + start, base + end),
            data: {id: `${key}-${n}`, clean: {start: base + start, end: base + end}}
          }
        })
      }
    }
  }
}
