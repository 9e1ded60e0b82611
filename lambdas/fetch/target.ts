import { isIP } from 'node:net';
import { CATEGORY_DESCRIPTIONS, classifyAddress, isAllowedCategory } from './address';
import { FetchError } from './errors';

/**
 * A URL the fetcher is willing to try, before any DNS or connection.
 *
 * The WHATWG URL parser already turns the odd spellings of an IPv4 address
 * into the dotted quad ("2130706433", "0x7f000001", "0177.0.0.1", "127.1" →
 * "127.0.0.1"), lower-cases names ("LOCALHOST") and drops userinfo from the
 * host ("http://evil@127.0.0.1" has host 127.0.0.1), so every check below
 * runs on the host the connection would really use.
 */
export interface FetchTarget {
  url: URL;
  /** Host without IPv6 brackets or trailing dots, as given to DNS or the socket. */
  host: string;
  /** Set when the host is an IP literal: no DNS, the socket connects to exactly this. */
  literal?: string;
  port: number;
}

/** How a host is named to a user: the name without userinfo, path or query. */
export function displayHost(url: URL | string): string {
  try {
    const parsed = typeof url === 'string' ? new URL(url) : url;
    return parsed.hostname.replace(/\.+$/, '') || 'that address';
  } catch {
    return 'that address';
  }
}

export function parseTarget(input: string | URL): FetchTarget {
  let url: URL;
  try {
    url = new URL(String(input).trim());
  } catch (cause) {
    throw new FetchError('invalid_url', "That doesn't look like a web address I can open.", { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(
      'unsupported_scheme',
      `I can only open http and https links, not ${url.protocol.replace(/:$/, '')}: links.`,
    );
  }
  const host = url.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.+$/, '')
    .toLowerCase();
  if (!host) throw new FetchError('invalid_url', 'That link has no host name I can open.');
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  const target: FetchTarget = { url, host, port };
  if (isIP(host)) target.literal = host;
  return target;
}

/**
 * Refuse a link with a user name or password in it (`https://alice:secret@host/…`):
 * the URL an article is stored under is shown to the whole team, on every card
 * and list and as the link's target, so reading it would publish the password.
 */
export function refuseCredentials(target: FetchTarget): void {
  if (target.url.username === '' && target.url.password === '') return;
  throw new FetchError(
    'credentials_in_url',
    `That link to ${target.host} has a user name or password in it (before the @). I don't send or keep those, since everyone in the team would see them: send the link without them.`,
  );
}

/** Refuse an address the fetcher must not connect to; `host` is how the user named it. */
export function checkAddress(address: string, host: string, allowLoopback: boolean): void {
  const category = classifyAddress(address);
  if (isAllowedCategory(category, allowLoopback)) return;
  const what =
    host === address
      ? `${host} is ${CATEGORY_DESCRIPTIONS[category]}`
      : `${host} points to ${CATEGORY_DESCRIPTIONS[category]}`;
  throw new FetchError('blocked_address', `I won't open that link: ${what}, which could reach private systems.`);
}

/** Names that mean "this machine" by definition (RFC 6761), whatever DNS says. */
export function isLocalhostName(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost');
}
