import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {rawSpan} from './mapped-text.js'

export type Locator = ReturnType<typeof location>

/**
 * The file's line index (vfile-location), kept in file.data.locator: made once per file, or once for all the
 * chapters of an edition, which share their file's text.
 */
export function locatorOf(file: VFile): Locator {
  return (file.data.locator ??= location(file))
}

/**
 * Raw offset → point {line, column, offset}, in that key order: the output writes tree positions as they
 * are (emit/document.ts).
 */
export function toPoint(file: VFile, offset: number): Point & {offset: number} {
  const {line, column} = locatorOf(file).toPoint(offset)!
  return {line, column, offset}
}

/** Position of the raw span [start, end). */
export function rawPosition(file: VFile, start: number, end: number): Position {
  return {start: toPoint(file, start), end: toPoint(file, end)}
}

/** Raw offsets [start, end) of the clean span [start, end) of file.data.clean: an item's place, without line and column. */
export function cleanOffsets(file: VFile, start: number, end: number): [number, number] {
  return rawSpan(file.data.clean!, start, end)
}

/** The position of raw offsets (an item's place), for a diagnostic. */
export const offsetsPosition = (file: VFile, [start, end]: readonly [number, number]): Position => rawPosition(file, start, end)

/** Raw position of the clean span [start, end) of file.data.clean. */
export function cleanPosition(file: VFile, start: number, end: number): Position {
  const [rawStart, rawEnd] = rawSpan(file.data.clean!, start, end)
  return rawPosition(file, rawStart, rawEnd)
}
