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

/** "count, suspect, 2020": what a figure is. */
export function figureAbout(number: OutputNumber): string {
  const about = [number.kind.replace('_', ' ')]
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
