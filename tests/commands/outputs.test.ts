import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {gunzipSync} from 'node:zlib'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {isOurs} from '../../pipeline/commands/outputs.js'

/** Which files `run --prune` and `check` take for hesabat's own: the committed outputs of the seed pair, and look-alikes. */
describe('isOurs', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'hesabat-ours-'))
  const file = (name: string, content: string | Buffer) => {
    const target = path.join(folder, name)
    writeFileSync(target, content)
    return target
  }
  const committed = (extension: string) => readFileSync(new URL(`../../output/2022-azerbaijan${extension}`, import.meta.url))

  it('knows every output of a pair (the XLIFF of a pair has the English as its source language)', async () => {
    for (const extension of ['.json', '.md', '.html', '.facts.csv', '.xlf', '.tmx']) expect(await isOurs(file(`2019-gone${extension}`, committed(extension))), extension).toBe(true)
  })

  it('knows a JSON an older hesabat wrote (schema 2.3)', async () => {
    const old = gunzipSync(readFileSync(new URL('../fixtures/schema/2022-azerbaijan.2.3.json.gz', import.meta.url)))
    expect(await isOurs(file('2018-old.json', old))).toBe(true)
  })

  it('leaves files a person made alone', async () => {
    expect(await isOurs(file('notes.json', '{"schemaVersion": "3.0.0", "mine": true}\n'))).toBe(false)
    expect(await isOurs(file('notes.xlf', '<xliff version="2.1" srcLang="en"><file id="mine"></file></xliff>\n'))).toBe(false)
    expect(await isOurs(file('notes.md', '# My notes\n'))).toBe(false)
  })
})
