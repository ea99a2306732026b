/**
 * Clean text that remembers where each of its characters came from in the raw input.
 *
 * Cleaning joins lines, drops page furniture and rewrites look-alike letters, so clean offsets and raw
 * offsets drift apart. Every clean UTF-16 code unit records the raw span [start, end) it was made from;
 * a clean span maps back to the raw span from the start of its first unit to the end of its last.
 */
export interface MappedText {
  readonly text: string
  /** Raw offset where the clean unit i starts. */
  readonly starts: Int32Array
  /** Raw offset where the clean unit i ends (exclusive). */
  readonly ends: Int32Array
}

/** Appends clean text piece by piece, each piece tied to the raw span it replaces. */
export class MappedTextBuilder {
  private readonly parts: string[] = []
  private starts: Int32Array
  private ends: Int32Array
  private length = 0

  constructor(capacity = 1024) {
    this.starts = new Int32Array(Math.max(capacity, 16))
    this.ends = new Int32Array(Math.max(capacity, 16))
  }

  get size(): number {
    return this.length
  }

  /**
   * Appends `text` as the clean form of raw[rawStart, rawEnd). A piece of one unit maps to the whole raw
   * span; a longer piece maps unit by unit when the lengths agree, otherwise every unit maps to the span.
   */
  append(text: string, rawStart: number, rawEnd: number): void {
    if (text.length === 0) return
    this.reserve(text.length)
    const sameLength = text.length === rawEnd - rawStart
    for (let i = 0; i < text.length; i++) {
      this.starts[this.length + i] = sameLength ? rawStart + i : rawStart
      this.ends[this.length + i] = sameLength ? rawStart + i + 1 : rawEnd
    }
    this.length += text.length
    this.parts.push(text)
  }

  /** Appends the units [from, to) of clean text that already carries its map (a cleaned line). */
  appendRange(text: MappedText, from: number, to: number): void {
    if (to <= from) return
    this.reserve(to - from)
    this.starts.set(text.starts.subarray(from, to), this.length)
    this.ends.set(text.ends.subarray(from, to), this.length)
    this.length += to - from
    this.parts.push(text.text.slice(from, to))
  }

  /** Removes the last clean unit (a word-break hyphen found once the next line is seen). */
  dropLast(): void {
    const last = this.parts[this.parts.length - 1]
    if (last === undefined || this.length === 0) return
    this.length--
    if (last.length <= 1) this.parts.pop()
    else this.parts[this.parts.length - 1] = last.slice(0, -1)
  }

  build(): MappedText {
    return {
      text: this.parts.join(''),
      // Views, not copies: a large document's map is not held twice.
      starts: this.starts.subarray(0, this.length),
      ends: this.ends.subarray(0, this.length)
    }
  }

  private reserve(extra: number): void {
    const need = this.length + extra
    if (need <= this.starts.length) return
    let size = this.starts.length * 2
    while (size < need) size *= 2
    const starts = new Int32Array(size)
    const ends = new Int32Array(size)
    starts.set(this.starts)
    ends.set(this.ends)
    this.starts = starts
    this.ends = ends
  }
}

/** Raw span [start, end) of the clean span [cleanStart, cleanEnd). */
export function rawSpan(mapped: MappedText, cleanStart: number, cleanEnd: number): [number, number] {
  if (cleanEnd <= cleanStart) {
    const at = cleanStart < mapped.starts.length ? mapped.starts[cleanStart]! : (mapped.ends[mapped.ends.length - 1] ?? 0)
    return [at, at]
  }
  return [mapped.starts[cleanStart]!, mapped.ends[cleanEnd - 1]!]
}
