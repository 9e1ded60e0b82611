import { createHash } from 'node:crypto';

/**
 * Identities derived from content, so a retried ingest (a Slack retry, a
 * redelivered queue message) computes the same id and lands on the same items.
 */

/** Crockford's base32 in lower case: no i, l, o, u, so an id read aloud or retyped survives. */
const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';

function base32(bytes: Uint8Array, length: number): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
    if (out.length >= length) break;
  }
  return out;
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** A short stable digest for key parts (URLs and request ids can be long; keys should not be). */
export function keyHash(text: string, length = 16): string {
  return base32(sha256(text), length);
}

/** An article id is 8 characters (40 bits). */
export const ARTICLE_ID_PATTERN = /^[0-9a-hjkmnp-tv-z]{8}$/;

/**
 * An id as a person typed it: any case, and the letters Crockford's alphabet
 * leaves out read as the digits they look like (o → 0, i and l → 1).
 * Undefined when it cannot be an article id.
 */
export function normalizeArticleId(typed: string): string | undefined {
  const id = typed.trim().toLowerCase().replace(/o/g, '0').replace(/[il]/g, '1');
  return ARTICLE_ID_PATTERN.test(id) ? id : undefined;
}

/**
 * The id of an article in a team: from the canonical URL, or from the body
 * hash when there is no URL. `attempt` > 0 gives the alternative ids used
 * when another article already holds the first one (a 40-bit collision).
 */
export function articleIdFor(teamId: string, identity: string, attempt = 0): string {
  return base32(sha256(`${teamId}\n${identity}${attempt > 0 ? `\n${attempt}` : ''}`), 8);
}

/**
 * The identity an article id is derived from. For a URL it leaves out the
 * scheme and a leading "www.": sites serve the same story under both, and a
 * link pasted in Slack may carry either.
 */
export function articleIdentity(canonicalUrl: string | undefined, bodyHash: string): string {
  return canonicalUrl !== undefined ? `url:${canonicalUrl.replace(/^https?:\/\/(?:www\.)?/i, '')}` : `body:${bodyHash}`;
}

/**
 * Hash of the body with whitespace runs collapsed, so the same story fetched
 * twice with different line wrapping is recognised as the same. An article
 * with a URL hashes its host in too: the same body on another host (a copy
 * with a scam title) must not answer for it. Pasted text has no host, and
 * hashes as it always did.
 */
export function bodyHash(body: string, host?: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  return keyHash(host ? `${host}\n${text}` : text, 26);
}

/** The host a body hash is scoped to: the canonical URL's, without "www.". */
export function hashScope(canonical: string | undefined): string | undefined {
  return canonical === undefined ? undefined : new URL(canonical).hostname.replace(/^www\./, '');
}

/**
 * The URL an article is known by: lower-case scheme and host, no fragment,
 * no utm_* tracking parameters, no trailing slash on the path. Not a URL → undefined.
 */
export function canonicalUrl(url: string | undefined): string | undefined {
  if (url === undefined || url.trim() === '') return undefined;
  let parsed: URL;
  const text = url.trim().replace(/^<|>$/g, ''); // Slack wraps links in angle brackets
  // A link typed without its scheme ("example.com/story") is taken as https.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text)
    ? text
    : /^[\w-]+(\.[\w-]+)+(?::\d+)?(\/|$)/.test(text)
      ? `https://${text}`
      : text;
  try {
    parsed = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (name.toLowerCase().startsWith('utm_')) parsed.searchParams.delete(name);
  }
  if (parsed.pathname.length > 1 && parsed.pathname.endsWith('/'))
    parsed.pathname = parsed.pathname.replace(/\/+$/, '');
  let out = parsed.toString(); // WHATWG URL already lower-cases scheme and host
  if (parsed.search === '' && out.endsWith('?')) out = out.slice(0, -1);
  if (parsed.pathname === '/' && parsed.search === '') out = out.replace(/\/$/, '');
  return out;
}

/** The id of a feed: a hash of its canonical URL (feeds are shared by every team that follows them). */
export function feedIdFor(feedUrl: string): string {
  return keyHash(canonicalUrl(feedUrl) ?? feedUrl.trim());
}
