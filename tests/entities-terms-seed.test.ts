import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {OutputEntity, OutputTerm} from '../pipeline/emit/document.js'
import {cleanSlice} from './support/invariants.js'
import {glossary, processToDocument, seedPlaceOf, seedRaw, SEED_PATH} from './support/pipeline.js'

interface Gold {
  line: number
  column: number
  text: string
  type?: string
  en: string
  lemma?: string
}

const load = (name: string): Gold[] => JSON.parse(readFileSync(new URL(`fixtures/seed/${name}`, import.meta.url), 'utf8'))
const place = (item: {line: number; column: number}) => `${item.line}:${item.column}`
const doc = processToDocument(seedRaw, SEED_PATH)
const lines = seedRaw.split('\n')
const offsetOf = (gold: Gold) => lines.slice(0, gold.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + gold.column - 1

describe('entities on the annotated seed (84 mentions, annotated by hand before the stage ran)', () => {
  const gold = load('entities.json')
  const found: OutputEntity[] = [...doc.document.title!.entities, ...doc.sentences.flatMap((s) => s.entities)]
  const matched = new Map<Gold, OutputEntity>()
  for (const item of gold) {
    const hit = found.find((entity) => place(seedPlaceOf(entity)) === place(item) && entity.text === item.text && entity.type === item.type)
    if (hit) matched.set(item, hit)
  }
  const precision = new Set(matched.values()).size / found.length
  const recall = matched.size / gold.length

  it('finds every annotated mention with its span and type, and nothing the annotation does not have', () => {
    console.log(`entities: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${gold.length} annotated, ${found.length} found)`)
    const misses = gold.filter((item) => !matched.has(item)).map((item) => `${place(item)} ${item.text}`)
    const extra = found.filter((item) => ![...matched.values()].includes(item)).map((item) => `${place(seedPlaceOf(item))} ${item.text}`)
    expect(misses).toEqual([])
    expect(extra).toEqual([])
  })

  it('gives the English name and English acronym the annotator gave, but for the disagreements named here', () => {
    // Each kind of difference: the annotated English → the glossary's, with why the glossary's stands.
    const KNOWN: Record<string, string> = {
      'Law on the Fight Against Trafficking in Persons → Law on the Fight against Trafficking in Persons': 'TIP capitalises only the nouns of a law’s title',
      'Group of Experts on Action against Trafficking in Human Beings → GRETA': 'TIP names GRETA by its acronym',
      'International Criminal Police Organization → INTERPOL': 'TIP names INTERPOL by its acronym',
      'Republic of Azerbaijan → Azerbaijan': 'the glossary gives the country its short name, as TIP does',
      'acronym GRETA → null': 'its English name is the acronym itself, so it has no acronym beside it',
      'acronym INTERPOL → null': 'its English name is the acronym itself, so it has no acronym beside it',
      'acronym VACs → null': 'the glossary gives the centres no English acronym: the English edition writes none'
    }
    const kinds = new Map<string, string[]>()
    for (const [item, entity] of matched) {
      const differences = [
        ...(entity.en === item.en ? [] : [`${item.en} → ${entity.en}`]),
        ...(entity.acronymEn === (item as Gold & {acronymEn: string | null}).acronymEn ? [] : [`acronym ${(item as Gold & {acronymEn: string | null}).acronymEn} → ${entity.acronymEn}`])
      ]
      for (const kind of differences) kinds.set(kind, [...(kinds.get(kind) ?? []), `${place(item)} ${item.text}`])
    }
    console.log(`entities: English name and acronym as annotated for ${matched.size - new Set([...kinds.values()].flat()).size}/${matched.size}`)
    for (const [kind, places] of kinds) console.log(`  ${kind}: ${places.join('; ')}`)
    expect([...kinds.keys()].filter((kind) => !(kind in KNOWN))).toEqual([])
  })
})

describe('terms on the annotated seed (372 occurrences of 83 key terms in all inflected forms)', () => {
  const gold = load('terms.json')
  const found: OutputTerm[] = [...doc.sections.flatMap((s) => s.terms), ...doc.sentences.flatMap((s) => s.terms)]

  it('marks every occurrence: recall ≥ 0.97', () => {
    // Found when a term of the output covers the occurrence; the longest glossary term wins, so
    // "QHT tərəfindən idarə olunan sığınacağın" (NGO-run shelter) covers both QHT and sığınacaq.
    const covering = (item: Gold) => found.find((term) => term.raw[0] <= offsetOf(item) && offsetOf(item) < term.raw[1])
    const exact = (item: Gold) => found.some((term) => place(seedPlaceOf(term)) === place(item) && term.text === item.text)
    const missed = gold.filter((item) => !covering(item))
    const recall = (gold.length - missed.length) / gold.length
    const strict = gold.filter(exact).length / gold.length
    console.log(`terms: recall ${recall.toFixed(3)} (covered by a term), ${strict.toFixed(3)} with the same span (${gold.length} annotated)`)
    if (missed.length) console.log(`  missed: ${missed.map((item) => `${place(item)} ${item.text}`).join('; ')}`)
    expect(recall).toBeGreaterThanOrEqual(0.97)
    // The one miss, and why; any other fails.
    const KNOWN: Record<string, string> = {'26:66 sığınacağa': 'glued to the next word in the original ("sığınacağayardımı"): the slips stage flags it'}
    expect(missed.map((item) => `${place(item)} ${item.text}`)).toEqual(Object.keys(KNOWN))
  })

  it('places every entity, term and verb truly in the raw input: its raw slice, cleaned the simple way, is its text', () => {
    // Checked against the raw file through the item's raw place, not against the string it was cut from.
    for (const sentence of doc.sentences) {
      for (const item of [...sentence.entities, ...sentence.terms, ...sentence.verbs]) {
        expect(cleanSlice(seedRaw, doc, item.raw[0], item.raw[1]), `${sentence.id} ${item.text}`).toBe(item.text)
      }
    }
  })

  it('gives each annotated occurrence the annotated base form and English, but for the disagreements named here', () => {
    // Kinds of difference between the annotation and the glossary (base forms compared in Azerbaijani lower case), each with why.
    const KNOWN: Record<string, string> = {
      'müəyyənləşdirmə → müəyyənləşdirilmə | identification': 'both are rows of the glossary; the passive row is the closer form',
      'standart əməliyyat proseduru → standart əməliyyat prosedurları | standard operating procedure → standard operating procedures': 'the glossary lists the plural the report uses',
      'səp | SOP → standard operating procedures': 'the glossary gives the acronym its full English (abbrEn SOPs)',
      'hüquq mühafizə orqanı | law enforcement agency → law enforcement': 'TIP writes "law enforcement"',
      'reviktimizasiya | revictimization → re-victimization': 'TIP spelling',
      'zərərçəkmiş | injured party → victim': 'TIP renders the procedural status as "victim" (glossary note)',
      'zərərçəkən | injured party → victim': 'TIP renders it "victim" (glossary note)'
    }
    const lower = (text: string) => text.toLocaleLowerCase('az')
    const kinds = new Map<string, string[]>()
    for (const item of gold) {
      const term = found.find((candidate) => place(seedPlaceOf(candidate)) === place(item) && candidate.text === item.text)
      if (!term || (lower(term.lemma) === lower(item.lemma ?? '') && term.en === item.en)) continue
      const annotated = lower(item.lemma ?? '')
      const lemma = lower(term.lemma) === annotated ? annotated : `${annotated} → ${lower(term.lemma)}`
      const en = term.en === item.en ? item.en : `${item.en} → ${term.en}`
      const kind = `${lemma} | ${en}`
      kinds.set(kind, [...(kinds.get(kind) ?? []), place(item)])
    }
    const agreeing = gold.length - [...kinds.values()].flat().length
    console.log(`terms: base form and English as annotated for ${agreeing} of the ${gold.length}; ${kinds.size} named kinds of difference`)
    expect([...kinds.keys()].filter((kind) => !(kind in KNOWN))).toEqual([])
  })

  it('measures precision over the 83 annotated concepts: a term of theirs found where the annotation has none is named', () => {
    // The annotation covers 83 key terms, not the whole glossary: precision is measured on those concepts.
    const concepts = new Set(glossary.entries.filter((entry) => gold.some((item) => entry.source.toLocaleLowerCase('az') === item.lemma?.toLocaleLowerCase('az'))).map((entry) => entry.id))
    const theirs = found.filter((term) => concepts.has(term.id))
    const covered = (term: OutputTerm) => gold.some((item) => term.raw[0] <= offsetOf(item) && offsetOf(item) < term.raw[1])
    const extra = theirs.filter((term) => !covered(term))
    const precision = (theirs.length - extra.length) / theirs.length
    console.log(`terms: precision ${precision.toFixed(3)} on the annotated concepts (${theirs.length} found, ${extra.length} not annotated)`)
    if (extra.length) console.log(`  not annotated: ${extra.map((term) => `${place(seedPlaceOf(term))} ${term.text} (${term.id})`).join('; ')}`)
    expect(concepts.size).toBeGreaterThan(70)
    expect(precision).toBeGreaterThanOrEqual(0.9)
    // What is found and not annotated, by glossary row: wordings of an annotated concept that the annotation did
    // not list (it annotated each concept under one or two wordings). Any other row fails.
    const other = 'a wording of the concept the annotation does not list'
    const KNOWN: Record<string, string> = {
      'həbs (t.imprisonment)': `${other}: it annotated azadlıqdan məhrumetmə`,
      'vəzifəli şəxs (t.official)': `${other}: it annotated məmur`,
      'hökumət rəsmisi (t.government-official)': `${other}: it annotated dövlət məmuru`,
      'göndərilmə (t.referral)': `${other}: it annotated yönləndirmə`,
      'müzakirəyə ötürmə (t.referral)': `${other} (the seed's mistranslation of "referral")`,
      'araşdırma (t.investigation)': `${other}: it annotated təhqiqat and istintaq`,
      'zərərin əvəzinin ödənilməsi (t.restitution)': `${other}: it annotated restitusiya`
    }
    expect([...new Set(extra.map((term) => `${term.lemma} (${term.id})`))].filter((kind) => !(kind in KNOWN))).toEqual([])
  })

})
