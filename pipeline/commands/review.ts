import {existsSync, statSync} from 'node:fs'
import {EXIT, UserError} from '../errors.js'
import {translator, type UiLang} from '../i18n/index.js'
import {displayPath, findInputs, nameParts, partnerPath} from '../io/read-input.js'
import {startReviewServer, type ReviewServer} from '../review/server.js'
import {glossaryFor} from './generate.js'

export interface ReviewOptions {
  /** The edition under review (with its English edition beside it), or a folder holding one such pair. */
  input: string
  review: string
  glossary: string
  glossaryRequired: boolean
  uiLang: UiLang
  port?: number
}

/** The pair to review: the file named, or the one Azerbaijani edition with an English partner in the folder named. */
async function pairOf(input: string): Promise<{file: string; partner: string; stem: string}> {
  const candidates = existsSync(input) && statSync(input).isDirectory() ? (await findInputs([input])).files : [input]
  const pairs = candidates.flatMap((file) => {
    const partner = nameParts(file)?.tag === 'az' ? partnerPath(file, 'en') : undefined
    return partner && existsSync(partner) ? [{file, partner, stem: nameParts(file)!.stem}] : []
  })
  if (pairs.length === 1) return pairs[0]!
  if (pairs.length === 0) throw new UserError(`${displayPath(input)}: no edition with its English edition beside it (<stem>.az.txt and <stem>.en.txt) to review`)
  throw new UserError(`${displayPath(input)}: holds ${pairs.length} pairs; name the one to review (${pairs.map((pair) => displayPath(pair.file)).join(', ')})`, EXIT.usage)
}

/** `hesabat review [input]`: serves the pair's page on 127.0.0.1 and saves each decision into review/<stem>.review.json. */
export async function review(options: ReviewOptions, log: (line: string) => void): Promise<ReviewServer> {
  const pair = await pairOf(options.input)
  const glossary = await glossaryFor({glossary: options.glossary, glossaryRequired: options.glossaryRequired})
  const server = await startReviewServer({...pair, review: options.review, glossary, uiLang: options.uiLang, ...(options.port === undefined ? {} : {port: options.port})})
  log(translator(options.uiLang)('cli.reviewServing', {url: server.url, file: `${options.review}/${pair.stem}.review.json`}))
  return server
}
