/**
 * How the glossary's concepts relate through their English wordings (as stems): one concept in two layers
 * (t.conviction "conviction" and v.convict "convict", t.training and v.train), and a concept inside a wider
 * one (t.victim "victim" in t.trafficking-victim "trafficking victim"). The translation QA reads them: a
 * concept rendered as its kin is rendered; a narrower or wider one is a wording, not a substitution.
 */
export class ConceptRelations {
  private readonly byKey = new Map<string, Set<string>>()
  private readonly keys = new Map<string, string[]>()

  constructor(
    private readonly wordings: ReadonlyMap<string, readonly string[][]>,
    /** The wordings' language's stem root (Language.stemRoot): stems that differ by part of speech agree on it. */
    private readonly root: (stem: string) => string = (stem) => stem
  ) {
    for (const [id, forms] of wordings) {
      const keys = forms.filter((form) => form.length > 0).map((form) => form.map(this.root).join(' '))
      this.keys.set(id, keys)
      for (const key of keys) {
        let ids = this.byKey.get(key)
        if (!ids) this.byKey.set(key, (ids = new Set()))
        ids.add(id)
      }
    }
  }

  /** Ids that share an English wording with `id` as another part of speech (itself included). */
  kin(id: string): ReadonlySet<string> {
    const found = new Set([id])
    for (const key of this.keys.get(id) ?? []) for (const other of this.byKey.get(key) ?? []) found.add(other)
    return found
  }

  /** Is one concept's wording inside the other's (victim / trafficking victim), or do they share all words? */
  nested(a: string, b: string): boolean {
    const roots = (id: string) => (this.wordings.get(id) ?? []).map((form) => form.map(this.root))
    for (const left of roots(a)) for (const right of roots(b)) if (left.length > 0 && right.length > 0 && (contains(left, right) || contains(right, left))) return true
    return false
  }
}

/** Does `outer` hold every word of `inner`? */
const contains = (outer: readonly string[], inner: readonly string[]) => inner.every((word) => outer.includes(word))
