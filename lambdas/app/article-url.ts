/**
 * What a fetched page may say about itself. A page can declare any canonical
 * URL and any site name; only the host it was fetched from is known. So a
 * canonical URL on another host is ignored (the article is keyed by the URL
 * fetched), and a site name that does not appear in the host is replaced by
 * the host: a page on one site never answers for, or shows itself as,
 * another. Same-host canonicals are kept, so the same story under two
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

/** The site name to show: the page's own when the host bears it out, else the host. */
export function trustedSiteName(claimed: string | undefined, fetched: string): string | undefined {
  const host = siteHost(fetched);
  if (claimed === undefined || host === undefined) return claimed ?? host;
  const hostLetters = host.replace(/[^a-z0-9]/g, '');
  const words = claimed.toLowerCase().normalize('NFKD').split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !['the', 'news', 'online', 'daily'].includes(w));
  return words.some((word) => hostLetters.includes(word)) ? claimed : host;
}
