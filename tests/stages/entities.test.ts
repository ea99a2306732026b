import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {processText} from '../../pipeline/processor.js'
import type {Sentence} from '../../pipeline/tree.js'
import {glossary} from '../support/pipeline.js'

/** The entities stage on small texts; each expectation worked out by hand from the text and the shipped glossary. */
function mentions(body: string): string[] {
  const {tree} = processText(`AZƏRBAYCAN (Səviyyə 2)\n\n${body}\n`, {path: 'e.az.txt', sha256: '0'.repeat(64), language: 'az', year: 2022}, glossary)
  const found: string[] = []
  visit(tree, 'sentence', (node) => {
    for (const entity of (node as Sentence).data.entities ?? []) found.push(`${entity.ref} ${entity.text}=${entity.id}`)
  })
  return found
}

describe('entities: a plan with its years', () => {
  it('takes the years that make a plan one document into its mention', () => {
    expect(mentions('Hökumət 2020-2024-cü illər üçün Milli Fəaliyyət Planını icra etdi.')).toEqual(['summary-1.e1 2020-2024-cü illər üçün Milli Fəaliyyət Planını=law.nap'])
    expect(mentions('Hökumət 2021-ci il üçün Milli Fəaliyyət Planını icra etdi.')).toEqual(['summary-1.e1 2021-ci il üçün Milli Fəaliyyət Planını=law.nap'])
  })

  it('leaves a number that is no year (1900–2100), or years without the qualifier’s words, out of it', () => {
    expect(mentions('Hökumət 5 illər üçün Milli Fəaliyyət Planını icra etdi.')).toEqual(['summary-1.e1 Milli Fəaliyyət Planını=law.nap'])
    expect(mentions('Hökumət 1899-2024-cü illər üçün Milli Fəaliyyət Planını icra etdi.')).toEqual(['summary-1.e1 Milli Fəaliyyət Planını=law.nap'])
    expect(mentions('Hökumət 2020-2101-ci illər üçün Milli Fəaliyyət Planını icra etdi.')).toEqual(['summary-1.e1 Milli Fəaliyyət Planını=law.nap'])
    expect(mentions('Hökumət 2020-2024-cü illər Milli Fəaliyyət Planını icra etdi.')).toEqual(['summary-1.e1 Milli Fəaliyyət Planını=law.nap'])
    // At the very start of a sentence there is nothing before the name to take.
    expect(mentions('Milli Fəaliyyət Planı icra olundu.')).toEqual(['summary-1.e1 Milli Fəaliyyət Planı=law.nap'])
  })

  it('keeps the boundary years 1900 and 2100', () => {
    expect(mentions('Hökumət 1900-2100-cü illər üçün Milli Fəaliyyət Planını icra etdi.')).toEqual(['summary-1.e1 1900-2100-cü illər üçün Milli Fəaliyyət Planını=law.nap'])
  })
})

describe('entities: names the document defines', () => {
  it('links a short name in brackets after an entity to it, from there on, and its singular to a plural', () => {
    expect(mentions('İnsan Alveri Qurbanlarına Yardım Mərkəzləri (Mərkəzlər) açıldı. Mərkəzlər işləyir. Mərkəz kömək etdi.')).toEqual([
      'summary-1.e1 İnsan Alveri Qurbanlarına Yardım Mərkəzləri=org.vac',
      'summary-1.e2 Mərkəzlər=org.vac',
      'summary-2.e1 Mərkəzlər=org.vac',
      'summary-3.e1 Mərkəz=org.vac'
    ])
  })

  it('defines nothing from a bracket that is not a capitalised name of 2 to 20 letters, or not right after the entity', () => {
    expect(mentions('İnsan Alveri Qurbanlarına Yardım Mərkəzləri (mərkəzlər) açıldı. Mərkəzlər işləyir.')).toEqual(['summary-1.e1 İnsan Alveri Qurbanlarına Yardım Mərkəzləri=org.vac'])
    expect(mentions('İnsan Alveri Qurbanlarına Yardım Mərkəzləri (M) açıldı. M işləyir.')).toEqual(['summary-1.e1 İnsan Alveri Qurbanlarına Yardım Mərkəzləri=org.vac'])
    expect(mentions('İnsan Alveri Qurbanlarına Yardım Mərkəzləri (Mərkəzlərmərkəzlərmərkəz) açıldı. Mərkəzlərmərkəzlərmərkəz işləyir.')).toEqual([
      'summary-1.e1 İnsan Alveri Qurbanlarına Yardım Mərkəzləri=org.vac'
    ])
    expect(mentions('İnsan Alveri Qurbanlarına Yardım Mərkəzləri yeni (Mərkəzlər) açıldı. Mərkəzlər işləyir.')).toEqual(['summary-1.e1 İnsan Alveri Qurbanlarına Yardım Mərkəzləri=org.vac'])
  })

  it('matches a defined name in its own capitals only', () => {
    expect(mentions('İnsan Alveri Qurbanlarına Yardım Mərkəzləri (Mərkəzlər) açıldı. Yeni mərkəzlər tikildi.')).toEqual([
      'summary-1.e1 İnsan Alveri Qurbanlarına Yardım Mərkəzləri=org.vac',
      'summary-1.e2 Mərkəzlər=org.vac'
    ])
  })
})
