import {offsetsPosition} from '../../text/positions.js'
import type {NumberItem, Sentence} from '../../tree.js'
import {checkable, figureKeys} from '../anchors.js'
import {type BeadCheck, counterpartOf, extent, type Flag} from './bead-check.js'

interface Figure {
  item: NumberItem
  key: string
}

const figuresOf = (sentences: readonly Sentence[]): Figure[] =>
  sentences.flatMap((sentence) => (sentence.data.numbers ?? []).filter(checkable).flatMap((item) => figureKeys(item).map((key) => ({item, key}))))

/** The source's figure as the translation should write it: its digits where it has them, else its value. */
const written = (item: NumberItem) => (/\d/u.test(item.text) ? item.text : String(item.value ?? item.en))

/**
 * qa-number: figures of the two sides by value after normalization (digits, words, separators, currency). A
 * source figure the target lacks is missing, or changed where the target has a figure the source lacks (paired
 * in order, years with years); a target figure the source lacks is extra. Each finding stands at the
 * translation's figure where there is one, with the original's as its counterpart.
 */
export function checkFigures({source, target}: BeadCheck, flag: Flag): void {
  const sourcePlace = (item: NumberItem) => offsetsPosition(source.file, item.raw!)
  const targetPlace = (item: NumberItem) => offsetsPosition(target.file, item.raw!)
  const unmatched = figuresOf(target.sentences)
  const missing: Figure[] = []
  for (const figure of figuresOf(source.sentences)) {
    const index = unmatched.findIndex((other) => other.key === figure.key)
    if (index >= 0) unmatched.splice(index, 1)
    else missing.push(figure)
  }
  const into = extent(target)!
  const from = extent(source)!
  for (const figure of missing) {
    const index = unmatched.findIndex((other) => (other.item.kind === 'year') === (figure.item.kind === 'year'))
    const instead = index >= 0 ? unmatched.splice(index, 1)[0]!.item : undefined
    const counterpart = counterpartOf(source, figure.item.text, sourcePlace(figure.item))
    if (instead) {
      flag({
        rule: 'qa-number',
        severity: 'warning',
        message: {key: 'diagnostics.figureChanged', values: {source: figure.item.text, en: figure.item.en, text: instead.text}},
        place: targetPlace(instead),
        text: instead.text,
        suggestion: written(figure.item),
        counterpart
      })
    } else {
      flag({
        rule: 'qa-number',
        severity: 'warning',
        message: {key: 'diagnostics.figureMissing', values: {source: figure.item.text, en: figure.item.en}},
        place: into.place,
        text: into.text,
        suggestion: written(figure.item),
        counterpart
      })
    }
  }
  for (const {item} of unmatched) {
    flag({
      rule: 'qa-number',
      severity: 'warning',
      message: {key: 'diagnostics.figureExtra', values: {text: item.text, en: item.en}},
      place: targetPlace(item),
      text: item.text,
      counterpart: counterpartOf(source, from.text, from.place)
    })
  }
}
