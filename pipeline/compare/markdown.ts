import {code, heading, item, paragraph, strong, table, text} from '../emit/markdown-syntax.js'
import {sentenceCase, translator, type UiLang} from '../i18n/index.js'
import type {DocumentComparison, SentenceChange} from './index.js'

/** A word diff in Markdown: what went struck through, what came in bold. */
const diffMarkdown = (diff: NonNullable<SentenceChange['diff']>) =>
  diff.map(({op, text: part}) => (op === 'same' ? text(part) : part.trim() === '' ? text(part) : op === 'removed' ? `~~${text(part)}~~` : strong(part))).join('')

/** `output/compare/<country>-<older>-<newer>.md`: the changes by section, the figures changed as a table. */
export function emitCompareMarkdown(result: DocumentComparison, uiLang: UiLang = 'en'): string {
  const t = translator(uiLang)
  const lead = result.editions[0]!
  const out: string[] = [heading(1, t('compare.title', {country: lead.country ?? '—', older: lead.older.year ?? '?', newer: lead.newer.year ?? '?'}))]
  for (const comparison of result.editions) {
    const language = t(comparison.language === 'en' ? 'labels.english' : 'labels.azerbaijani')
    out.push(heading(2, language))
    out.push(paragraph(`${code(comparison.older.path)} → ${code(comparison.newer.path)}`))
    if (comparison.tier.changed) out.push(paragraph(t('compare.tierChanged', {older: comparison.tier.older ?? '—', newer: comparison.tier.newer ?? '—'})))
    const counts = (['figures', 'reworded', 'moved', 'new', 'dropped', 'unchanged'] as const).map((kind) => `${t(`compare.kind.${kind}`)}: ${comparison.counts[kind]}`)
    out.push(paragraph(counts.join(' · ')))
    for (const section of comparison.sections.filter((item) => item.status !== 'kept')) out.push(paragraph(t(`compare.section.${section.status}`, {section: section.key})))
    const figures = comparison.changes.flatMap((change) =>
      (change.figures ?? []).map((pair) => [code(change.newer!.id), text(pair.older.text), text(pair.newer.text)])
    )
    if (figures.length > 0) {
      out.push(heading(3, t('compare.figuresChanged')))
      out.push(table([t('compare.sentence'), String(comparison.older.year ?? t('compare.older')), String(comparison.newer.year ?? t('compare.newer'))], figures))
    }
    for (const key of [...new Set(comparison.changes.map((change) => change.section))]) {
      const changes = comparison.changes.filter((change) => change.section === key && change.kind !== 'unchanged')
      if (changes.length === 0) continue
      out.push(heading(3, sentenceCase(key, 'en')))
      out.push(
        changes
          .map((change) => {
            const label = strong(t(`compare.kind.${change.kind}`))
            const ids = code([change.older?.id, change.newer?.id].filter(Boolean).join(' → '))
            const body = change.diff ? diffMarkdown(change.diff) : text((change.newer ?? change.older)!.text)
            return item('-', [`${label} ${ids} ${body}`])
          })
          .join('\n')
      )
    }
  }
  if (result.leftBehind.length > 0) {
    out.push(heading(2, t('compare.leftBehind')))
    out.push(result.leftBehind.map((left) => item('-', [`${code(left.bead)} ${text(left.change.newer!.text)}`])).join('\n'))
  }
  return `${out.join('\n\n')}\n`
}
