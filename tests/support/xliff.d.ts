// Types of the part of the `xliff` package (no types of its own) that the tests use to read XLIFF back.
declare module 'xliff' {
  interface Unit {
    source: string
    target?: string
    note?: string
  }
  interface Read {
    xliffVersion: string
    sourceLanguage: string
    targetLanguage: string
    resources: Record<string, Record<string, Unit>>
  }
  const xliff: {xliff2js(xml: string): Promise<Read>; xliff12ToJs(xml: string): Promise<Read>}
  export default xliff
}
