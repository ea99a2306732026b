import {describe, expect, it} from 'vitest'
import type {Message} from '../../pipeline/batch/process-file.js'
import {linesForInput} from '../../pipeline/commands/report.js'

const message = (line: number, severity: Message['severity'], rule: string): Message => ({file: 'in.az.txt', line, column: 1, severity, reason: `${rule} here`, rule})
const messages = [message(3, 'warning', 'glued-words'), message(1, 'warning', 'duplicated-words'), message(9, 'warning', 'duplicated-words'), message(5, 'error', 'language-mismatch'), message(7, 'info', 'lookalike-letter')]

describe('what run prints for an input', () => {
  it('without a progress bar: every warning and error, in order of place', () => {
    expect(linesForInput('in.az.txt', messages, {})).toEqual([
      'in.az.txt:1:1 warning duplicated-words here duplicated-words',
      'in.az.txt:3:1 warning glued-words here glued-words',
      'in.az.txt:5:1 error language-mismatch here language-mismatch',
      'in.az.txt:9:1 warning duplicated-words here duplicated-words'
    ])
  })

  it('under a progress bar: errors in full, warnings counted by rule in one line', () => {
    expect(linesForInput('in.az.txt', messages, {terminal: true})).toEqual([
      'in.az.txt:5:1 error language-mismatch here language-mismatch',
      'in.az.txt: 3 warnings (2 duplicated-words, 1 glued-words; --verbose lists them)'
    ])
    expect(linesForInput('in.az.txt', messages, {terminal: true, verbose: true})).toHaveLength(5)
    expect(linesForInput('in.az.txt', messages, {terminal: true, quiet: true})).toEqual(['in.az.txt:5:1 error language-mismatch here language-mismatch'])
  })
})
