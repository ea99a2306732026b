/**
 * What the stages keep on a document's VFile (`file.data`), declared for the type checker. Apart from tree.ts,
 * which only says what the nodes are: this is where the pipeline's parts meet, and tree.ts stays a leaf that
 * imports no part of the pipeline.
 */
import type {Bead} from './align/index.js'
import type {Glossary} from './glossary/index.js'
import type {Language} from './lang/index.js'
import type {LineKind} from './structure/furniture.js'
import type {MappedText} from './text/mapped-text.js'
import type {Locator} from './text/positions.js'
import type {DocumentVocabulary} from './lang/vocabulary.js'
import type {Removal, SourceInfo} from './tree.js'

declare module 'vfile' {
  interface DataMap {
    source: SourceInfo
    lang: Language
    clean: MappedText
    removed: Removal[]
    glossary: Glossary
    /** Treat doubtful input (a language mismatch) as an error. */
    strict: boolean
    /** Correct what OCR damaged (the correct stage); false: flag it only (the CLI's --no-correct). */
    correct: boolean
    /** A chapter of an edition: the part [start, end) of the file's text that is this document. */
    range: [number, number]
    /** The file's line index (text/positions.ts), shared by the chapters of an edition. */
    locator: Locator
    /** Page furniture found over a whole edition: the kind of each line, by the offset where it starts. */
    lineKinds: ReadonlyMap<number, LineKind>
    /** The document's own words, counted once (slips) and read by the terms stage. */
    vocabulary: DocumentVocabulary
    /** The beads of the alignment with the English edition (align/). */
    beads: Bead[]
    /** A pair: the language of the original (source) and of the translation under review (target), set by align/. */
    pair: {source: string; target: string}
  }
}
