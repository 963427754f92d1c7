export { accentedTokens, asciiDigits, hasDiacritics, nameTokens, searchKey, toNfc } from './normalize';
export { checkName, type NameCheck, type NameProblemCode } from './name';
export {
  buildTfIdf,
  contentTerms,
  cosineSimilarity,
  damerauLevenshtein,
  jaccard,
  levenshtein,
  tfidfCosine,
  trigramSimilarity,
  trigrams,
  type SparseVector,
  type TfIdfModel,
} from './similarity';
export { caseSearchKey, contentKey, letterSearchKey, queryWords, visitSearchKey } from './content';
