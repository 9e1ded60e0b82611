/**
 * Feed links are often relative (to `xml:base`, or to the feed's own URL) and
 * the same story reaches us under several spellings (tracking parameters,
 * `#fragments`, `HTTP://Example.COM:80/`). Resolution makes them absolute;
 * canonicalisation makes them comparable, for dedupe only (we still link to
 * the URL the feed gave).
 */

/** An absolute URL for `ref` against `base`, or undefined when it cannot be resolved. */
export function resolveUrl(ref: string | undefined, base: string | undefined): string | undefined {
  const trimmed = ref?.trim();
  if (!trimmed) return base;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return undefined;
  }
}

/** An absolute http(s) URL, or undefined (javascript:, mailto:, unresolvable relative links). */
export function httpUrl(ref: string | undefined, base: string | undefined): string | undefined {
  if (!ref?.trim()) return undefined;
  const resolved = resolveUrl(ref, base);
  return resolved && /^https?:\/\//i.test(resolved) ? resolved : undefined;
}

/** Query parameters that identify a campaign or a click, never the story. */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|cmpid|ncid|ocid|_ga|ref_src)$/i;

/**
 * The URL with scheme and host lower-cased (the WHATWG parser does that), the
 * default port, the fragment and tracking parameters dropped, the remaining
 * parameters sorted, and "www." removed; `http:` and `https:` compare equal.
 */
export function canonicalUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.trim();
  }
  parsed.hash = '';
  const params = [...parsed.searchParams].filter(([key]) => !TRACKING_PARAM.test(key));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  const host = parsed.host.replace(/^www\./, '');
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') : '';
  return `${host}${path}${query ? `?${query}` : ''}`;
}
