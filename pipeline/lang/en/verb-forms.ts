/** Verbs that do not form their past with -ed, and those that double their last consonant (refer → referred). */
const IRREGULAR: Record<string, string> = {sell: 'sold', hold: 'held', give: 'given', take: 'taken', bring: 'brought', seek: 'sought', send: 'sent', pay: 'paid', find: 'found', keep: 'kept', make: 'made', put: 'put', set: 'set'}
const DOUBLING = new Set(['refer', 'commit', 'admit', 'permit', 'submit', 'transfer', 'prefer', 'occur', 'control', 'ban', 'plan', 'stop', 'bar'])

/** The past participle of an English verb (also its past, for the verbs a report uses). */
export function pastParticiple(verb: string): string {
  const [head, ...rest] = verb.split(' ')
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : ''
  if (IRREGULAR[head!]) return IRREGULAR[head!]! + tail
  if (DOUBLING.has(head!)) return `${head}${head!.at(-1)}ed${tail}`
  if (head!.endsWith('e')) return `${head}d${tail}`
  if (/[^aeiou]y$/u.test(head!)) return `${head!.slice(0, -1)}ied${tail}`
  return `${head}ed${tail}`
}

/** The -ing form of an English verb. */
export function presentParticiple(verb: string): string {
  const [head, ...rest] = verb.split(' ')
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : ''
  if (DOUBLING.has(head!)) return `${head}${head!.at(-1)}ing${tail}`
  if (head!.endsWith('ie')) return `${head!.slice(0, -2)}ying${tail}`
  if (head!.endsWith('e') && !head!.endsWith('ee')) return `${head!.slice(0, -1)}ing${tail}`
  return `${head}ing${tail}`
}

/** The English of a verb in the form the text has it: "investigated", "was not investigated", "to prosecute", "investigate" (an imperative). */
export function englishVerb(verb: string, form: {kind: string; passive: boolean; negated: boolean}): string {
  const pp = pastParticiple(verb)
  const not = form.negated ? 'not ' : ''
  switch (form.kind) {
    case 'infinitive':
      return form.passive ? `${not}to be ${pp}` : `${not}to ${verb}`
    case 'verbal-noun':
    case 'converb':
      return form.passive ? `${not}being ${pp}` : `${not}${presentParticiple(verb)}`
    case 'participle':
      return `${not}${pp}`
    case 'imperative':
      return form.negated ? `do not ${verb}` : verb
    default:
      if (form.passive) return `was ${not}${pp}`
      return form.negated ? `did not ${verb}` : pp
  }
}
