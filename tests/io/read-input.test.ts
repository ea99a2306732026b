import {createHash} from 'node:crypto'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {UserError} from '../../pipeline/errors.js'
import {decode, describeInput, displayPath, findInputs, inputFrom, nameParts, partnerPath, readBytes, readInput} from '../../pipeline/io/read-input.js'

/** The message of the UserError `run` throws (and that it is one: a user mistake, never a stack trace). */
function refusal(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    return (error as Error).message
  }
  throw new Error('expected a UserError')
}
async function refusalOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run()
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    return (error as Error).message
  }
  throw new Error('expected a UserError')
}

const bytes = (...values: number[]) => Uint8Array.from(values)
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decode', () => {
  it('reads UTF-8, with or without its BOM (the BOM is not text)', () => {
    expect(decode(utf8('Hökumət'), 'a.txt')).toBe('Hökumət')
    expect(decode(bytes(0xef, 0xbb, 0xbf, ...utf8('Bakı')), 'a.txt')).toBe('Bakı')
  })

  it('reads UTF-16 in either byte order when it starts with a BOM', () => {
    // "Əli": Ə is U+018F.
    expect(decode(bytes(0xff, 0xfe, 0x8f, 0x01, 0x6c, 0x00, 0x69, 0x00), 'a.txt')).toBe('Əli')
    expect(decode(bytes(0xfe, 0xff, 0x01, 0x8f, 0x00, 0x6c, 0x00, 0x69), 'a.txt')).toBe('Əli')
  })

  it('refuses binary data, naming the file and the byte of the first NUL', () => {
    expect(refusal(() => decode(bytes(0x41, 0x42, 0x00, 0x43), 'x/b.txt'))).toBe(
      'x/b.txt: binary data (a NUL byte at byte 2), not text; export the document as plain text (UTF-8) first'
    )
    // A lone 0xff or 0xfe is no BOM: the NUL after it is still binary.
    expect(refusal(() => decode(bytes(0xff, 0x00), 'b.txt'))).toContain('a NUL byte at byte 1')
  })

  it.each([
    ['a lone continuation byte', [0x41, 0x80, 0x42], 1],
    ['an overlong two-byte lead (C0)', [0x41, 0x42, 0xc0, 0xaf], 2],
    ['a two-byte sequence cut short by ASCII', [0xc3, 0x41], 0],
    ['a three-byte sequence cut short at the end', [0x41, 0xe2, 0x82], 1],
    ['a four-byte sequence with a bad third byte', [0xf0, 0x9f, 0x41, 0x80], 0],
    ['a lead byte above F4', [0x41, 0x41, 0x41, 0xf5, 0x80, 0x80, 0x80], 3],
    ['Latin-1 ə… (Windows-1254 ş)', [...utf8('Bakı '), 0xfe], 6]
  ])('refuses text that is not UTF-8, at its first bad byte: %s', (_, values, at) => {
    expect(refusal(() => decode(bytes(...values), 'c.txt'))).toBe(`c.txt: not valid UTF-8 (first bad byte at offset ${at}); save the file as UTF-8`)
  })

  it('accepts every well-formed length of sequence', () => {
    expect(decode(utf8('a ə € 😀'), 'd.txt')).toBe('a ə € 😀')
  })
})

describe('describeInput', () => {
  it('reads year, name and language from <year>-<country>.<lang>.txt', () => {
    expect(describeInput('input/2022-azerbaijan.az.txt')).toEqual({path: 'input/2022-azerbaijan.az.txt', stem: '2022-azerbaijan', language: 'az', year: 2022})
    expect(describeInput('input/2021-georgia.EN.TXT')).toMatchObject({stem: '2021-georgia', language: 'en', year: 2021})
    expect(describeInput('notes/2022-azerbaijan.az.md')).toMatchObject({stem: '2022-azerbaijan', language: 'az', year: 2022})
  })

  it('takes Azerbaijani and no year when the name does not say', () => {
    expect(describeInput('chapter.txt')).toMatchObject({stem: 'chapter', language: 'az', year: null})
    expect(describeInput('azerbaijan.en.txt')).toMatchObject({stem: 'azerbaijan', language: 'en', year: null})
    // A year needs its four digits and the hyphen.
    expect(describeInput('22-azerbaijan.txt')).toMatchObject({stem: '22-azerbaijan', year: null})
    expect(describeInput('2022azerbaijan.txt')).toMatchObject({stem: '2022azerbaijan', year: null})
  })

  it('keeps dots inside the name and reads only a last two-letter tag as a language', () => {
    expect(describeInput('2022-bosnia.and.herzegovina.en.txt')).toMatchObject({stem: '2022-bosnia.and.herzegovina', language: 'en'})
    expect(describeInput('2022-report.v2.txt')).toMatchObject({stem: '2022-report.v2', language: 'az'})
  })

  it('refuses a language it has no data for, saying which it has and how to name the file', () => {
    expect(refusal(() => describeInput('in/2022-france.fr.txt'))).toBe(
      'in/2022-france.fr.txt: no language data for “fr” (known: az, en); name the file <year>-<country>.<lang>.txt'
    )
  })
})

describe('displayPath', () => {
  it('gives a posix path relative to the working directory, also for a file outside it', () => {
    expect(displayPath(path.join(process.cwd(), 'input', 'a.txt'))).toBe('input/a.txt')
    expect(displayPath('input/./x/../a.txt')).toBe('input/a.txt')
    expect(displayPath(path.join(path.dirname(process.cwd()), 'editions', 'b.txt'))).toBe('../editions/b.txt')
  })
})

describe('reading files', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'hesabat-read-'))
  const file = (name: string, content: string | Uint8Array) => {
    const at = path.join(folder, name)
    mkdirSync(path.dirname(at), {recursive: true})
    writeFileSync(at, content)
    return at
  }

  it('says why a file cannot be read, in one line', async () => {
    expect(await refusalOf(() => readBytes(path.join(folder, 'none.txt')))).toBe(`${displayPath(path.join(folder, 'none.txt'))}: cannot read (no such file)`)
    mkdirSync(path.join(folder, 'dir.txt'), {recursive: true})
    expect(await refusalOf(() => readBytes(path.join(folder, 'dir.txt')))).toBe(`${displayPath(path.join(folder, 'dir.txt'))}: cannot read (is a folder)`)
  })

  it('refuses an empty file or one of white space only', async () => {
    for (const content of ['', ' \n\t\n']) {
      const at = file('empty.az.txt', content)
      expect(await refusalOf(() => readInput(at))).toBe(`${displayPath(at)}: the file is empty; nothing to process`)
    }
  })

  it('describes an input by its bytes: the hash of the bytes as read, not of the decoded text', () => {
    const raw = bytes(0xef, 0xbb, 0xbf, ...utf8('AZƏRBAYCAN\n'))
    const input = inputFrom('in/2022-azerbaijan.az.txt', raw)
    expect(input.source).toEqual({path: 'in/2022-azerbaijan.az.txt', sha256: createHash('sha256').update(raw).digest('hex'), language: 'az', year: 2022})
    expect(input.stem).toBe('2022-azerbaijan')
    expect(input.text).toBe('AZƏRBAYCAN\n')
    expect(input.markup).toEqual([])
  })

  it('blanks a Markdown file’s syntax and keeps every offset of its text', () => {
    const markdown = '# AZƏRBAYCAN\n\nHökumət **qurbanları** müəyyən edib.\n'
    const input = inputFrom('in/2022-azerbaijan.az.md', utf8(markdown))
    expect(input.text.length).toBe(markdown.length)
    expect(input.text.indexOf('qurbanları')).toBe(markdown.indexOf('qurbanları'))
    expect(input.text).not.toContain('**')
    expect(input.markup.length).toBeGreaterThan(0)
    // The same text as .txt is read as it is.
    expect(inputFrom('in/2022-azerbaijan.az.txt', utf8(markdown)).text).toBe(markdown)
  })

  it('finds the .txt and .md inputs of folders, recursively, sorted, once each; lists other files and missing paths', async () => {
    const root = path.join(folder, 'batch')
    const a = file('batch/2022-b.az.txt', 'b')
    const b = file('batch/sub/2021-a.az.MD', 'a')
    file('batch/report.pdf', '%PDF')
    file('batch/sub/.notes.txt.swp', 'x')
    file('batch/.DS_Store', 'x')
    const found = await findInputs([root, a, path.join(folder, 'gone.txt')])
    expect(found.files).toEqual([a, b].sort())
    expect(found.missing).toEqual([path.join(folder, 'gone.txt')])
    expect(found.skipped).toEqual([displayPath(path.join(root, 'report.pdf'))])
  })

  it('is an error only when the arguments name nothing usable at all', async () => {
    const empty = path.join(folder, 'nothing')
    mkdirSync(empty, {recursive: true})
    file('nothing/readme.pdf', 'x')
    expect(await refusalOf(() => findInputs([empty]))).toBe(`${empty}: no .txt or .md inputs found`)
    // A missing path alone is reported as missing, not as this error.
    expect(await findInputs([path.join(folder, 'gone.txt')])).toEqual({files: [], missing: [path.join(folder, 'gone.txt')], skipped: []})
  })
})

describe('hostile Markdown', () => {
  const markdown = (body: string) => new TextEncoder().encode(`# AZƏRBAYCAN (Səviyyə 2)\n\n${body}\n`)

  it('refuses a text nested deeper than any report, naming the line, before a parse that would take minutes', () => {
    const quotes = refusal(() => inputFrom('x/2022-azerbaijan.az.md', markdown(`Hökumət yardım edib.\n\n${'> '.repeat(20_000)}Dərin.`)))
    expect(quotes).toBe('x/2022-azerbaijan.az.md:5: Markdown nested more than 64 levels deep (quote marks, list markers, indentation), as no report is: save it as plain text (.txt) or flatten it')
    const list = Array.from({length: 200}, (_, depth) => `${'  '.repeat(depth)}- item ${depth}`).join('\n')
    expect(refusal(() => inputFrom('x/2022-azerbaijan.az.md', markdown(list)))).toMatch(/^x\/2022-azerbaijan\.az\.md:67: Markdown nested more than 64 levels/u)
  })

  it('reads a text nested as deep as allowed, and one with a hundred thousand brackets, as text', () => {
    const deep = inputFrom('x/2022-azerbaijan.az.md', markdown(`${'> '.repeat(60)}Hökumət yardım edib.`))
    expect(deep.text).toContain('Hökumət yardım edib.')
    const brackets = inputFrom('x/2022-azerbaijan.az.md', markdown(`${'['.repeat(100_000)}Hökumət yardım edib.`))
    expect(brackets.text.endsWith('Hökumət yardım edib.\n')).toBe(true)
  })
})

describe('an input’s name, read in one place', () => {
  it('gives the year, the stem, the language tag and the extension, and the partner in another language', () => {
    expect(nameParts('in/2022-azerbaijan.AZ.md')).toEqual({year: 2022, stem: '2022-azerbaijan', tag: 'az', extension: 'md'})
    expect(nameParts('azerbaijan.txt')).toEqual({year: null, stem: 'azerbaijan', tag: null, extension: 'txt'})
    expect(nameParts('notes.pdf')).toBeUndefined()
    expect(partnerPath('in/2022-azerbaijan.az.txt', 'en')).toBe(path.join('in', '2022-azerbaijan.en.txt'))
    expect(partnerPath('in/azerbaijan.txt', 'en')).toBeUndefined()
  })
})
