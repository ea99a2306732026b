import type {Message} from '../batch/process-file.js'

/**
 * Linter-style lines: `path:line:column severity message rule`, infos only when asked for. A pair's messages
 * are in two files: the input's come first, then the English edition's, each in order of place.
 */
export function formatMessages(input: string, messages: readonly Message[], {verbose = false} = {}): string[] {
  const files = [...new Set(messages.map((message) => message.file ?? input))]
  return [...messages]
    .sort((a, b) => files.indexOf(a.file ?? input) - files.indexOf(b.file ?? input) || a.line - b.line || a.column - b.column)
    .filter((message) => verbose || message.severity !== 'info')
    .map((message) => `${message.file ?? input}:${message.line}:${message.column} ${message.severity} ${message.reason} ${message.rule}`.trimEnd())
}
