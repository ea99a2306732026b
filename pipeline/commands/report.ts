import type {Message} from '../batch/process-file.js'
import {translator, type UiLang} from '../i18n/index.js'
import {count} from './generate.js'

/** A message in the reader's language, with its place in the original when it has one. */
function reasonOf(message: Message, lang: UiLang): string {
  const t = translator(lang)
  const reason = message.message ? t(message.message.key, message.message.values ?? {}) : message.reason
  return message.counterpart ? t('diagnostics.counterpartPlace', {message: reason, ...message.counterpart}) : reason
}

/**
 * Linter-style lines: `path:line:column severity message rule`, infos only when asked for. A pair's messages
 * are in two files: the input's come first, then the English edition's, each in order of place.
 */
export function formatMessages(input: string, messages: readonly Message[], {verbose = false, lang = 'en' as UiLang} = {}): string[] {
  const files = [...new Set(messages.map((message) => message.file ?? input))]
  const severity = translator(lang)
  return [...messages]
    .sort((a, b) => files.indexOf(a.file ?? input) - files.indexOf(b.file ?? input) || a.line - b.line || a.column - b.column)
    .filter((message) => verbose || message.severity !== 'info')
    .map((message) => `${message.file ?? input}:${message.line}:${message.column} ${severity(`severity.${message.severity}`)} ${reasonOf(message, lang)} ${message.rule}`.trimEnd())
}

/**
 * What `run` prints for one input. Line by line every problem (errors even with `quiet`); on a terminal,
 * where a progress bar is drawn, a batch's hundreds of warnings would bury it, so there an input gets one line
 * that counts its warnings by rule, and its errors in full (`verbose` prints everything).
 */
export function linesForInput(
  input: string,
  messages: readonly Message[],
  options: {quiet?: boolean; verbose?: boolean; terminal?: boolean; lang?: UiLang}
): string[] {
  const lang = options.lang ?? 'en'
  const lines = (which: readonly Message[]) => formatMessages(input, which, {verbose: options.verbose ?? false, lang})
  const errors = lines(messages.filter((message) => message.severity === 'error'))
  if (options.quiet) return errors
  if (!options.terminal || options.verbose) return lines(messages)
  const byRule = new Map<string, number>()
  for (const message of messages) if (message.severity === 'warning') byRule.set(message.rule, (byRule.get(message.rule) ?? 0) + 1)
  if (byRule.size === 0) return errors
  const rules = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([rule, n]) => `${n} ${rule}`)
  const total = [...byRule.values()].reduce((sum, n) => sum + n, 0)
  return [...errors, translator(lang)('cli.warningsByRule', {input, warnings: count(total, 'warning', lang), rules: rules.join(', ')})]
}
