import {readDocument, type OutputDocument, type OutputSentence} from '../emit/index.js'
import {translator, type Translate} from '../i18n/index.js'

/** First line where two texts differ, 1-based, with both versions of it around the change; lines naming the input's hash are passed over. */
function firstLine(t: Translate, expected: string, actual: string): string | undefined {
  const a = expected.split('\n')
  const b = actual.split('\n')
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i] || (a[i]?.includes('sha256') && b[i]?.includes('sha256'))) continue
    // Around the first character that differs, so a long line shows its change.
    let at = 0
    while (a[i] !== undefined && b[i] !== undefined && a[i]![at] === b[i]![at]) at++
    const from = Math.max(0, at - 40)
    const cut = (line: string | undefined) => (line === undefined ? t('changes.endOfFile') : JSON.stringify(`${from > 0 ? '…' : ''}${line.slice(from, from + 100)}`))
    return t('changes.line', {line: i + 1, committed: cut(b[i]), regenerated: cut(a[i])})
  }
  return undefined
}

/** What changed in one sentence, the way a reviewer says it. */
function sentenceChange(t: Translate, now: OutputSentence | undefined, then: OutputSentence | undefined): string {
  const id = (now ?? then)!.id
  if (!now) return t('changes.gone', {id})
  if (!then) return t('changes.new', {id})
  // A changed figure is what a report's reader cares about first.
  const figures = (sentence: OutputSentence) => sentence.numbers.map((number) => number.text)
  const [before, after] = [figures(then), figures(now)]
  for (let k = 0; k < Math.max(before.length, after.length); k++) {
    if (before[k] !== after[k]) return t('changes.figure', {id, before: before[k] ?? '—', after: after[k] ?? '—'})
  }
  if (now.text !== then.text) {
    let at = 0
    while (now.text[at] === then.text[at]) at++
    const around = (text: string) => text.slice(Math.max(0, at - 20), at + 30)
    return t('changes.text', {id, before: around(then.text), after: around(now.text)})
  }
  for (const key of ['numbers', 'entities', 'terms', 'raw', 'align', 'en'] as const) {
    if (JSON.stringify(now[key]) !== JSON.stringify(then[key])) return t('changes.field', {id, field: key})
  }
  return t('changes.differs', {id})
}

/**
 * Why a committed output differs from the regenerated one, for a CI log: for JSON the first differing
 * sentence (a figure, the text) or part and how many sentences differ; for other formats the first differing
 * line that is not the input's hash.
 */
export function describeChange(target: string, regenerated: string, committed: string, t: Translate = translator('en')): string {
  if (target.endsWith('.json')) {
    let now: OutputDocument | undefined
    let then: OutputDocument | undefined
    try {
      now = readDocument(JSON.parse(regenerated))
      then = readDocument(JSON.parse(committed))
    } catch {
      // Not hesabat's JSON of this schema (an older one, a hand edit): say where the text differs.
    }
    if (now?.sentences && then?.sentences) {
      const before = new Map(then.sentences.map((sentence) => [sentence.id, sentence]))
      const after = new Map(now.sentences.map((sentence) => [sentence.id, sentence]))
      const ids = [...new Set([...after.keys(), ...before.keys()])]
      const changed = ids.filter((id) => JSON.stringify(after.get(id)) !== JSON.stringify(before.get(id)))
      if (changed.length > 0) {
        const first = sentenceChange(t, after.get(changed[0]!), before.get(changed[0]!))
        return t('changes.sentences', {count: changed.length, first})
      }
      const parts = (Object.keys(now) as Array<keyof OutputDocument>).filter((key) => key !== 'sentences' && JSON.stringify(now![key]) !== JSON.stringify(then![key]))
      if (parts.length > 0) return t('changes.parts', {parts: parts.join(', ')})
    }
  }
  return firstLine(t, regenerated, committed) ?? t('changes.hashOnly')
}
