/** The look-alike letters of a language's map as one character class (global: for `replace` and `search`). Compiled once per language into `lang.patterns.lookalike`. */
export function lookalikePattern(map: Record<string, string>): RegExp {
  return new RegExp(`[${Object.keys(map).join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'gu')
}
