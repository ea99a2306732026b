import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {Diagnostic} from '../../diagnostics.js'
import type {Sentence} from '../../tree.js'
import type {Bead} from '../bead.js'

/** One side of a bead: its sentences, and the file that holds them (its language is `file.data.lang`). */
export interface Side {
  sentences: Sentence[]
  file: VFile
}

/**
 * A bead as the QA reads it: the source (the original) and the target (the translation under review). Every
 * finding is a message of the target's file, where the fix belongs, with the source's text and place as its
 * counterpart.
 */
export interface BeadCheck {
  bead: Bead
  source: Side
  target: Side
  /** How much longer the source side is than the target's length predicts (Gale–Church δ, from the source's side). */
  excess: number
  /** The target sentence before the bead, where a bead the translation lacks is reported. */
  near: Sentence | undefined
}

/** Reports one finding of a bead (its id added). */
export type Flag = (diagnostic: Omit<Diagnostic, 'bead'>) => void

/** A side's sentences as one text and one place (its first sentence's start to its last one's end). */
export function extent(side: Side): {text: string; place: Position} | undefined {
  const {sentences} = side
  if (sentences.length === 0) return undefined
  return {text: sentences.map((sentence) => sentence.value).join(' '), place: {start: sentences[0]!.position.start, end: sentences.at(-1)!.position.end}}
}

/** A sentence quoted in a message: whole up to `limit` characters, else cut at the last word that fits, with an ellipsis. */
export function quote(text: string, limit = 90): string {
  if (text.length <= limit) return text
  const cut = text.slice(0, limit - 1)
  const space = cut.search(/\s\S*$/u)
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`
}

/** The source side's text and place as a finding's counterpart. */
export const counterpartOf = (source: Side, text: string, place: Position) => ({text, place, file: source.file.path})
