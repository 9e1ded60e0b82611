import { siteHost } from '../../app/article-url';
import { escapeText } from '../escape';

/**
 * Where an article came from, as its meta line says it: the site, or "pasted
 * text" when a user pasted the article into `/news add`. Pasted text has no
 * web page behind it, so nothing in it was read from a source; without the
 * label it would look like any fetched story on another user's `/news latest`
 * or among the quotes of the person it claims to quote.
 */
export const PASTED_TEXT_LABEL = 'pasted text (no source link)';

/**
 * A page that declares no site name is labelled with the host its link goes
 * to: its title is the page's own words and the link's target shows only on
 * hover, so "Reuters: rates to rise" on a copycat host would otherwise stand
 * with nothing to say where it comes from. (A declared name is shown with the
 * host beside it unless the host bears it out: app/site-name.ts.)
 */
export function sourceLabel(article: { site?: string; url?: string }): string | undefined {
  if (article.site?.trim()) return escapeText(article.site);
  if (!article.url) return PASTED_TEXT_LABEL;
  const host = siteHost(article.url);
  return host === undefined ? undefined : escapeText(host);
}
