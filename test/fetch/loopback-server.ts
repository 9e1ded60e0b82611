import { readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/**
 * A web server on 127.0.0.1 that misbehaves on request: redirect chains,
 * redirects to private addresses, slow and oversized bodies, a gzip bomb,
 * conditional GETs and connections dropped halfway.
 */
export interface LoopbackServer {
  origin: string;
  port: number;
  /** TCP connections the server has accepted. */
  connections: () => number;
  /** Request headers of the last request. */
  lastHeaders: () => http.IncomingHttpHeaders | undefined;
  close: () => Promise<void>;
}

const article = readFileSync(resolve(__dirname, '../fixtures/fetch/article.html'));
/** 16 MB of zeros compresses to about 16 KB: a small gzip bomb. */
const bomb = gzipSync(Buffer.alloc(16 * 1024 * 1024));

type Route = (req: IncomingMessage, res: ServerResponse, rest: string) => void;

const routes: Record<string, Route> = {
  article: (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(article);
  },
  // /r/3 → /r/2 → /r/1 → /r/0 → article, with relative Locations.
  r: (_req, res, rest) => {
    const n = Number(rest);
    res.writeHead(302, { location: n > 1 ? `/r/${n - 1}` : '/article' });
    res.end();
  },
  loop: (_req, res) => {
    res.writeHead(301, { location: '/loop' });
    res.end();
  },
  // Redirect to wherever the test says: /to?http://10.0.0.1/
  to: (req, res) => {
    res.writeHead(302, { location: decodeURIComponent(req.url!.split('?')[1] ?? '') });
    res.end();
  },
  'slow-body': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const timer = setInterval(() => res.write('<p>.</p>'), 20);
    res.on('close', () => clearInterval(timer));
  },
  'slow-headers': () => {
    // Never answers.
  },
  big: (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = Buffer.alloc(16 * 1024, 'a');
    for (let i = 0; i < 16; i++) res.write(chunk); // 256 KB, chunked, no Content-Length
    res.end();
  },
  'big-declared': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(50 * 1024 * 1024) });
    res.write('a'.repeat(100));
  },
  bomb: (_req, res) => {
    res.writeHead(200, {
      'content-type': 'text/html',
      'content-encoding': 'gzip',
      'content-length': String(bomb.length),
    });
    res.end(bomb);
  },
  gzip: (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
    res.end(gzipSync(article));
  },
  br: (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' });
    res.end(brotliCompressSync(article));
  },
  'broken-gzip': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end(Buffer.from('this is not gzip at all'));
  },
  feed: (req, res) => {
    if (
      req.headers['if-none-match'] === '"v1"' ||
      req.headers['if-modified-since'] === 'Mon, 02 Mar 2026 10:00:00 GMT'
    ) {
      res.writeHead(304, { etag: '"v1"' });
      res.end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/rss+xml',
      etag: '"v1"',
      'last-modified': 'Mon, 02 Mar 2026 10:00:00 GMT',
      'set-cookie': 'session=secret',
    });
    res.end('<rss version="2.0"><channel><title>t</title></channel></rss>');
  },
  latin1: (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
    res.end(Buffer.from('<p>Caf\xe9 cr\xe8me</p>', 'latin1'));
  },
  half: (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '1000' });
    res.write('<p>only the first part</p>');
    setTimeout(() => res.socket?.destroy(), 10);
  },
  status: (_req, res, rest) => {
    res.writeHead(Number(rest) || 500, { 'content-type': 'text/plain' });
    res.end('nope');
  },
  untyped: (_req, res) => {
    res.writeHead(200);
    res.end('<p>no content type</p>');
  },
  pdf: (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end('%PDF-1.4');
  },
};

export async function startLoopbackServer(): Promise<LoopbackServer> {
  let connections = 0;
  let lastHeaders: http.IncomingHttpHeaders | undefined;
  const server = http.createServer((req, res) => {
    lastHeaders = req.headers;
    const [, name = '', rest = ''] = /^\/([^/?]*)\/?([^?]*)/.exec(req.url ?? '/') ?? [];
    const route = routes[name];
    if (route) route(req, res, rest);
    else {
      res.writeHead(404);
      res.end();
    }
  });
  server.on('connection', () => connections++);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    connections: () => connections,
    lastHeaders: () => lastHeaders,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
