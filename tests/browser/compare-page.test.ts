/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {parse} from 'csv-parse/sync'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {main} from '../../pipeline/cli.js'
import {launchChromium} from '../support/browser.js'

const root = new URL('../../', import.meta.url).pathname
const out = mkdtempSync(path.join(os.tmpdir(), 'hesabat-compare-'))
const quiet = {out: () => {}, err: () => {}}

let browser: Browser
let page: Page
let json: {editions: Array<{language: string; changes: Array<{kind: string}>}>}
/** The trend table over the three editions: each series' editions and the years they give. */
let trend: Map<string, {editions: Set<number>; years: Set<number>}>

beforeAll(async () => {
  // Three editions through the CLI, as an analyst compares them: 2020 alone, 2021 and 2022 with their English.
  const input = path.join(out, 'input')
  mkdirSync(input)
  for (const name of ['2020-azerbaijan.az.txt', '2021-azerbaijan.az.txt', '2021-azerbaijan.en.txt']) copyFileSync(path.join(root, 'tests/fixtures/editions', name), path.join(input, name))
  for (const name of ['2022-azerbaijan.az.txt', '2022-azerbaijan.en.txt']) copyFileSync(path.join(root, 'input', name), path.join(input, name))
  const stems = ['2020', '2021', '2022'].map((year) => path.join(input, `${year}-azerbaijan`))
  expect(await main(['compare', ...stems, '--out', path.join(out, 'output'), '--glossary', path.join(root, 'glossary')], quiet)).toBe(0)
  json = JSON.parse(readFileSync(path.join(out, 'output/compare/azerbaijan-2021-2022.json'), 'utf8'))
  const rows: Array<Record<string, string>> = parse(readFileSync(path.join(out, 'output/azerbaijan.trend.csv'), 'utf8'), {columns: true, bom: true})
  trend = new Map()
  for (const row of rows) {
    const series = trend.get(row.series!) ?? {editions: new Set(), years: new Set()}
    series.editions.add(Number(row.edition))
    series.years.add(Number(row.year))
    trend.set(row.series!, series)
  }
  browser = await launchChromium()
  page = await browser.newPage({viewport: {width: 1200, height: 900}})
  await page.goto(pathToFileURL(path.join(out, 'output/compare/azerbaijan-2021-2022.html')).href)
})

afterAll(async () => {
  await browser?.close()
})

describe('the comparison page in a browser', () => {
  it('charts the series every edition gives, labelled, one point per year they count', async () => {
    const charts = page.locator('figure.chart svg.series')
    const count = await charts.count()
    expect(count).toBeGreaterThan(0)
    expect(count).toBeLessThanOrEqual(6)
    for (let k = 0; k < count; k++) {
      const chart = charts.nth(k)
      const name = await chart.locator('title').first().textContent()
      const series = trend.get(name!)!
      expect([...series.editions].sort(), name!).toEqual([2020, 2021, 2022])
      expect(await chart.locator('circle').count(), name!).toBe(series.years.size)
      expect(series.years.size, name!).toBeGreaterThanOrEqual(3)
      expect(await chart.getAttribute('role')).toBe('img')
    }
    await expect(page.locator('figure.chart figcaption').isVisible()).resolves.toBe(true)
  })

  it('shows every sentence change of both languages, and filters them by kind', async () => {
    const all = json.editions.flatMap((edition) => edition.changes)
    expect(await page.locator('tbody tr').count()).toBe(all.length)
    expect(await page.locator('#f-count').textContent()).toBe(`${all.length} / ${all.length}`)
    await page.selectOption('#f-kind', 'moved')
    const moved = all.filter((change) => change.kind === 'moved').length
    expect(await page.locator('tbody tr:not([hidden])').count()).toBe(moved)
    expect(await page.locator('#f-count').textContent()).toBe(`${moved} / ${all.length}`)
    await page.selectOption('#f-kind', 'reworded')
    expect(await page.locator('tbody tr:not([hidden]) del').count()).toBeGreaterThan(0)
    expect(await page.locator('tbody tr:not([hidden]) ins').count()).toBeGreaterThan(0)
  })
})
