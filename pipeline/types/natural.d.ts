// natural's index loads every module it has (storage back-ends print dotenv notices and take ~0.7 s), so
// hesabat imports the few modules it uses by path; these are their types.
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  export function DamerauLevenshteinDistance(source: string, target: string, options?: {transposition_cost?: number}): number
  export function LevenshteinDistance(source: string, target: string): number
}

declare module 'natural/lib/natural/ngrams/index.js' {
  export const NGrams: {ngrams(sequence: string[], n: number): string[][]}
}

declare module 'natural/lib/natural/tfidf/index.js' {
  export class TfIdf {
    addDocument(document: string[] | string, key?: string): void
    tfidf(terms: string | string[], index: number): number
    idf(term: string): number
    listTerms(index: number): Array<{term: string; tf: number; idf: number; tfidf: number}>
  }
}

declare module 'natural/lib/natural/inflectors/noun_inflector.js' {
  export default class NounInflector {
    singularize(word: string): string
    pluralize(word: string): string
  }
}

declare module 'natural/lib/natural/util/stopwords.js' {
  const stopwords: {words: string[]}
  export default stopwords
}

declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: {stem(word: string): string}
  export default PorterStemmer
}
