import {describe, expect, it} from 'vitest'
import {pairUp} from '../../pipeline/commands/generate.js'

const onDisk = (...files: string[]) => (file: string) => files.includes(file)

describe('pairing an edition with its English counterpart', () => {
  it('pairs <stem>.az.txt and <stem>.en.txt of one folder, named or found', () => {
    expect(pairUp(['in/2022-x.az.txt', 'in/2022-x.en.txt'], onDisk())).toEqual([{file: 'in/2022-x.az.txt', english: 'in/2022-x.en.txt'}])
    expect(pairUp(['in/2022-x.en.txt', 'in/2022-x.az.txt'], onDisk())).toEqual([{file: 'in/2022-x.az.txt', english: 'in/2022-x.en.txt'}])
    expect(pairUp(['in/2022-x.az.txt'], onDisk('in/2022-x.en.txt'))).toEqual([{file: 'in/2022-x.az.txt', english: 'in/2022-x.en.txt'}])
    expect(pairUp(['in/2022-x.en.txt'], onDisk('in/2022-x.az.txt'))).toEqual([{file: 'in/2022-x.az.txt', english: 'in/2022-x.en.txt'}])
  })

  it('keeps files of other folders, other stems and untagged names apart', () => {
    expect(pairUp(['a/2022-x.az.txt', 'b/2022-x.en.txt', 'a/2022-y.en.txt', 'a/2022-z.txt'], onDisk())).toEqual([
      {file: 'a/2022-x.az.txt'},
      {file: 'b/2022-x.en.txt'},
      {file: 'a/2022-y.en.txt'},
      {file: 'a/2022-z.txt'}
    ])
  })
})
