/** Wording shared by the reading formats (Markdown, HTML): section titles and the description of a figure. */
import {sentenceCase, type Translate} from '../i18n/index.js'
import type {UiLang} from '../i18n/index.js'
import type {OutputDiagnostic, OutputDocument, OutputNumber} from './document.js'

export interface SectionLabels {
  key: string
  /** The English heading of the section's kind. */
  en: string | null
  /** The heading as the edition writes it. */
  heading: string | null
  inferred?: boolean
}

/**
 * A section's title: its English heading in sentence case beside the Azerbaijani one (in the reader's
 * language first), or the name of a section that has no heading; "(heading inferred)" when it was lost.
 */
export function sectionTitle(t: Translate, section: SectionLabels): string {
  const fallback = section.key === 'summary' || section.key === 'unknown' ? t(`sections.${section.key}`) : section.key
  const en = section.en ? sentenceCase(section.en, 'en') : fallback
  const content = section.heading ? t('labels.sectionHeading', {en, az: section.heading.replace(/:$/u, '')}) : en
  return section.inferred ? `${content} ${t('labels.headingInferred')}` : content
}

/** A reviewer's decision as a reader sees it: " — dismissed: not an error here", or nothing. */
export function reviewLabel(t: Translate, review: OutputDiagnostic['review']): string {
  if (!review) return ''
  return ` — ${t(`review.${review.status}`)}${review.comment ? `: ${review.comment}` : ''}`
}

/** A rule's name in the reader's language (the code itself in English: it is what the JSON and the CLI say). */
export const ruleLabel = (t: Translate, rule: string) => t(`rules.${rule}`, {defaultValue: rule}) as string

/** An entity type's name in the reader's language (ORG, GPE… in English). */
export const entityTypeLabel = (t: Translate, type: string) => t(`types.${type}`, {defaultValue: type}) as string

/** "count, suspect, 2020": what a figure is, its kind in the reader's language. */
export function figureAbout(number: OutputNumber, t?: Translate): string {
  const about = [t ? (t(`kinds.${number.kind}`, {defaultValue: number.kind.replace('_', ' ')}) as string) : number.kind.replace('_', ' ')]
  if (number.counted) about.push(number.counted)
  if (number.currency) about.push(number.currency)
  if (number.year !== undefined && number.year !== null) about.push(String(number.year))
  return about.join(', ')
}

/** The country as the reader's language names it where the title gives that name, else in English. */
export function readerCountry(document: OutputDocument, uiLang: UiLang): string {
  const {country, countryName} = document.document
  return (uiLang === 'az' ? countryName : country) ?? country ?? countryName ?? document.source.path
}
