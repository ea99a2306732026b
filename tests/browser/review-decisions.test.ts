/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {main} from '../../pipeline/cli.js'
import {readDocument} from '../../pipeline/emit/index.js'
import {startReviewServer} from '../../pipeline/review/server.js'
import {glossary} from '../support/pipeline.js'
import {launchChromium} from '../support/browser.js'

const root = new URL('../../', import.meta.url).pathname
const input = path.join(root, 'input/2022-azerbaijan.az.txt')
const work = mkdtempSync(path.join(os.tmpdir(), 'hesabat-decisions-'))
const out = path.join(work, 'output')
const review = path.join(work, 'review')
const file = path.join(review, '2022-azerbaijan.review.json')
mkdirSync(review)

const said: string[] = []
const run = (...args: string[]) => main([args[0]!, input, '--out', out, '--review', review, '--no-cache', ...args.slice(1)], {out: () => {}, err: (line) => said.push(line)})

let browser: Browser
let page: Page

/** The page of the last run, opened from disk as a reviewer opens it. */
async function open(): Promise<void> {
  await page.goto(pathToFileURL(path.join(out, '2022-azerbaijan.html')).href)
}

/** What the reviewer saves: the download the Save button makes, written where run reads it. */
async function save(): Promise<void> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#r-save').click()])
  expect(download.suggestedFilename()).toBe('2022-azerbaijan.review.json')
  writeFileSync(file, readFileSync((await download.path())!, 'utf8'))
}

beforeAll(async () => {
  expect(await run('run', '--quiet')).toBe(0)
  browser = await launchChromium()
  page = await (await browser.newContext({acceptDownloads: true, viewport: {width: 1400, height: 900}})).newPage()
  await open()
})

afterAll(async () => {
  await browser?.close()
})

describe('a reviewer’s decisions on the page opened from disk', () => {
  it('decides findings, saves the review file, and the next run shows the decisions in the JSON, the page and the XLIFF', async () => {
    const decide = page.locator('#d-list .decide')
    const count = await decide.count()
    expect(count).toBe(16)
    await expect(page.locator('#r-count').textContent()).resolves.toBe(`0 / ${count}`)
    for (const k of [0, 1, 2]) await decide.nth(k).locator('select').selectOption('dismissed')
    await decide.nth(3).locator('select').selectOption('to-fix')
    await decide.nth(3).locator('input').fill('the original’s figure is right')
    await decide.nth(3).locator('input').press('Tab')
    await expect(page.locator('#r-count').textContent()).resolves.toBe(`4 / ${count}`)
    // The decision filter shows the dismissed ones.
    await page.locator('#d-decision').selectOption('dismissed')
    expect(await page.locator('#d-list li:visible').count()).toBe(3)
    await page.locator('#d-decision').selectOption('')
    await save()
    expect(JSON.parse(readFileSync(file, 'utf8')).decisions.map((d: {status: string}) => d.status)).toEqual(['dismissed', 'dismissed', 'dismissed', 'to-fix'])

    expect(await run('run', '--quiet')).toBe(0)
    const document = readDocument(JSON.parse(readFileSync(path.join(out, '2022-azerbaijan.json'), 'utf8')))
    expect(document.diagnostics.filter((d) => d.review?.status === 'dismissed')).toHaveLength(3)
    expect(document.diagnostics.find((d) => d.review?.status === 'to-fix')?.review?.comment).toBe('the original’s figure is right')
    expect(document.diagnostics.some((d) => d.rule === 'stale-decision')).toBe(false)
    expect(readFileSync(path.join(out, '2022-azerbaijan.xlf'), 'utf8')).toContain('[to-fix: the original’s figure is right]')
    // The page made again shows them, without anything kept in the browser.
    await page.evaluate(() => localStorage.clear())
    await open()
    await expect(page.locator('#r-count').textContent()).resolves.toBe(`4 / ${count}`)
    expect(await page.locator('#d-list li[data-review="dismissed"]').count()).toBe(3)
  })

  it('check --unreviewed fail fails while findings are undecided, and passes once a loaded review file decides them all', async () => {
    said.length = 0
    expect(await run('check', '--unreviewed', 'fail')).toBe(1)
    expect(said.join('\n')).toContain("12 warnings have no reviewer's decision")
    // The rest decided elsewhere, in a file the reviewer loads into the page.
    const decide = page.locator('#d-list .decide')
    const keys: Array<{rule: string; text: string; sentence: string | null}> = await decide.evaluateAll((nodes) => nodes.map((node) => JSON.parse((node as HTMLElement).dataset.key!)))
    const kept = JSON.parse(readFileSync(file, 'utf8')).decisions
    const rest = keys.slice(4).map((key) => ({...key, status: 'confirmed'}))
    const loaded = path.join(work, 'from-a-colleague.json')
    writeFileSync(loaded, JSON.stringify({document: '2022-azerbaijan', decisions: [...kept, ...rest]}))
    await page.locator('#r-file').setInputFiles(loaded)
    // The file is read asynchronously: wait for the counter to say all are decided.
    await page.waitForFunction((all) => (globalThis.document.getElementById('r-count') as HTMLOutputElement).value === `${all} / ${all}`, keys.length, {timeout: 5000})
    await save()
    expect(await run('run', '--quiet')).toBe(0)
    expect(await run('check', '--unreviewed', 'fail')).toBe(0)
  })

  it('merges two beads and confirms a pairing on the page; saved, the next run keeps the merged bead and the others as they were', async () => {
    await open()
    const before = readDocument(JSON.parse(readFileSync(path.join(out, '2022-azerbaijan.json'), 'utf8')))
    const [a, b] = before.beads!.filter((bead) => bead.section === 'summary')
    await page.locator(`#row-${a!.id} .bead-decide .merge`).click()
    expect(await page.locator(`#row-${a!.id}.corrected, #row-${b!.id}.corrected`).count()).toBe(2)
    const omission = before.beads!.find((bead) => bead.shape === '0-1')!
    await page.locator(`#row-${omission.id} .bead-decide select`).selectOption('confirmed')
    await save()
    const saved = JSON.parse(readFileSync(file, 'utf8'))
    expect(saved.beads).toHaveLength(2)
    expect(await run('run', '--quiet')).toBe(0)
    const after = readDocument(JSON.parse(readFileSync(path.join(out, '2022-azerbaijan.json'), 'utf8')))
    expect(after.beads).toHaveLength(before.beads!.length - 1)
    expect(after.beads!.find((bead) => bead.fixed)).toMatchObject({edition: [...a!.edition, ...b!.edition], partner: [...a!.partner, ...b!.partner], confidence: 1})
    expect(after.beads!.find((bead) => bead.shape === '0-1')!.review).toEqual({status: 'confirmed'})
    expect(after.diagnostics.find((d) => d.rule === 'qa-untranslated')!.review).toEqual({status: 'confirmed'})
    // The page made again: the merged bead is one row, its pairing set by the reviewer.
    await open()
    expect(await page.locator('tr[data-fixed="yes"] .bead-decide').count()).toBe(1)
  })

  it('served by hesabat review: three dismissed, one to fix with a comment, two beads merged, each saved at once; run shows all of it; the gate passes once all is decided', async () => {
    const served = path.join(work, 'served')
    mkdirSync(served)
    const server = await startReviewServer({file: input, partner: path.join(root, 'input/2022-azerbaijan.en.txt'), stem: '2022-azerbaijan', review: served, glossary})
    const saved = path.join(served, '2022-azerbaijan.review.json')
    /** The page says the server took the last change. */
    const taken = async () => {
      await page.waitForFunction(() => globalThis.document.getElementById('r-count')?.dataset.saved === 'yes', undefined, {timeout: 5000})
      await page.evaluate(() => delete globalThis.document.getElementById('r-count')!.dataset.saved)
    }
    try {
      await page.goto(server.url)
      const decide = page.locator('#d-list .decide')
      for (const k of [0, 1, 2]) {
        await decide.nth(k).locator('select').selectOption('dismissed')
        await taken()
      }
      await decide.nth(3).locator('select').selectOption('to-fix')
      await taken()
      await decide.nth(3).locator('input').fill('the original’s figure is right')
      await decide.nth(3).locator('input').press('Tab')
      await taken()
      // The first two beads of the profile, as the served page shows them, merged.
      const rows = page.locator('section[data-section="profile"] tbody tr')
      const texts = (at: number) => rows.nth(at).locator('td[lang="az"] .s').allTextContents()
      const merged = [...(await texts(0)), ...(await texts(1))]
      await rows.nth(0).locator('.bead-decide .merge').click()
      await taken()
      const file = JSON.parse(readFileSync(saved, 'utf8'))
      expect(file.decisions.map((d: {status: string}) => d.status)).toEqual(['dismissed', 'dismissed', 'dismissed', 'to-fix'])
      expect(file.beads).toHaveLength(1)

      said.length = 0
      expect(await main(['run', input, '--out', out, '--review', served, '--no-cache', '--quiet'], {out: () => {}, err: (line) => said.push(line)})).toBe(0)
      const document = readDocument(JSON.parse(readFileSync(path.join(out, '2022-azerbaijan.json'), 'utf8')))
      expect(document.diagnostics.filter((d) => d.review?.status === 'dismissed')).toHaveLength(3)
      expect(document.diagnostics.find((d) => d.review?.status === 'to-fix')?.review?.comment).toBe('the original’s figure is right')
      const fixed = document.beads!.find((bead) => bead.fixed)!
      expect(fixed.edition.map((id) => document.sentences.find((sentence) => sentence.id === id)!.text)).toEqual(merged)
      expect(readFileSync(path.join(out, '2022-azerbaijan.xlf'), 'utf8')).toContain('[to-fix: the original’s figure is right]')
      expect(readFileSync(path.join(out, '2022-azerbaijan.html'), 'utf8').match(/data-review="dismissed"/gu)).toHaveLength(3)
      const gate = (...args: string[]) => main(['check', input, '--out', out, '--review', served, '--unreviewed', 'fail', ...args], {out: () => {}, err: () => {}})
      expect(await gate()).toBe(1)
      // The rest decided on the served page (it is made again from the review file, the merge applied).
      await page.goto(server.url)
      const undecided = page.locator('#d-list li[data-decision="undecided"] .decide select')
      while ((await undecided.count()) > 0) {
        await undecided.first().selectOption('confirmed')
        await taken()
      }
      expect(await main(['run', input, '--out', out, '--review', served, '--no-cache', '--quiet'], {out: () => {}, err: () => {}})).toBe(0)
      expect(await gate()).toBe(0)
    } finally {
      await server.close()
    }
  })
})
