import type {Language, SectionSpec} from '../lang/index.js'

export interface HeadingMatch {
  spec: SectionSpec
  /** The heading as found, colon included. */
  text: string
}

/** The section heading at the start of a paragraph, if any (headings are written in capitals). */
export function matchHeading(text: string, lang: Language): HeadingMatch | undefined {
  for (const {spec, pattern} of lang.patterns.headings) {
    const match = pattern.exec(text)
    if (match) return {spec, text: match[0]}
  }
  return undefined
}

/** Does a sentence starting at `text` open the section (its formula), when the heading was lost? */
export function matchesFormula(text: string, spec: SectionSpec, lang: Language): boolean {
  return (lang.patterns.formulas.get(spec) ?? []).some((pattern) => pattern.test(text))
}
