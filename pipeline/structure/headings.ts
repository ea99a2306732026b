import type {Language, SectionSpec} from '../lang/index.js'

export interface HeadingMatch {
  spec: SectionSpec
  /** The heading as found, colon included. */
  text: string
}

interface Compiled {
  spec: SectionSpec
  pattern: RegExp
}

const cache = new WeakMap<Language, Compiled[]>()

/** Headings as anchored patterns, longest first; COUNTRY stands for any upper-case name. */
function compiled(lang: Language): Compiled[] {
  let list = cache.get(lang)
  if (!list) {
    list = lang.sections
      .flatMap((spec) => spec.headings.map((heading) => ({spec, heading})))
      .sort((a, b) => b.heading.length - a.heading.length)
      .map(({spec, heading}) => {
        const body = heading
          .split(' ')
          .map((word) => (word === 'COUNTRY' ? "\\p{Lu}[\\p{Lu}'’ -]*?" : word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
          .join('\\s+')
        return {spec, pattern: new RegExp(`^${body}\\s*:?(?=\\s|$)`, 'u')}
      })
    cache.set(lang, list)
  }
  return list
}

/** The section heading at the start of a paragraph, if any (headings are written in capitals). */
export function matchHeading(text: string, lang: Language): HeadingMatch | undefined {
  for (const {spec, pattern} of compiled(lang)) {
    const match = pattern.exec(text)
    if (match) return {spec, text: match[0]}
  }
  return undefined
}

const formulaCache = new WeakMap<SectionSpec, RegExp[]>()

/** Does a sentence starting at `text` open the section (its formula), when the heading was lost? */
export function matchesFormula(text: string, spec: SectionSpec): boolean {
  let patterns = formulaCache.get(spec)
  if (!patterns) {
    patterns = spec.formulas.map((source) => new RegExp(source, 'u'))
    formulaCache.set(spec, patterns)
  }
  return patterns.some((pattern) => pattern.test(text))
}
