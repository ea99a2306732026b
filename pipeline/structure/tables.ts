import type {Removal} from '../tree.js'

/** A table the cleaning took out of the text (exported one cell a line), read back into rows. */
export interface TableBlock {
  /** Cells by row; the first row is the header when the rows below it share a shape it does not. */
  rows: string[][]
  columns: number
  /** Raw offsets of the table [start, end). */
  start: number
  end: number
}

/** Longest row looked for: a report's table rarely has more columns. */
const MAX_COLUMNS = 8
const FIGURE = /^[\d\s.,%()+−–-]+$/u

/**
 * The tables among what cleaning removed: runs of `table` lines with nothing but blank space between them in the
 * raw text, each cut into rows. The number of columns is the smallest that gives every row after the first the same
 * shape (which cells are figures): "Mərkəz 2021 2022 Bakı 41 53 Gəncə 12 17" is three columns (a name, two figures);
 * where no number does, one cell a row. Nothing is lost either way: the lines stay in `removed`.
 */
export function tables(removed: readonly Removal[], raw: string): TableBlock[] {
  const lines = removed.filter((removal) => removal.reason === 'table').sort((a, b) => a.offset - b.offset)
  const runs: Removal[][] = []
  for (const line of lines) {
    const run = runs.at(-1)
    const last = run?.at(-1)
    if (run && last && raw.slice(last.offset + last.text.length, line.offset).trim() === '') run.push(line)
    else runs.push([line])
  }
  return runs.map((run) => {
    const cells = run.map((line) => line.text)
    const columns = columnsOf(cells)
    const rows: string[][] = []
    for (let at = 0; at < cells.length; at += columns) rows.push(cells.slice(at, at + columns))
    const last = run.at(-1)!
    return {rows, columns, start: run[0]!.offset, end: last.offset + last.text.length}
  })
}

/** The smallest number of columns that gives every row after the first one shape, with a figure in it; else 1. */
function columnsOf(cells: readonly string[]): number {
  const shape = cells.map((cell) => FIGURE.test(cell))
  for (let columns = 2; columns <= Math.min(MAX_COLUMNS, cells.length / 2); columns++) {
    if (cells.length % columns !== 0) continue
    const model = shape.slice(columns, 2 * columns)
    if (!model.includes(true)) continue
    let same = true
    for (let at = columns; at < cells.length && same; at++) same = shape[at] === model[at % columns]
    if (same) return columns
  }
  return 1
}
