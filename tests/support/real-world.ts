import {readFileSync} from 'node:fs'
import type {OutputDocument} from '../../pipeline/emit/index.js'
import {processToDocument} from './pipeline.js'

/**
 * Real exports and scans (tests/fixtures/exports, tests/fixtures/scans): the fixtures as data, and the scores
 * the issue asks for, each computed from the output document against the annotation, which was made with the
 * damages (exports) or is the printed text itself (scans). See tests/fixtures/exports/*\/NOTES.md.
 */

const here = (path: string) => new URL(`../fixtures/${path}`, import.meta.url)
const table = (path: string): string[][] =>
  readFileSync(here(path), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'))

export interface ExportText {
  name: string
  raw: string
  clean: string
  sentences: string[]
  broken: Array<{word: string; shown: string; kind: string}>
  furniture: Array<{kind: string; line: string; word?: string}>
  figures: Array<{sentence: number; text: string; kind: string; value: string}>
  glued: Array<{shown: string; reading: string}>
  /** Each footnote: its marker as shown, the sentence (1-based) holding the marker, its text without the marker. */
  footnotes: Array<{marker: string; sentence: number; text: string}>
}

export function exportText(set: 'tune' | 'held', text: string): ExportText {
  const at = (file: string) => `exports/${set}/${text}/${file}`
  return {
    name: `${set}/${text}`,
    raw: readFileSync(here(at('export.az.txt')), 'utf8'),
    clean: readFileSync(here(at('clean.txt')), 'utf8'),
    sentences: table(at('sentences.tsv')).map((row) => row[1]!),
    broken: table(at('broken.tsv')).map(([word, shown, kind]) => ({word: word!, shown: shown!.replace(/\\n/gu, '\n'), kind: kind!})),
    furniture: table(at('furniture.tsv')).map(([kind, line, word]) => ({kind: kind!, line: line!, ...(word ? {word} : {})})),
    figures: table(at('figures.tsv')).map(([sentence, text, kind, value]) => ({sentence: Number(sentence), text: text!, kind: kind!, value: value!})),
    glued: table(at('glued.tsv')).map(([shown, reading]) => ({shown: shown!, reading: reading!})),
    // One set writes the note's text with its marker, the other without.
    footnotes: table(at('footnotes.tsv')).map(([marker, sentence, note]) => ({marker: marker!, sentence: Number(sentence), text: note!.startsWith(`${marker} `) ? note!.slice(marker!.length + 1) : note!}))
  }
}

const lower = (text: string) => text.toLocaleLowerCase('az')
const squeeze = (text: string) => text.replace(/\s+/gu, ' ').trim()
/** Words as a reader compares them: letters and digits, inner hyphens and apostrophes kept. */
export const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []

/** Every piece of text the document gives a reader (title, headings, sentences, footnotes), with its raw span. */
function pieces(document: OutputDocument): Array<{text: string; start: number; end: number; sentence: boolean}> {
  const found: Array<{text: string; start: number; end: number; sentence: boolean}> = []
  if (document.document.title) found.push({text: document.document.title.text, start: document.document.title.raw.start.offset, end: document.document.title.raw.end.offset, sentence: false})
  for (const section of document.sections) if (section.raw && section.heading) found.push({text: section.heading, start: section.raw.start.offset, end: section.raw.end.offset, sentence: false})
  for (const sentence of document.sentences) found.push({text: sentence.text, start: sentence.raw.start.offset, end: sentence.raw.end.offset, sentence: true})
  // A footnote is kept as a note of the document, its number with it.
  for (const note of document.notes ?? []) found.push({text: `${note.number} ${note.text}`, start: note.raw.start.offset, end: note.raw.end.offset, sentence: false})
  return found
}

/** The output sentence that says most of the annotated sentence's words (an export's sentence as the annotator segmented it). */
function sentenceFor(document: OutputDocument, gold: string) {
  const words = new Set(wordsOf(lower(gold)))
  let best: {sentence: OutputDocument['sentences'][number]; score: number} | undefined
  for (const sentence of document.sentences) {
    const own = wordsOf(lower(sentence.text))
    const shared = own.filter((word) => words.has(word)).length
    const score = shared / Math.max(words.size, own.length)
    if (!best || score > best.score) best = {sentence, score}
  }
  return best && best.score >= 0.5 ? best.sentence : undefined
}

export interface ExportScores {
  broken: {repaired: number; all: number; joinedWrongly: string[]; missed: string[]}
  furniture: {inside: number; all: number; insideLines: string[]}
  dates: {asCounts: number; all: number; wrong: string[]}
  counts: {truePositives: number; found: number; annotated: number; falsePositives: string[]; missed: string[]}
  glued: {falseWarnings: string[]; found: number; annotated: number}
  /** Footnotes kept as notes with their text, and attached to the sentence of their marker. */
  notes: {kept: number; attached: number; annotated: number; wrong: string[]}
}

/** The scores of one export text: the document made from its export against its annotation. */
export function scoreExport(text: ExportText, document = processToDocument(text.raw, `tests/fixtures/exports/${text.name}.az.txt`, null)): ExportScores {
  const all = pieces(document)
  const covering = (start: number, end: number) => all.filter((piece) => piece.start <= start && end <= piece.end)

  // Broken words: the piece of the output where the break was holds the whole word.
  const cleanWords = new Set(wordsOf(lower(text.clean)))
  const missed: string[] = []
  let repaired = 0
  const breaks = text.broken
  for (const item of breaks) {
    const at = text.raw.indexOf(item.shown)
    const places = at < 0 ? [] : covering(at, at + item.shown.length)
    const whole = places.some((piece) => wordsOf(lower(item.word)).every((word) => wordsOf(lower(piece.text)).includes(word)))
    if (whole) repaired++
    else missed.push(`${item.kind} ${JSON.stringify(item.shown)} → ${item.word}`)
  }
  const outputWords = all.flatMap((piece) => wordsOf(lower(piece.text)))
  const cleanSequence = wordsOf(lower(text.clean))
  const pairs = new Set(cleanSequence.slice(1).map((word, index) => cleanSequence[index]! + word))
  // A word the output made of two (a glued word of the export itself is no join of ours; nor is a number).
  const rawWords = new Set(wordsOf(lower(text.raw)))
  const joinedWrongly = [...new Set(outputWords.filter((word) => !cleanWords.has(word) && !rawWords.has(word) && !/^\d+$/u.test(word) && pairs.has(word)))]

  // Furniture: a line of page furniture inside a sentence (the sentence's raw span covers it and its text says it).
  // The annotation lists it in the order of the text, so each is looked for after the one before.
  const insideLines: string[] = []
  let after = 0
  for (const item of text.furniture) {
    let needle = item.line
    let at = -1
    if (item.kind === 'footnote-marker') {
      const context = `${item.word}${item.line}`
      at = text.raw.indexOf(context, after)
      if (at < 0) continue
      after = at
      const place = covering(at, at + context.length).find((piece) => piece.sentence)
      if (place && squeeze(place.text).includes(squeeze(context))) insideLines.push(`${item.kind}: ${context}`)
      continue
    }
    if (item.kind === 'separator') needle = /^[-_=–—.]+/u.exec(item.line)?.[0] ?? item.line
    // The line where it stands as a line (a page number "2" is no digit of "2022").
    const pattern = new RegExp(`(?:^|[\\n\\f])(${needle.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')})`, 'gu')
    pattern.lastIndex = Math.max(0, after - 1)
    const line = pattern.exec(text.raw)
    if (!line) continue
    at = line.index + line[0].length - needle.length
    after = at + needle.length
    const place = covering(at, at + needle.length).find((piece) => piece.sentence)
    if (place && squeeze(place.text).includes(squeeze(needle))) insideLines.push(`${item.kind}: ${needle}`)
  }

  // Figures: the annotated sentence's figures against what the output found there.
  const wrongDates: string[] = []
  const annotatedCounts: Array<{sentence: OutputDocument['sentences'][number] | undefined; text: string; value: string}> = []
  for (const figure of text.figures) {
    const sentence = sentenceFor(document, text.sentences[figure.sentence - 1] ?? '')
    if (figure.kind === 'count') annotatedCounts.push({sentence, text: figure.text, value: figure.value})
    if (figure.kind !== 'date' || !sentence) continue
    const at = sentence.text.indexOf(figure.text)
    const overlapping = sentence.numbers.filter((item) => at >= 0 && item.start < at + figure.text.length && at < item.end)
    if (overlapping.some((item) => item.kind === 'count')) wrongDates.push(`${figure.text} (${sentence.id})`)
  }
  const outputCounts = document.sentences.flatMap((sentence) => sentence.numbers.filter((item) => item.kind === 'count').map((item) => ({sentence, item})))
  const matched = new Set<unknown>()
  const missedCounts: string[] = []
  let truePositives = 0
  const seen = new Map<string, number>()
  for (const gold of annotatedCounts) {
    // The k-th figure of the same text in a sentence is its k-th occurrence there.
    const key = `${gold.sentence?.id}\u0000${gold.text}`
    const nth = seen.get(key) ?? 0
    seen.set(key, nth + 1)
    let at = gold.sentence ? gold.sentence.text.indexOf(gold.text) : -1
    for (let k = 0; k < nth && at >= 0; k++) at = gold.sentence!.text.indexOf(gold.text, at + 1)
    const hit = outputCounts.find(
      ({sentence, item}) => sentence === gold.sentence && !matched.has(item) && at >= 0 && item.start < at + gold.text.length && at < item.end && String(item.value) === gold.value
    )
    if (hit) {
      matched.add(hit.item)
      truePositives++
    } else missedCounts.push(`${gold.text}${gold.sentence ? ` (${gold.sentence.id})` : ' (sentence not found)'}`)
  }
  const falsePositives = outputCounts.filter(({item}) => !matched.has(item)).map(({sentence, item}) => `${item.text} (${sentence.id}: ${sentence.text.slice(Math.max(0, item.start - 20), item.end + 20)})`)

  const glued = document.diagnostics.filter((d) => d.rule === 'glued-words')
  const falseGlued = glued.filter((d) => !text.glued.some((item) => item.shown === d.text)).map((d) => `${d.text} → ${d.suggestion}`)
  // Footnotes: a note says the annotated text, and its sentence is the annotated sentence as the output has it.
  const wrongNotes: string[] = []
  let kept = 0
  let attached = 0
  for (const gold of text.footnotes) {
    const note = document.notes?.find((candidate) => squeeze(candidate.text) === squeeze(gold.text))
    const sentence = sentenceFor(document, text.sentences[gold.sentence - 1] ?? '')
    if (note) kept++
    if (note && sentence && note.sentence === sentence.id) attached++
    else wrongNotes.push(`${gold.marker} ${note ? `attached to ${note.sentence ?? 'no sentence'}, not ${sentence?.id ?? '?'}` : 'not kept as a note'}: ${gold.text.slice(0, 50)}`)
  }
  return {
    broken: {repaired, all: breaks.length, joinedWrongly, missed},
    furniture: {inside: insideLines.length, all: text.furniture.length, insideLines},
    dates: {asCounts: wrongDates.length, all: text.figures.filter((figure) => figure.kind === 'date').length, wrong: wrongDates},
    counts: {truePositives, found: outputCounts.length, annotated: annotatedCounts.length, falsePositives, missed: missedCounts},
    glued: {falseWarnings: falseGlued, found: glued.length - falseGlued.length, annotated: text.glued.length},
    notes: {kept, attached, annotated: text.footnotes.length, wrong: wrongNotes}
  }
}

/** Scores of several texts added up. */
export function total(scores: readonly ExportScores[]) {
  const sum = (pick: (score: ExportScores) => number) => scores.reduce((acc, score) => acc + pick(score), 0)
  const truePositives = sum((s) => s.counts.truePositives)
  return {
    repaired: sum((s) => s.broken.repaired) / sum((s) => s.broken.all),
    joinedWrongly: sum((s) => s.broken.joinedWrongly.length),
    furnitureInside: sum((s) => s.furniture.inside) / sum((s) => s.furniture.all),
    datesAsCounts: sum((s) => s.dates.asCounts),
    dates: sum((s) => s.dates.all),
    countPrecision: truePositives / Math.max(1, sum((s) => s.counts.found)),
    countRecall: truePositives / Math.max(1, sum((s) => s.counts.annotated)),
    falseGlued: sum((s) => s.glued.falseWarnings.length),
    notesKept: sum((s) => s.notes.kept),
    notesAttached: sum((s) => s.notes.attached),
    notes: sum((s) => s.notes.annotated)
  }
}

/** Longest common subsequence of two word lists, as the matched index pairs (for words kept and sentence ends). */
export function alignWords(gold: readonly string[], other: readonly string[]): Array<[number, number]> {
  const n = gold.length
  const m = other.length
  const table = Array.from({length: n + 1}, () => new Int32Array(m + 1))
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i]![j] = gold[i] === other[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!)
  const pairs: Array<[number, number]> = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (gold[i] === other[j]) {
      pairs.push([i++, j++])
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++
    else j++
  }
  return pairs
}

export interface ScanScores {
  /** Share of the printed text's words that the pipeline's output keeps, in order; and the raw OCR's. */
  kept: number
  ocrKept: number
  /** Words the OCR read right that the pipeline's output changed. */
  broken: string[]
  /** Sentence ends (after which word of the printed text a sentence ends) against the annotated sentences. */
  sentenceEnds: {precision: number; recall: number; f1: number}
  /** The printed text's words around each end missed and each end made where none is, for reading the errors. */
  missedEnds: string[]
  falseEnds: string[]
  /** The counts behind the shares, for a total over several scans. */
  counts: {words: number; kept: number; ocrKept: number; endsFound: number; endsGold: number; endsHit: number}
  title: {country: string | null; tier: string | null}
}

/** The scores of one scan: what the pipeline made of the OCR text against the printed text and its sentences. */
export function scoreScan(gold: string, ocr: string, goldSentences: readonly string[], document = processToDocument(ocr, 'scan.az.txt', null)): ScanScores {
  const goldWords = wordsOf(lower(gold))
  const ocrWords = wordsOf(lower(ocr))
  // List and point numbers the sentences leave out are kept in removed[] with their place: words of the output too.
  const lineStarts = [0, ...[...ocr.matchAll(/\r\n|\r|\n/gu)].map((match) => match.index + match[0].length)]
  const markers = document.removed
    .filter((removal) => removal.reason === 'list-marker')
    .map((removal) => {
      const start = lineStarts[removal.line - 1]! + removal.column - 1
      return {text: removal.text, start, end: start + removal.text.length, sentence: false}
    })
  const outputPieces = [...pieces(document), ...markers].sort((a, b) => a.start - b.start)
  const outputWords: string[] = []
  const sentenceEndsAt = new Set<number>()
  for (const piece of outputPieces) {
    outputWords.push(...wordsOf(lower(piece.text)))
    if (piece.sentence) sentenceEndsAt.add(outputWords.length - 1)
  }
  const ocrPairs = alignWords(goldWords, ocrWords)
  const outputPairs = alignWords(goldWords, outputWords)
  const keptByOutput = new Set(outputPairs.map(([g]) => g))
  const broken = ocrPairs.filter(([g]) => !keptByOutput.has(g)).map(([g]) => goldWords[g]!)
  // Gold sentence ends, as word indexes of the printed text: found by walking the sentences in order.
  const goldEnds = new Set<number>()
  let from = 0
  for (const sentence of goldSentences) {
    const words = wordsOf(lower(sentence))
    const pairs = alignWords(goldWords.slice(from, from + words.length + 40), words)
    if (pairs.length === 0) continue
    const last = from + pairs.at(-1)![0]
    goldEnds.add(last)
    from = last + 1
  }
  // An output end after a word the OCR misread is placed by the words around it: between two matched words with
  // as many words between them on both sides, the k-th unmatched output word stands for the k-th gold word.
  const goldOf = new Map(outputPairs.map(([g, o]) => [o, g]))
  const outputEnds = new Set<number>()
  for (const end of sentenceEndsAt) {
    const matched = goldOf.get(end)
    if (matched !== undefined) {
      outputEnds.add(matched)
      continue
    }
    const after = outputPairs.findIndex(([, o]) => o > end)
    const [gBefore, oBefore] = after > 0 ? outputPairs[after - 1]! : after === -1 && outputPairs.length > 0 ? outputPairs.at(-1)! : [-1, -1]
    const [gAfter, oAfter] = after >= 0 ? outputPairs[after]! : [goldWords.length, outputWords.length]
    if (gAfter - gBefore === oAfter - oBefore) outputEnds.add(gBefore + (end - oBefore))
  }
  const hits = [...outputEnds].filter((end) => goldEnds.has(end)).length
  const around = (index: number) => `${goldWords.slice(Math.max(0, index - 3), index + 1).join(' ')} | ${goldWords.slice(index + 1, index + 4).join(' ')}`
  const precision = hits / Math.max(1, sentenceEndsAt.size)
  const recall = hits / Math.max(1, goldEnds.size)
  return {
    kept: outputPairs.length / goldWords.length,
    ocrKept: ocrPairs.length / goldWords.length,
    broken,
    sentenceEnds: {precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall)},
    counts: {words: goldWords.length, kept: outputPairs.length, ocrKept: ocrPairs.length, endsFound: sentenceEndsAt.size, endsGold: goldEnds.size, endsHit: hits},
    missedEnds: [...goldEnds].filter((end) => !outputEnds.has(end)).map(around),
    falseEnds: [...outputEnds].filter((end) => !goldEnds.has(end)).map(around),
    title: {country: document.document.country, tier: document.document.tier}
  }
}
