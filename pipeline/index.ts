/**
 * hesabat as a library: what `import … from 'hesabat'` gives (package.json `exports`, from the build in dist/).
 *
 *   const glossary = await loadGlossary('glossary')
 *   const {tree, file} = processText(raw, {path: 'x.az.txt', sha256: '', language: 'az', year: 2022}, glossary)
 *   const document = toDocument(tree, file)
 *   const json = formats.json.emit(document)
 *   const again = readDocument(JSON.parse(json))   // the same document, from the JSON (schema 3.0)
 */
export {processPair, processText, stages, type Processed, type ProcessedPair, type ProcessOptions} from './processor.js'
export {formats, readDocument, toDocument, SCHEMA_VERSION, type DocumentJson, type Format, type OutputDocument, type OutputEdition, type OutputSentence} from './emit/index.js'
export {loadGlossary, parseGlossary, type Glossary, type GlossaryEntry} from './glossary/index.js'
export {knownLanguages, languageFor, type Language} from './lang/index.js'
export type {Bead} from './align/index.js'
export {compareDocuments, compareEditions, CompareError, trendOf, type Comparison, type DocumentComparison, type Series, type SentenceChange} from './compare/index.js'
export type {SourceInfo} from './tree.js'
export {render, UI_LANGUAGES, type Message, type UiLang} from './i18n/index.js'
