const patterns = new WeakMap<Record<string, string>, RegExp>()

/** The look-alike letters of a language's map as one character class (global: for `replace` and `search`). */
export function lookalikePattern(map: Record<string, string>): RegExp {
  let pattern = patterns.get(map)
  if (!pattern) patterns.set(map, (pattern = new RegExp(`[${Object.keys(map).join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'gu')))
  return pattern
}
