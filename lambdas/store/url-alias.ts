import type { Item } from './db';
import { articleIdentity, articleIdFor, canonicalUrl } from './ids';
import { articleAliasKey } from './keys';
import type { articleAliasSchema, WrittenItem } from './items';

/** The site a URL belongs to: its host without the "www.", "m." or "amp." sites serve the same pages under. */
function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^(?:www|m|amp)\./, '');
}

/**
 * The alias item that lets `findArticleByUrl(fetchedUrl)` find an article
 * stored under another URL of the same site (the page's canonical), without
 * fetching the page again; undefined when the two URLs are one article id
 * anyway, or are on different sites (a page never answers for another site).
 */
export function urlAliasItem(
  teamId: string,
  fetchedUrl: string | undefined,
  article: { id: string; url?: string },
): Item | undefined {
  const from = canonicalUrl(fetchedUrl);
  const to = canonicalUrl(article.url);
  if (from === undefined || to === undefined || siteOf(from) !== siteOf(to)) return undefined;
  const identity = articleIdentity(from, '');
  if (identity === articleIdentity(to, '')) return undefined;
  const aliasId = articleIdFor(teamId, identity, 0);
  if (aliasId === article.id) return undefined;
  return {
    ...articleAliasKey(teamId, aliasId),
    kind: 'article-alias',
    articleId: article.id,
    url: from,
  } satisfies WrittenItem<typeof articleAliasSchema>;
}
