import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One thing a path serves: a body (with an ETag computed from it), or a scripted failure. */
export interface Route {
  body?: string | Uint8Array;
  contentType?: string;
  status?: number;
  /** Send ETag / honour If-None-Match (default true). */
  etag?: boolean;
  lastModified?: string;
}

/**
 * A feed server on loopback for tests and the benchmark: paths map to
 * routes that can change between polls; conditional GETs get a 304 when the
 * body is unchanged. Every request is recorded with its headers.
 */
export async function startFeedServer() {
  const routes = new Map<string, Route>();
  const requests: { path: string; headers: IncomingHttpHeaders }[] = [];
  const etagOf = (body: string | Uint8Array) => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body);
    let hash = 0;
    for (const b of bytes) hash = (hash * 31 + b) >>> 0;
    return `"${bytes.length}-${hash.toString(16)}"`;
  };
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const route = routes.get(path);
    if (!route) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    if (route.status && route.status !== 200)
      return void res.writeHead(route.status, { 'content-type': 'text/plain' }).end('failure');
    const body = route.body ?? '';
    const headers: Record<string, string> = { 'content-type': route.contentType ?? 'application/rss+xml' };
    const tag = etagOf(body);
    if (route.etag !== false) {
      headers.etag = tag;
      if (req.headers['if-none-match'] === tag) return void res.writeHead(304, headers).end();
    }
    if (route.lastModified) {
      headers['last-modified'] = route.lastModified;
      if (route.etag === false && req.headers['if-modified-since'] === route.lastModified)
        return void res.writeHead(304, headers).end();
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path: string) => `${origin}${path}`,
    set: (path: string, route: Route) => void routes.set(path, route),
    requests,
    hits: (path: string) => requests.filter((r) => r.path === path).length,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An RSS 2.0 document with the given items (escaped), for tests that change a feed between polls. */
export function rss(
  title: string,
  items: { guid: string; title: string; link: string; pubDate?: string; description?: string }[],
): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const entries = items
    .map(
      (i) =>
        `<item><guid isPermaLink="false">${esc(i.guid)}</guid><title>${esc(i.title)}</title><link>${esc(i.link)}</link>` +
        `${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''}${i.description ? `<description>${esc(i.description)}</description>` : ''}</item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${esc(title)}</title><link>http://news.example/</link>${entries}</channel></rss>`;
}
