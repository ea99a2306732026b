import type {Message} from '../batch/process-file.js'

/** Linter-style lines: `path:line:column severity message rule`, infos only when asked for. */
export function formatMessages(input: string, messages: readonly Message[], {verbose = false} = {}): string[] {
  return [...messages]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((message) => verbose || message.severity !== 'info')
    .map((message) => `${input}:${message.line}:${message.column} ${message.severity} ${message.reason} ${message.rule}`.trimEnd())
}
