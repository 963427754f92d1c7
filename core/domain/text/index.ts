export { accentedTokens, hasDiacritics, nameTokens, searchKey, toNfc } from './normalize';
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
