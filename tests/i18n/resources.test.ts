import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {RESOURCES, render, sentenceCase, translator, uiLangFromEnv} from '../../pipeline/i18n/index.js'

/** Every leaf key of a resource, as `a.b.c`. */
function keys(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? keys(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`]))
}
const PLURAL = /_(?:zero|one|two|few|many|other)$/u

/** The code that may name a key: pipeline/ without its language data. */
const root = new URL('../../pipeline/', import.meta.url).pathname
const code = readdirSync(root, {recursive: true, encoding: 'utf8'})
  .filter((file) => /\.(?:ts|js)$/u.test(file) && !file.startsWith(`bin${path.sep}`))
  .map((file) => readFileSync(path.join(root, file), 'utf8'))
  .join('\n')

describe('the UI resources (pipeline/i18n/en.json, az.json)', () => {
  it('have the same keys in both languages, each plural with its _one and _other', () => {
    const en = keys(RESOURCES.en).sort()
    const az = keys(RESOURCES.az).sort()
    expect(az.filter((key) => !en.includes(key)), 'only in az.json').toEqual([])
    expect(en.filter((key) => !az.includes(key)), 'only in en.json').toEqual([])
    for (const key of en.filter((item) => PLURAL.test(item))) {
      const base = key.replace(PLURAL, '')
      expect(en, base).toContain(`${base}_one`)
      expect(en, base).toContain(`${base}_other`)
    }
  })

  it('name no value in one language that the other leaves out', () => {
    const flat = (lang: 'en' | 'az') => new Map(keys(RESOURCES[lang]).map((key) => [key, key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], RESOURCES[lang]) as string]))
    const en = flat('en')
    const az = flat('az')
    const values = (text: string) => [...text.matchAll(/\{\{(\w+)/gu)].map((match) => match[1]).sort()
    for (const [key, text] of en) expect(values(az.get(key)!), key).toEqual(values(text))
  })

  it('are all used by the code, and every key the code names exists', () => {
    // Keys built from a prefix and a name (`count.${noun}`) count as used when the code builds that prefix.
    const dynamic = [...code.matchAll(/[`'"]((?:[a-z]+\.)+)\$\{/gu)].map((match) => match[1]!)
    const unused = [...new Set(keys(RESOURCES.en).map((key) => key.replace(PLURAL, '')))].filter(
      (key) => !new RegExp(`['"\`]${key.replace(/\./gu, '\\.')}['"\`]`, 'u').test(code) && !dynamic.some((prefix) => key.startsWith(prefix) && !key.slice(prefix.length).includes('.'))
    )
    expect(unused).toEqual([])
    const named = [...code.matchAll(/(?:\bt|key:\s*)\(?'((?:diagnostics|labels|html|cli|count|severity|sections|changes)\.[\w.]+)'/gu)].map((match) => match[1]!)
    expect(named.length).toBeGreaterThan(40)
    const known = new Set(keys(RESOURCES.en).map((key) => key.replace(PLURAL, '')))
    expect(named.filter((key) => !known.has(key))).toEqual([])
  })
})

describe('rendering', () => {
  it('keeps an Azerbaijani noun singular after a numeral, and English plural', () => {
    const en = translator('en')
    const az = translator('az')
    expect([en('count.sentence', {count: 1}), en('count.sentence', {count: 5})]).toEqual(['1 sentence', '5 sentences'])
    expect([az('count.sentence', {count: 1}), az('count.sentence', {count: 5}), az('count.warning', {count: 1})]).toEqual(['1 cümlə', '5 cümlə', '1 xəbərdarlıq'])
    expect(render({key: 'diagnostics.duplicatedWords', values: {count: 2, text: 'a b a b'}})).toBe('Duplicated words “a b a b”')
    expect(render({key: 'diagnostics.duplicatedWords', values: {count: 1, text: 'və və'}}, 'az')).toBe('Təkrarlanan söz: “və və”')
  })

  it('puts headings in sentence case with Turkic casing in Azerbaijani', () => {
    expect(sentenceCase('PRİORİTET TÖVSİYƏLƏR:', 'az')).toBe('Prioritet tövsiyələr')
    expect(sentenceCase('İNSAN ALVERİ İLƏ MÜBARİZƏ', 'az')).toBe('İnsan alveri ilə mübarizə')
    expect(sentenceCase('PRIORITIZED RECOMMENDATIONS:', 'en')).toBe('Prioritized recommendations')
    expect(translator('az')('labels.sectionHeading', {en: 'Prosecution', az: 'CİNAYƏT TƏQİBİ'})).toBe('Cinayət təqibi · Prosecution')
  })

  it('leaves values as they are (each format escapes for itself)', () => {
    expect(render({key: 'diagnostics.strayLetter', values: {letter: '<', rest: 'a&b'}})).toBe('Stray letter “<” before “a&b”')
  })

  it('takes the CLI language from LC_ALL, LC_MESSAGES or LANG, else English', () => {
    expect(uiLangFromEnv({LANG: 'az_AZ.UTF-8'})).toBe('az')
    expect(uiLangFromEnv({LC_ALL: 'en_US.UTF-8', LANG: 'az_AZ.UTF-8'})).toBe('en')
    expect(uiLangFromEnv({LC_MESSAGES: 'az_AZ', LANG: 'C'})).toBe('az')
    expect(uiLangFromEnv({LANG: 'de_DE.UTF-8'})).toBe('en')
    expect(uiLangFromEnv({})).toBe('en')
  })
})
