import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

/**
 * The shape of the house, read from the sources' own import lines: the tree's types are a leaf (as mdast's are),
 * and no folder of pipeline/ imports, through any chain, a folder that imports it back.
 */
const root = path.resolve(import.meta.dirname, '../pipeline')
const files = readdirSync(root, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))

/** The project files a file imports (relative specifiers only), as paths under pipeline/. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8')
  // `declare module '../tree.js'` adds fields to that module's types; it is no import of it.
  const found = text.matchAll(/^(?:import|export)\b[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gmu)
  return [...found].map((match) => path.relative(root, path.resolve(path.dirname(path.join(root, file)), match[1]!)).replace(/\.js$/u, '.ts'))
}

/** A file's folder under pipeline/ (`stages/clean/index.ts` → stages), or the file itself at the top. */
const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file)

describe('imports', () => {
  it('tree.ts imports no module of the project (the layers declare their fields into it)', () => {
    expect(importsOf('tree.ts')).toEqual([])
    expect(readFileSync(path.join(root, 'tree.ts'), 'utf8')).not.toMatch(/from '\.{1,2}\//u)
  })

  it('no folder imports a folder that imports it back, directly or through others', () => {
    const edges = new Map<string, Set<string>>()
    for (const file of files) {
      const from = folderOf(file)
      for (const target of importsOf(file)) {
        const to = folderOf(target)
        if (to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to))
      }
    }
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      [...(edges.get(from) ?? [])].some((next) => next === to || (!seen.has(next) && (seen.add(next), reaches(next, to, seen))))
    const circles = [...edges].flatMap(([from, targets]) => [...targets].filter((to) => reaches(to, from)).map((to) => `${from} ⇄ ${to}`))
    expect(edges.size).toBeGreaterThan(10)
    expect(circles).toEqual([])
  })
})
