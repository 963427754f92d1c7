import type { LegalBasis, Provision } from './types';

/** What `article` says when the article of the instrument that sets a limit has not been identified. */
export const UNKNOWN_ARTICLE = 'chưa xác định điều khoản cụ thể';

/** A basis whose article is not known: the instrument alone, flagged so no sentence cites a placeholder as an article. */
export function unknownArticle(law: string, text: string): LegalBasis {
  return { law, article: UNKNOWN_ARTICLE, articleKnown: false, text };
}

/** "Điều 28 Luật Khiếu nại 2011 (02/2011/QH13)". */
export function citeProvision(p: Provision): string {
  return `${p.article} ${p.law}`;
}

/**
 * The basis as cited inside a Vietnamese sentence, after "theo" or "căn cứ": "Điều 28 Luật Khiếu nại 2011
 * (02/2011/QH13)", the provisions read with it after a semicolon, or, when the article is not known,
 * "Thông tư 05/2021/TT-TTCP (chưa xác định điều khoản cụ thể)".
 */
export function citeBasis(basis: LegalBasis): string {
  const main = basis.articleKnown === false ? `${basis.law} (${basis.article})` : citeProvision(basis);
  return [main, ...(basis.related ?? []).map(citeProvision)].join('; ');
}
