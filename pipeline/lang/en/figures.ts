import type {Figure} from '../types.js'

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']

/** Digits with English thousands commas and a decimal point: 124700 → 124,700; 0.94 → 0.94. */
export function digits(value: number): string {
  const [whole, fraction] = String(value).split('.')
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}

/** Style of the report: one to nine in words, 10 and above (and fractions) in digits. */
export function cardinal(value: number): string {
  return Number.isInteger(value) && value >= 0 && value <= 9 ? WORDS[value]! : digits(value)
}

function ordinal(value: number): string {
  const tens = value % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th')
  return `${value}${suffix}`
}

const plural = (unit: string, value: number) => (value === 1 ? unit : `${unit}s`)

/** A reference's unit as the report writes it before the number. */
const REFERENCE: Record<string, string> = {article: 'Article', point: 'point', part: 'part', subpoint: 'subpoint', number: 'No.'}

/** English month names from the platform's locale data (Intl), January first. */
const MONTHS = Array.from({length: 12}, (_, month) => new Intl.DateTimeFormat('en-US', {month: 'long', timeZone: 'UTC'}).format(Date.UTC(2000, month, 1)))

/** An ISO date (2021-03-04, or --03-04 without a year) as the report writes it: March 4, 2021; March 4. */
function dateInEnglish(iso: string): string {
  const [, year, month, day] = /^(\d{4}|-)-(\d{2})-(\d{2})$/u.exec(iso) ?? []
  if (!month) return iso
  const name = `${MONTHS[Number(month) - 1]} ${Number(day)}`
  return year === '-' ? name : `${name}, ${year}`
}

/** How an English edition of the report writes the figure. */
export function english(item: Figure, {tier = false} = {}): string {
  const value = item.value as number
  switch (item.kind) {
    case 'year':
      return String(value)
    case 'year_range':
      return `${item.from}-${item.to}`
    case 'count':
      return cardinal(value)
    case 'money':
      if (item.currency === 'USD') return `$${digits(value)}`
      if (item.currency === 'AZN') return `${digits(value)} manat`
      if (item.currency === 'EUR') return `${digits(value)} ${plural('euro', value)}`
      return `${digits(value)} ${item.currency}`
    case 'duration':
      return `${cardinal(value)} ${plural(item.unit!, value)}`
    case 'duration_range':
      return `${cardinal(item.from!)} to ${cardinal(item.to!)} ${plural(item.unit!, item.to!)}`
    case 'ordinal':
      return tier ? String(value) : ordinal(value)
    case 'legal_ref':
      return `${REFERENCE[item.unit ?? 'article'] ?? 'Article'} ${item.value}`
    case 'date':
      return dateInEnglish(String(item.value))
    case 'percent':
      return `${digits(value)} percent`
    case 'identifier':
      return String(item.value)
  }
}
