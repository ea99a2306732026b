import type {VFile} from 'vfile'
import {compareMessage} from 'vfile-sort'
import {severityOf} from '../diagnostics.js'

/** Linter-style lines: `path:line:column severity message rule`, infos only when asked for. */
export function formatMessages(file: VFile, {verbose = false} = {}): string[] {
  return [...file.messages]
    .sort(compareMessage)
    .filter((message) => verbose || severityOf(message.fatal) !== 'info')
    .map((message) => `${file.path}:${message.line ?? 1}:${message.column ?? 1} ${severityOf(message.fatal)} ${message.reason} ${message.ruleId ?? ''}`.trimEnd())
}
