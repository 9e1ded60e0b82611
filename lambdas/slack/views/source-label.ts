import { escapeText } from '../escape';

/**
 * Where an article came from, as its meta line says it: the site, or "pasted
 * text" when a user pasted the article into `/news add`. Pasted text has no
 * web page behind it, so nothing in it was read from a source; without the
 * label it would look like any fetched story on another user's `/news latest`
 * or among the quotes of the person it claims to quote.
 */
export const PASTED_TEXT_LABEL = 'pasted text (no source link)';

export function sourceLabel(article: { site?: string; url?: string }): string | undefined {
  if (article.site?.trim()) return escapeText(article.site);
  return article.url ? undefined : PASTED_TEXT_LABEL;
}
