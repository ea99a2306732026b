import {existsSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startReviewServer, type ReviewServer} from '../../pipeline/review/server.js'
import {glossary} from '../support/pipeline.js'

const root = new URL('../../', import.meta.url).pathname
const review = mkdtempSync(path.join(os.tmpdir(), 'hesabat-review-'))
const file = path.join(review, '2022-azerbaijan.review.json')
let server: ReviewServer
let origin: string
let token: string

beforeAll(async () => {
  server = await startReviewServer({file: path.join(root, 'input/2022-azerbaijan.az.txt'), partner: path.join(root, 'input/2022-azerbaijan.en.txt'), stem: '2022-azerbaijan', review, glossary})
  const url = new URL(server.url)
  origin = url.origin
  token = url.searchParams.get('token')!
})
afterAll(() => server.close())

const decisions = {document: '2022-azerbaijan', decisions: [{rule: 'qa-number', text: '16', sentence: null, status: 'dismissed'}]}
const put = (body: string, {to = `/review?token=${token}`, from = origin, type = 'application/json'} = {}) =>
  fetch(`${origin}${to}`, {method: 'PUT', headers: {'content-type': type, ...(from ? {origin: from} : {})}, body})

describe('hesabat review: the server over real HTTP on 127.0.0.1', () => {
  it('listens on 127.0.0.1 with a long random token, and serves the page to that token only', async () => {
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u)
    expect(token.length).toBeGreaterThanOrEqual(32)
    expect((await fetch(`${origin}/`)).status).toBe(403)
    expect((await fetch(`${origin}/?token=${token.slice(0, -1)}x`)).status).toBe(403)
    const page = await fetch(server.url)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('data-review="2022-azerbaijan"')
    // Its policy lets it send decisions to this server and nowhere else.
    expect(html).toContain("default-src 'none'; connect-src 'self';")
  })

  it('refuses another Origin, a path outside the review file, another method, a body of 10 MB and broken JSON, and writes nothing', async () => {
    const refused: Array<[Promise<Response>, number]> = [
      [put(JSON.stringify(decisions), {from: 'http://evil.example'}), 403],
      [put(JSON.stringify(decisions), {from: ''}), 403],
      [fetch(`${origin}/review?token=${token}`, {method: 'PUT', headers: {'content-type': 'application/json', 'sec-fetch-site': 'cross-site'}, body: JSON.stringify(decisions)}), 403],
      [put(JSON.stringify(decisions), {to: `/review/../../etc/passwd?token=${token}`}), 404],
      [put(JSON.stringify(decisions), {to: `/other.review.json?token=${token}`}), 404],
      [put(JSON.stringify(decisions), {to: '/review'}), 403],
      [put(JSON.stringify(decisions), {type: 'text/plain'}), 415],
      [fetch(`${origin}/review?token=${token}`, {method: 'DELETE', headers: {origin}}), 405],
      [put('x'.repeat(10 * 1024 * 1024)), 413],
      [put('{"document": "2022-azerbaijan", "decisions": ['), 400],
      [put(JSON.stringify({document: '2021-georgia', decisions: []})), 400]
    ]
    for (const [answer, status] of refused) expect((await answer).status).toBe(status)
    expect(readdirSync(review)).toEqual([])
  })

  it('answers to its own Host only (a name that resolves here is refused: DNS rebinding)', async () => {
    const {request} = await import('node:http')
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(server.url)
      request({host: '127.0.0.1', port: url.port, path: `/?token=${token}`, headers: {host: `evil.example:${url.port}`}}, (response) => resolve(response.statusCode!))
        .on('error', reject)
        .end()
    })
    expect(status).toBe(421)
  })

  it('writes a good review file atomically, and the page served next shows its decision', async () => {
    const answer = await put(JSON.stringify(decisions))
    expect(answer.status).toBe(204)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(decisions)
    expect(readdirSync(review)).toEqual(['2022-azerbaijan.review.json'])
    expect(existsSync(`${file}.tmp`)).toBe(false)
  })
})
