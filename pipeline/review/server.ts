import {randomBytes, timingSafeEqual} from 'node:crypto'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {toDocument} from '../emit/document.js'
import {htmlChunks} from '../emit/html/index.js'
import {UserError} from '../errors.js'
import type {Glossary} from '../glossary/index.js'
import type {UiLang} from '../i18n/index.js'
import {readInput} from '../io/read-input.js'
import {writeAtomic} from '../io/write-output.js'
import {processPair} from '../processor.js'
import {applyDecisions} from './apply.js'
import {parseReview, readReview, reviewPath} from './file.js'

/** A review file is a few hundred decisions; anything far larger is no review file. */
export const MAX_BODY = 1 << 20

export interface ReviewServerOptions {
  /** The edition under review and its original beside it (a pair). */
  file: string
  partner: string
  stem: string
  /** Where review/<stem>.review.json is kept. */
  review: string
  glossary?: Glossary
  uiLang?: UiLang
  /** 0: any free port (the default). */
  port?: number
}

export interface ReviewServer {
  /** The page's address, with the token that lets a browser in. */
  url: string
  close: () => Promise<void>
}

/** The pair processed now, its reviewer's decisions applied, as the served page (allowed to send decisions back). */
async function page(options: ReviewServerOptions): Promise<string> {
  const [input, english] = await Promise.all([readInput(options.file), readInput(options.partner)])
  const review = await readReview(options.review, options.stem)
  const pair = processPair(input.text, input.source, english.text, english.source, options.glossary, {removed: input.markup, fixedBeads: review.beads}, {removed: english.markup})
  applyDecisions(review, [pair, pair.english])
  return [...htmlChunks(toDocument(pair.tree, pair.file, pair.english, options.uiLang ?? 'en'), options.uiLang ?? 'en', {served: true})].join('')
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/** The body of a request, refused past `limit` bytes. */
function bodyOf(request: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    // Past the limit the rest is read and dropped, so the client gets its answer rather than a reset.
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
    })
    request.on('end', () => resolve(size > limit ? undefined : Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

/**
 * `hesabat review`'s server: on 127.0.0.1 only, every request must carry the run's random token, come with this
 * server's own Host (no other name that resolves here) and, to write, from this server's own Origin. It serves the
 * page (GET /) and takes the review file (PUT /review), checked as `run` checks it, written atomically to
 * review/<stem>.review.json and nowhere else. Anything else is refused with its status, and nothing is written.
 */
export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const token = randomBytes(24).toString('base64url')
  const target = reviewPath(options.review, options.stem)
  let origin = ''
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const refuse = (status: number, why: string) => {
      response.writeHead(status, {'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store'})
      response.end(`${why}\n`)
    }
    try {
      const url = new URL(request.url ?? '/', origin)
      if (request.headers.host !== new URL(origin).host) return refuse(421, 'this server answers to its own address only')
      if (!same(url.searchParams.get('token') ?? '', token)) return refuse(403, 'a wrong or missing token')
      if (request.method === 'GET' && url.pathname === '/') {
        response.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff'})
        return response.end(await page(options))
      }
      if (url.pathname !== '/review') return refuse(404, 'nothing here')
      if (request.method !== 'PUT') return refuse(405, 'the review file is saved with PUT')
      // From this server's own page: its Origin, or (a browser that sends none on a same-origin request) Fetch
      // Metadata saying so; another site's page, or a request that says neither, is refused.
      const sameOrigin = request.headers.origin === undefined ? request.headers['sec-fetch-site'] === 'same-origin' : request.headers.origin === origin
      if (!sameOrigin) return refuse(403, 'decisions are taken from this server’s own page only')
      if (!/^application\/json\b/u.test(request.headers['content-type'] ?? '')) return refuse(415, 'a review file is JSON')
      const body = await bodyOf(request, MAX_BODY)
      if (body === undefined) return refuse(413, 'too large for a review file')
      try {
        parseReview(body, target, options.stem)
      } catch (error) {
        if (error instanceof UserError) return refuse(400, error.message)
        throw error
      }
      await writeAtomic(target, body.endsWith('\n') ? body : `${body}\n`)
      response.writeHead(204, {'cache-control': 'no-store'})
      return response.end()
    } catch (error) {
      return refuse(500, `internal error: ${(error as Error).message}`)
    }
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  origin = `http://127.0.0.1:${port}`
  return {
    url: `${origin}/?token=${token}`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
