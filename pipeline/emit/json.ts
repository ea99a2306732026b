import type {OutputDocument} from './document.js'

/** `output/<stem>.json`: the contract object, two-space indented, newline at the end. */
export function emitJson(document: OutputDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`
}
