export {
  PROVINCES,
  provinceByAreaCode,
  provinceByCode,
  provinceFullName,
  type Province,
} from './provinces';
export {
  guessDocumentType,
  normalizeDocumentNumber,
  registeredDocumentType,
  validateCccd,
  validateIdentityDocument,
  type CccdInfo,
  type CccdOptions,
  type CmndInfo,
  type Gender,
  type IdentityDocumentInfo,
  type IdentityDocumentInput,
  type IdentityDocumentResult,
  type IdentityDocumentType,
  type IdentityError,
  type IdentityErrorCode,
  type OtherDocumentInfo,
  type PassportInfo,
} from './cccd';
export {
  formatPhone,
  parsePhone,
  toE164,
  type Carrier,
  type PhoneError,
  type PhoneErrorCode,
  type PhoneInfo,
  type PhoneKind,
  type PhoneResult,
} from './phone';
export {
  addressSimilarity,
  compareIdNumbers,
  compareNames,
  findMatchingPeople,
  matchPeople,
  rankPeople,
  sameWard,
  scoreNameQuery,
  type MatchReason,
  type MatchResult,
  type NameComparison,
  type PersonLike,
  type PersonReasonCode,
  type RankOptions,
  type Ranked,
} from './person-match';
export {
  findRelatedLetters,
  type LetterLike,
  type RelatedLetter,
  type RelatedOptions,
  type RelatedReasonCode,
} from './related-letters';
export { contentKeys, letterMatchKeys, type KeyedLetter } from './letter-keys';
export { buildNameVocabulary, countSyllables, personKey, planNameQuery, type NameQueryPlan, type NameVocabulary } from './search-plan';
export { proposeWrittenForms, type WrittenForms } from './written-forms';
