import {UserError} from '../errors.js'
import {type Glossary, loadGlossary} from '../glossary/index.js'

const glossaries = new Map<string, Promise<Glossary>>()

/**
 * The glossary a task names, loaded once per thread and again when its files changed (a long-lived process runs
 * many batches): the one whose sha256 the main thread checked, or an error when the files changed since.
 */
export async function glossaryOf({folder, sha256}: {folder: string; sha256: string}): Promise<Glossary> {
  let glossary = glossaries.get(folder)
  if (!glossary || (await glossary).sha256 !== sha256) glossaries.set(folder, (glossary = loadGlossary(folder)))
  const loaded = await glossary
  if (loaded.sha256 !== sha256) throw new UserError(`${folder}: the glossary changed while the run was under way; run it again`)
  return loaded
}
