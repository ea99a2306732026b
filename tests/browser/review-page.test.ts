/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {main} from '../../pipeline/cli.js'
import {readDocument, type OutputDocument} from '../../pipeline/emit/index.js'
import {launchChromium} from '../support/browser.js'

const root = new URL('../../', import.meta.url).pathname
const input = path.join(root, 'input/2022-azerbaijan.az.txt')
/** Where the screenshots go: a test artifact, not part of the repository. */
const ARTIFACTS = path.join(root, '.cache/test-artifacts')
const out = mkdtempSync(path.join(os.tmpdir(), 'hesabat-page-'))
const quiet = {out: () => {}, err: () => {}}

let browser: Browser
let page: Page
let document: OutputDocument

beforeAll(async () => {
  // The pages as a user makes them: through the CLI, from the seed and its English edition.
  expect(await main(['run', input, '--out', path.join(out, 'en'), '--format', 'html,json', '--no-cache', '--quiet'], quiet)).toBe(0)
  expect(await main(['run', input, '--out', path.join(out, 'az'), '--format', 'html', '--no-cache', '--quiet', '--ui-lang', 'az'], quiet)).toBe(0)
  document = readDocument(JSON.parse(readFileSync(path.join(out, 'en/2022-azerbaijan.json'), 'utf8')))
  browser = await launchChromium()
  page = await browser.newPage({viewport: {width: 1400, height: 900}})
  await page.goto(pathToFileURL(path.join(out, 'en/2022-azerbaijan.html')).href)
})

afterAll(async () => {
  await browser?.close()
})

const current = () => page.evaluate(() => globalThis.document.querySelector('tr.current')?.id ?? null)
const flaggedRows = () => page.evaluate(() => [...globalThis.document.querySelectorAll('tr.flagged')].map((row) => row.id))

describe('the review page in a browser', () => {
  it('shows every section with its beads, and the counts in the header', async () => {
    const sections = [...new Set(document.beads!.map((bead) => bead.section))]
    expect(await page.locator('main section[data-section]').evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.section))).toEqual(sections)
    for (const section of sections) {
      expect(await page.locator(`section[data-section="${section}"] tbody tr`).count(), section).toBe(document.beads!.filter((bead) => bead.section === section).length)
    }
    await expect(page.locator('h1').textContent()).resolves.toBe('Azerbaijan — Tier 2')
    expect(await page.locator('.facts').textContent()).toContain(`Sentences${document.sentences.length}`)
    expect(await page.locator('#f-count').textContent()).toBe(`${document.beads!.length} / ${document.beads!.length}`)
  })

  it('activating a diagnostic scrolls to its bead and highlights it', async () => {
    const finding = document.diagnostics.find((d) => d.rule === 'qa-number' && d.text === '16')!
    const button = page.locator(`#d-list button[data-target="row-${finding.bead}"]`).filter({hasText: '16'})
    await button.click()
    expect(await current()).toBe(`row-${finding.bead}`)
    const row = page.locator(`#row-${finding.bead}`)
    await expect(row.evaluate((node) => node === globalThis.document.activeElement)).resolves.toBe(true)
    await expect(row.isVisible()).resolves.toBe(true)
    expect(await row.evaluate((node) => {
      const box = node.getBoundingClientRect()
      return box.top >= 0 && box.bottom <= globalThis.innerHeight
    })).toBe(true)
    mkdirSync(ARTIFACTS, {recursive: true})
    await page.screenshot({path: path.join(ARTIFACTS, 'review-page.png')})
  })

  it('j and k go to the next and previous flagged row', async () => {
    const flagged = await flaggedRows()
    expect(flagged.length).toBeGreaterThan(3)
    await page.locator('h1').click()
    await page.evaluate(() => globalThis.document.querySelector('tr.current')?.classList.remove('current'))
    await page.keyboard.press('j')
    expect(await current()).toBe(flagged[0])
    await page.keyboard.press('j')
    expect(await current()).toBe(flagged[1])
    await page.keyboard.press('k')
    expect(await current()).toBe(flagged[0])
    await page.keyboard.press('k')
    expect(await current()).toBe(flagged.at(-1))
    // The row's findings are lit in the diagnostics panel too.
    const lit = await page.locator('#d-list button.current').evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.target))
    expect(lit.length).toBeGreaterThan(0)
    expect(new Set(lit)).toEqual(new Set([flagged.at(-1)]))
  })

  it('filters rows by flag, section and text, and diagnostics by rule and severity', async () => {
    await page.locator('#f-flagged').check()
    expect(await page.locator('tbody tr:visible').count()).toBe((await flaggedRows()).length)
    await page.locator('#f-flagged').uncheck()
    await page.locator('#f-section').selectOption('prosecution')
    expect(await page.locator('tbody tr:visible').count()).toBe(document.beads!.filter((bead) => bead.section === 'prosecution').length)
    await page.locator('#f-section').selectOption('')
    await page.locator('#f-text').fill('COVID-19')
    const shown = await page.locator('tbody tr:visible').evaluateAll((rows) => rows.map((row) => row.id))
    expect(shown.length).toBeGreaterThan(0)
    for (const id of shown) expect(await page.locator(`#${id}`).textContent()).toContain('COVID-19')
    await page.locator('#f-text').fill('')
    expect(await page.locator('tbody tr:visible').count()).toBe(document.beads!.length)
    // Case folded alike: İ, I, i and ı find each other; every row that says "insan" in any casing is found.
    const saysInsan = document.beads!.filter((bead) => bead.edition.some((id) => /insan/iu.test(document.sentences.find((s) => s.id === id)!.text.replace(/İ/gu, 'I')))).length
    expect(saysInsan).toBeGreaterThan(40)
    for (const query of ['insan', 'İnsan', 'INSAN', 'İNSAN']) {
      await page.locator('#f-text').fill(query)
      expect(await page.locator('tbody tr:visible').count(), query).toBe(saysInsan)
    }
    await page.locator('#f-text').fill('mübarizə idarəsi')
    expect(await page.locator('tbody tr:visible').count()).toBeGreaterThan(0)
    await page.locator('#f-text').fill('')

    await page.locator('#d-rule').selectOption('qa-number')
    const rules = await page.locator('#d-list li:visible').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.rule))
    expect(rules).toEqual(document.diagnostics.filter((d) => d.rule === 'qa-number').map(() => 'qa-number'))
    await page.locator('#d-rule').selectOption('')
  })

  it('a marked item shows its English on focus and lights its counterpart on the other side', async () => {
    const mark = page.locator('#row-b2 td[lang="az"] mark[data-k="e:gpe.azerbaijan"]')
    await mark.focus()
    expect(await mark.getAttribute('aria-label')).toContain('Azerbaijan')
    await expect(page.locator('#row-b2 td[lang="en"] mark[data-k="e:gpe.azerbaijan"]').evaluate((node) => node.classList.contains('twin'))).resolves.toBe(true)
    const tooltip = await mark.evaluate((node) => getComputedStyle(node, '::after').content)
    expect(tooltip).toContain('Azerbaijan')
    // On the English side, the tooltip gives the Azerbaijani, not the English again.
    expect(await page.locator('#row-b2 td[lang="en"] mark[data-k="e:gpe.azerbaijan"]').getAttribute('aria-label')).toMatch(/^Azerbaijan — Azərbaycan · /u)
  })

  it('by keyboard: a skip link to the diagnostics first, one tab stop a row, the arrow keys through its marks', async () => {
    await page.reload()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => globalThis.document.activeElement?.className)).toBe('skip')
    // Marks are no tab stops (1,651 of them kept the diagnostics out of reach): rows are, one each.
    expect(await page.locator('mark[data-k][tabindex="0"]').count()).toBe(0)
    expect(await page.locator('tbody tr[tabindex="0"]').count()).toBe(document.beads!.length)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => globalThis.document.activeElement?.closest('#diagnostics') !== null)).toBe(true)
    await page.locator('#row-b2').focus()
    await page.keyboard.press('ArrowRight')
    const first = await page.evaluate(() => globalThis.document.activeElement?.getAttribute('data-k'))
    expect(first).toBeTruthy()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowLeft')
    expect(await page.evaluate(() => globalThis.document.activeElement?.getAttribute('data-k'))).toBe(first)
    await page.keyboard.press('Escape')
    expect(await page.evaluate(() => globalThis.document.activeElement?.id)).toBe('row-b2')
  })

  it('keeps the reviewer’s filters when a finding leads to a row they hide, and says when nothing matches', async () => {
    await page.reload()
    const finding = document.diagnostics.find((d) => d.rule === 'qa-number' && d.bead)!
    const section = document.beads!.find((bead) => bead.id === finding.bead)!.section
    const other = document.beads!.map((bead) => bead.section).find((key) => key !== section)!
    await page.locator('#f-section').selectOption(other)
    await page.locator(`#d-list button[data-target="row-${finding.bead}"]`).first().click()
    expect(await page.locator('#f-section').inputValue()).toBe(other)
    const row = page.locator(`#row-${finding.bead}`)
    await expect(row.isVisible()).resolves.toBe(true)
    expect(await row.getAttribute('title')).toContain('your filters are as you set them')
    await page.locator('#f-section').selectOption('')
    // A filter that matches nothing says so, for the rows and for the diagnostics.
    await page.locator('#f-text').fill('no sentence says this')
    await expect(page.locator('#rows-empty').isVisible()).resolves.toBe(true)
    await page.locator('#f-text').fill('')
    await expect(page.locator('#rows-empty').isVisible()).resolves.toBe(false)
    await page.locator('#d-rule').selectOption('qa-number')
    await page.locator('#d-severity').selectOption('info')
    await expect(page.locator('#d-empty').isVisible()).resolves.toBe(true)
    await page.locator('#d-rule').selectOption('')
    await page.locator('#d-severity').selectOption('')
  })

  it('on a phone (390 × 844) stacks a bead’s two sides, each as wide as the screen allows', async () => {
    const phone = page
    await phone.setViewportSize({width: 390, height: 844})
    const widths = await phone.locator('#row-b5 td[lang]').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().width))
    expect(widths).toHaveLength(2)
    for (const width of widths) expect(width).toBeGreaterThan(300)
    // The two sides one under the other, not side by side.
    const [top1, top2] = await phone.locator('#row-b5 td[lang]').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().top))
    expect(top2!).toBeGreaterThan(top1!)
    await phone.setViewportSize({width: 1400, height: 900})
  })

  it('says the reason in the row and marks the words at fault on both sides (the 16 and the 17)', async () => {
    const finding = document.diagnostics.find((d) => d.rule === 'qa-number' && d.text === '16' && d.counterpart?.text === '17')!
    const row = page.locator(`#row-${finding.bead}`)
    expect(await row.locator('.reason').allTextContents()).toContain(finding.message)
    expect(await row.locator('td[lang="az"] mark.fault').allTextContents()).toContain('16')
    expect(await row.locator('td[lang="en"] mark.fault').allTextContents()).toContain('17')
    // Only what a finding is about is coloured at first; "all marks" colours every item.
    const background = (selector: string) => page.locator(selector).first().evaluate((node) => getComputedStyle(node).backgroundColor)
    await page.mouse.move(0, 0)
    expect(await background('tbody mark.fault')).not.toBe('rgba(0, 0, 0, 0)')
    expect(await background('tbody mark.k-entity:not(.fault)')).toBe('rgba(0, 0, 0, 0)')
    await page.locator('#f-marks').check()
    expect(await background('tbody mark.k-entity:not(.fault)')).not.toBe('rgba(0, 0, 0, 0)')
    await page.locator('#f-marks').uncheck()
  })

  it('no text overlaps or overflows its cell, on a laptop (1366 × 768) and a phone (390 × 844)', async () => {
    for (const [width, height] of [[1366, 768], [390, 844]] as const) {
      await page.setViewportSize({width, height})
      await page.goto(pathToFileURL(path.join(out, 'en/2022-azerbaijan.html')).href)
      const problems = await page.evaluate(() => {
        const found: string[] = []
        for (const row of [...globalThis.document.querySelectorAll('tbody tr')]) {
          const cells = [...row.querySelectorAll('th, td')] as HTMLElement[]
          const boxes = cells.map((cell) => cell.getBoundingClientRect())
          for (let i = 0; i < boxes.length; i++) {
            if (cells[i]!.scrollWidth > cells[i]!.clientWidth + 1) found.push(`${row.id} cell ${i} overflows`)
            for (let j = i + 1; j < boxes.length; j++) {
              const [a, b] = [boxes[i]!, boxes[j]!]
              const overlap = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top))
              if (overlap > 2) found.push(`${row.id} cells ${i} and ${j} overlap`)
            }
          }
        }
        return found
      })
      expect(problems.slice(0, 5), `${width}×${height}`).toEqual([])
    }
    await page.setViewportSize({width: 1400, height: 900})
    await page.goto(pathToFileURL(path.join(out, 'en/2022-azerbaijan.html')).href)
  })

  it('axe-core finds no accessibility violation, on a laptop (1366 × 768) and a phone (390 × 844), in English and Azerbaijani', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
    for (const language of ['en', 'az']) {
      for (const [width, height] of [[1366, 768], [390, 844]] as const) {
        await page.setViewportSize({width, height})
        await page.goto(pathToFileURL(path.join(out, `${language}/2022-azerbaijan.html`)).href)
        // Evaluated by the browser's tools, not as a page script: the page's policy stays as it is.
        await page.evaluate(axe)
        const violations = await page.evaluate(async () => {
          const found = await (globalThis as unknown as {axe: {run: (context: unknown, options: unknown) => Promise<{violations: Array<{id: string; nodes: unknown[]}>}>}}).axe.run(globalThis.document, {resultTypes: ['violations']})
          return found.violations.map((violation) => `${violation.id} (${violation.nodes.length})`)
        })
        expect(violations, `${language} ${width}×${height}`).toEqual([])
      }
    }
    await page.setViewportSize({width: 1400, height: 900})
    await page.goto(pathToFileURL(path.join(out, 'en/2022-azerbaijan.html')).href)
  })

  it('runs nothing but its own script and style: a payload planted past the escaping does nothing (Content-Security-Policy)', async () => {
    const html = readFileSync(path.join(out, 'en/2022-azerbaijan.html'), 'utf8')
    // What a missed escape would let through: a handler, a script, a style, each trying to leave a mark.
    const payload =
      '<img src="x" onerror="document.title=\'pwned-img\'"><input id="planted" autofocus onfocus="document.title=\'pwned-focus\'">' +
      '<script>document.title="pwned-script"</script><style>body{display:none}</style><div style="display:none" id="styled">x</div>'
    const planted = path.join(out, 'en/planted.html')
    writeFileSync(planted, html.replace('<body>\n', `<body>\n${payload}`))
    // This page (Chromium here runs in one process: a page closed would close it all).
    const other = page
    const blocked: string[] = []
    other.on('console', (message) => blocked.push(message.text()))
    await other.goto(pathToFileURL(planted).href)
    await other.focus('#planted')
    await other.waitForTimeout(200)
    expect(await other.title()).not.toContain('pwned')
    await expect(other.locator('body').isVisible()).resolves.toBe(true)
    await expect(other.locator('#styled').isVisible()).resolves.toBe(true)
    // The page's own script still runs: the row counter answers the filter.
    await other.check('#f-flagged')
    expect(await other.locator('#f-count').textContent()).not.toBe(`${document.beads!.length} / ${document.beads!.length}`)
    expect(blocked.some((text) => /Content Security Policy/i.test(text))).toBe(true)
  })

  it('is in Azerbaijani when made with --ui-lang az', async () => {
    const az = await browser.newPage({viewport: {width: 1400, height: 900}})
    await az.goto(pathToFileURL(path.join(out, 'az/2022-azerbaijan.html')).href)
    expect(await az.locator('html').getAttribute('lang')).toBe('az')
    expect(await az.locator('h1').textContent()).toBe('Azərbaycan — Səviyyə 2')
    expect(await az.locator('label[for="f-section"]').textContent()).toBe('Bölmə')
    expect(await az.locator('#diag-title').textContent()).toBe('Diaqnostika')
    expect(await az.locator('thead th').first().textContent()).toBe('Cüt')
    expect(await az.locator('#d-list [data-severity="warning"] .sev').first().textContent()).toBe('xəbərdarlıq')
    // Rule names, figure kinds and entity types in Azerbaijani; the codes in a tooltip.
    const rule = az.locator('#d-list li[data-rule="qa-number"] code').first()
    expect([await rule.textContent(), await rule.getAttribute('title')]).toEqual(['rəqəm fərqlidir', 'qa-number'])
    expect(await az.locator('tbody .flag[title="qa-number"]').first().textContent()).toBe('rəqəm fərqlidir')
    expect(await az.locator('tbody mark.k-number').first().getAttribute('aria-label')).toMatch(/rəqəm: (say|il|sıra sayı|məbləğ)/u)
    expect(await az.locator('tbody mark.k-entity').first().getAttribute('aria-label')).toMatch(/ölkə\/şəhər|təşkilat/u)
    await az.screenshot({path: path.join(ARTIFACTS, 'review-page.az.png')})
    await az.close()
  })

})
