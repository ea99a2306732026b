import type {Language, NumberGrammar} from '../../types.js'
import {resolveCounted, resolveYears} from './context.js'
import {recognize} from './recognize.js'

/**
 * Azerbaijani figures: digits with their hyphenated suffixes (2021-ci, 14-ü), number words (on dörd, iki yüz
 * əlli), "bir" as a number or an article, the noun after a number (il, manat, saat, maddə), and what a count
 * counts and which year it belongs to from the words around it.
 */
export function azNumbers(lang: () => Language): NumberGrammar {
  return {
    find(tokens, {edition, carry}) {
      const found = recognize(tokens, lang())
      const counted = resolveCounted(tokens, found, lang(), carry)
      const years = resolveYears(tokens, found, lang(), edition)
      return found.map(({numeral: _numeral, partitive: _partitive, ...item}, index) => ({
        ...item,
        ...(item.kind === 'count' ? {counted: counted[index] ?? null} : {}),
        ...(item.kind === 'count' || item.kind === 'money' ? {year: years[index] ?? null} : {})
      }))
    }
  }
}
