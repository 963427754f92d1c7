export { DOCUMENT_KINDS, KIND_INFO, isNumbered, type DocumentKind, type KindInfo, type Numbering } from './kinds';
export { dateInWords, documentSymbol, numberText, placeAndDate } from './format';
export { bodyAbbreviation, letterhead, type Letterhead, type LetterheadUnit } from './letterhead';
