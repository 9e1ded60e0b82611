/**
 * What a fetched page may say about itself. A page can declare any canonical
 * URL; only the host it was fetched from is known. So a canonical URL on
 * another host is ignored (the article is keyed by the URL fetched): a page
 * on one site never answers for another. Same-host canonicals are kept, so the same story under two
 * tracking URLs is stored once.
 */

/** The host as a site is known by: lower case, without the "www.", "m." or "amp." that sites serve the same pages under. */
export function siteHost(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^(?:www|m|amp)\./, '');
  } catch {
    return undefined;
  }
}

export function sameSite(a: string | undefined, b: string | undefined): boolean {
  const hostA = siteHost(a);
  return hostA !== undefined && hostA === siteHost(b);
}

/**
 * The URL to key an article by: the page's canonical when it is on the host
 * fetched, else the URL fetched. `requested` is what the user gave; a
 * redirect to another site keys the article by the requested URL, so the
 * other site's URL is never claimed by this link.
 */
export function trustedArticleUrl(canonical: string | undefined, fetched: string, requested: string): string {
  const keyUrl = sameSite(fetched, requested) ? fetched : requested;
  return canonical !== undefined && sameSite(canonical, keyUrl) ? canonical : keyUrl;
}
