import { errorCode } from '../core/errors';
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { classifyAddress } from './address';
import { readLimitedBody } from './body';
import { FetchError, formatDuration } from './errors';
import { systemResolver, type ResolvedAddress, type Resolver } from './resolver';
import { checkAddress, displayHost, isLocalhostName, parseTarget, refuseCredentials, type FetchTarget } from './target';

/**
 * The fetcher for URLs that users and feeds hand us (SSRF-safe).
 *
 * Every hop (the first request and each redirect) is checked before any
 * socket exists: scheme, host, and every address the host resolves to. The
 * socket then gets a `lookup` that hands back exactly those checked
 * addresses, so a DNS answer that changes between the check and the connect
 * (DNS rebinding) is never used. One deadline covers DNS, connects,
 * redirects and the body.
 */

export interface SafeFetchOptions {
  /** Total time for the whole fetch, redirects and body included. Default 10 s. */
  timeoutMs?: number;
  /** Largest body accepted, on the wire and after decompression. Default 5 MB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Conditional GET: an ETag from an earlier response; a 304 answer gives `notModified: true`. */
  ifNoneMatch?: string;
  /** Conditional GET: a Last-Modified value from an earlier response. */
  ifModifiedSince?: string;
  /** The Accept header; defaults to HTML, XML and text. */
  accept?: string;
  /**
   * Media types accepted (e.g. ["text/html", "application/xhtml+xml"]); others fail before the
   * body is read. A response without a Content-Type passes: the caller sniffs the bytes.
   */
  allowedContentTypes?: readonly string[];
  /** Allow loopback addresses (tests, local trials). Default: NEWSBOT_ALLOW_LOOPBACK=1. Nothing else is ever allowed. */
  allowLoopback?: boolean;
  /** DNS lookup; injectable so tests never use real DNS. */
  resolver?: Resolver;
}

export interface SafeFetchResponse {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  contentType: string;
  /** Response headers, lower-case names, repeated values joined; cookies left out. */
  headers: Record<string, string>;
  bytes: Uint8Array;
  etag?: string;
  lastModified?: string;
  /** The server answered 304 to a conditional GET: `bytes` is empty, keep what you had. */
  notModified: boolean;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const USER_AGENT = 'NewsBot/0.1 (Slack news reader; reads links shared by its users)';
const DEFAULT_ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

interface Settings {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  allowLoopback: boolean;
  resolver: Resolver;
  headers: Record<string, string>;
  allowedContentTypes?: readonly string[];
}

function settingsFrom(options: SafeFetchOptions): Settings {
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: options.accept ?? DEFAULT_ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.ifNoneMatch) headers['if-none-match'] = options.ifNoneMatch;
  if (options.ifModifiedSince) headers['if-modified-since'] = options.ifModifiedSince;
  return {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    allowLoopback: options.allowLoopback ?? process.env.NEWSBOT_ALLOW_LOOPBACK === '1',
    resolver: options.resolver ?? systemResolver,
    headers,
    allowedContentTypes: options.allowedContentTypes,
  };
}

export async function safeFetch(input: string | URL, options: SafeFetchOptions = {}): Promise<SafeFetchResponse> {
  const settings = settingsFrom(options);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), settings.timeoutMs);
  // The host being fetched, for the timeout message.
  let host = 'that site';
  try {
    let target = parseTarget(input);
    host = displayHost(target.url);
    let addresses = await admit(target, settings, deadline.signal);
    refuseCredentials(target);
    for (let redirects = 0; ; redirects++) {
      const response = await send(target, addresses, settings, deadline.signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (!REDIRECT_STATUSES.has(status) || !location) return await finish(target, response, settings, deadline.signal);
      response.destroy();
      if (redirects >= settings.maxRedirects) {
        throw new FetchError(
          'too_many_redirects',
          `I gave up on ${host}: it redirected more than ${settings.maxRedirects} times.`,
        );
      }
      const from = target.url;
      target = await explainRedirect(host, () => parseTarget(resolveLocation(location, from)));
      addresses = await explainRedirect(host, () => admit(target, settings, deadline.signal));
      await explainRedirect(host, () => refuseCredentials(target));
      host = displayHost(target.url);
    }
  } catch (error) {
    // Whatever an abort broke (DNS, connect, body) surfaces as an AbortError: report the deadline.
    if (deadline.signal.aborted && !(error instanceof FetchError)) {
      throw new FetchError(
        'timeout',
        `I couldn't reach ${host} (timed out after ${formatDuration(settings.timeoutMs)}).`,
        {
          cause: error,
        },
      );
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** A refusal after a redirect names the site the user asked for, or the message would make no sense to them. */
async function explainRedirect<T>(from: string, step: () => T | Promise<T>): Promise<Awaited<T>> {
  try {
    return await step();
  } catch (error) {
    if (
      error instanceof FetchError &&
      ['blocked_address', 'unsupported_scheme', 'invalid_url', 'credentials_in_url'].includes(error.code)
    ) {
      throw new FetchError(error.code, `${from} redirected me elsewhere. ${error.message}`, { cause: error });
    }
    throw error;
  }
}

function resolveLocation(location: string, base: URL): string {
  try {
    return new URL(location, base).href;
  } catch (cause) {
    throw new FetchError('invalid_url', `${displayHost(base)} redirected to an address I can't open.`, { cause });
  }
}

/**
 * Decide, before any socket exists, which addresses this hop may use. An IP
 * literal is checked as written; a name is resolved and every address it
 * has must pass (a name with one public and one private address is refused).
 */
async function admit(target: FetchTarget, settings: Settings, signal: AbortSignal): Promise<ResolvedAddress[]> {
  const host = displayHost(target.url);
  if (target.literal) {
    checkAddress(target.literal, host, settings.allowLoopback);
    return [{ address: target.literal, family: target.literal.includes(':') ? 6 : 4 }];
  }
  if (isLocalhostName(target.host) && !settings.allowLoopback) {
    throw new FetchError(
      'blocked_address',
      `I won't open that link: ${host} is this machine, which could reach private systems.`,
    );
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await abortable(settings.resolver(target.host), signal);
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw new FetchError('dns_failed', `I couldn't find ${host} (${dnsReason(cause)}).`, { cause });
  }
  if (addresses.length === 0) throw new FetchError('dns_failed', `I couldn't find ${host} (it has no address).`);
  for (const { address } of addresses) checkAddress(address, host, settings.allowLoopback);
  // "localhost" must mean this machine, even if a resolver claims otherwise.
  if (isLocalhostName(target.host) && addresses.some(({ address }) => classifyAddress(address) !== 'loopback')) {
    throw new FetchError(
      'blocked_address',
      `I won't open that link: ${host} resolved to an address outside this machine.`,
    );
  }
  return addresses;
}

function dnsReason(error: unknown): string {
  const code = errorCode(error);
  if (code === 'ENOTFOUND' || code === 'ENODATA') return 'no such host';
  if (code === 'ETIMEOUT' || code === 'EAI_AGAIN') return 'the name lookup failed, try again later';
  return 'the name lookup failed';
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * The socket's lookup: answers only for the admitted host, only with the
 * admitted addresses, and checks each again on the way out, so what the
 * socket connects to is exactly what was checked.
 */
function pinnedLookup(host: string, addresses: ResolvedAddress[], allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    try {
      if (hostname.toLowerCase().replace(/\.+$/, '') !== host) {
        throw new FetchError('blocked_address', `I won't open that link: an unexpected host name was looked up.`);
      }
      for (const { address } of addresses) checkAddress(address, host, allowLoopback);
      const family = typeof options === 'object' && options ? options.family : undefined;
      const usable = addresses.filter((a) => !family || family === a.family || family === `IPv${a.family}`);
      if (usable.length === 0) throw new FetchError('dns_failed', `I couldn't find ${host} (no usable address).`);
      if (typeof options === 'object' && options?.all) {
        (callback as unknown as (err: null, list: ResolvedAddress[]) => void)(null, usable);
      } else {
        callback(null, usable[0]!.address, usable[0]!.family);
      }
    } catch (error) {
      callback(error as NodeJS.ErrnoException, '', 4);
    }
  };
}

function send(
  target: FetchTarget,
  addresses: ResolvedAddress[],
  settings: Settings,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const secure = target.url.protocol === 'https:';
  const client = secure ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request({
      host: target.literal ?? target.host,
      port: target.port,
      path: `${target.url.pathname}${target.url.search}`,
      method: 'GET',
      headers: settings.headers,
      agent: false,
      signal,
      ...(target.literal ? {} : { lookup: pinnedLookup(target.host, addresses, settings.allowLoopback) }),
      ...(secure && !target.literal ? { servername: target.host } : {}),
    });
    request.once('response', resolve);
    request.once('error', (error) => {
      if (error instanceof FetchError || signal.aborted) reject(error);
      else
        reject(
          new FetchError(
            'connection_failed',
            `I couldn't reach ${displayHost(target.url)} (${connectReason(error)}).`,
            { cause: error },
          ),
        );
    });
    request.end();
  });
}

function connectReason(error: unknown): string {
  const code = errorCode(error);
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'the connection was closed';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'the host is unreachable';
    default:
      if (typeof code === 'string' && /CERT|SSL|TLS/.test(code)) return 'its certificate could not be verified';
      return 'the connection failed';
  }
}

async function finish(
  target: FetchTarget,
  response: IncomingMessage,
  settings: Settings,
  signal: AbortSignal,
): Promise<SafeFetchResponse> {
  const host = displayHost(target.url);
  const status = response.statusCode ?? 0;
  const headers = flattenHeaders(response.headers);
  const contentType = headers['content-type'] ?? '';
  const base = {
    url: target.url.href,
    status,
    contentType,
    headers,
    ...(headers.etag ? { etag: headers.etag } : {}),
    ...(headers['last-modified'] ? { lastModified: headers['last-modified'] } : {}),
  };
  if (status === 304) {
    response.destroy();
    return { ...base, bytes: new Uint8Array(0), notModified: true };
  }
  if (status < 200 || status > 299) {
    response.destroy();
    const text = http.STATUS_CODES[status];
    throw new FetchError('http_status', `${host} answered ${status}${text ? ` ${text}` : ''}.`, { status });
  }
  if (settings.allowedContentTypes && contentType && !matchesContentType(contentType, settings.allowedContentTypes)) {
    response.destroy();
    const essence = contentType.split(';')[0]!.trim() || 'no content type';
    throw new FetchError(
      'unsupported_content_type',
      `The link at ${host} is ${essence.slice(0, 60)}, not a page I can read.`,
    );
  }
  const bytes = await readLimitedBody(response, { maxBytes: settings.maxBytes, host, signal });
  return { ...base, bytes, notModified: false };
}

function matchesContentType(contentType: string, allowed: readonly string[]): boolean {
  const essence = contentType.split(';')[0]!.trim().toLowerCase();
  return allowed.some((type) => essence === type.toLowerCase());
}

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || name === 'set-cookie') continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
