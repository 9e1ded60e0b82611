import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';

export function hardeningFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/hardening/${name}`, import.meta.url), 'utf8');
}

/** 64 MB of spaces gzip to about 64 KB: far over the fetcher's 5 MB cap once inflated. Built on first use. */
let gzipBomb: Buffer | undefined;
const GZIP_BOMB = () => (gzipBomb ??= gzipSync(Buffer.alloc(64 * 1024 * 1024, ' ')));

type Route = (res: ServerResponse, ctx: { base: string; timers: Set<NodeJS.Timeout> }) => void;

/**
 * A web server on 127.0.0.1 that attacks the fetcher and the pipeline:
 * redirects to private addresses, endless and slow bodies, gzip bombs,
 * pages that are not HTML, connections dropped halfway, HTML bombs.
 * Extra routes can be given (an article with Slack injection in it).
 */
export async function startHostileServer(extra: Record<string, { contentType?: string; body: string }> = {}) {
  const hits: Record<string, number> = {};
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  const html = (res: ServerResponse, body: string, headers: Record<string, string> = {}) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
  const routes: Record<string, Route> = {
    '/story': (res) => html(res, hardeningFixture('ferry-vote.html')),
    '/to-metadata': (res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/iam/' }).end(),
    '/to-private-decimal': (res) => res.writeHead(301, { location: 'http://167772161/admin' }).end(),
    '/to-mapped': (res) => res.writeHead(307, { location: 'http://[::ffff:192.168.0.1]/' }).end(),
    '/to-file': (res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/to-gopher': (res) => res.writeHead(302, { location: 'gopher://127.0.0.1:11211/_stats' }).end(),
    // No Content-Length: an endless stream of markup, 64 KB at a time, until the reader gives up.
    '/huge': (res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = '<p>' + 'lorem ipsum dolor sit amet '.repeat(2400) + '</p>';
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    },
    '/huge-declared': (res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(200 * 1024 * 1024) });
      res.write('<p>start</p>');
    },
    // Slowloris: headers at once, then one byte every 20 ms, forever.
    '/slowloris': (res, ctx) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write('a')), 20);
      ctx.timers.add(timer);
    },
    // Headers never finish: the status line, then silence.
    '/slow-headers': () => {},
    '/pdf': (res) =>
      res
        .writeHead(200, { 'content-type': 'application/pdf' })
        .end('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n'),
    '/image': (res) =>
      res
        .writeHead(200, { 'content-type': 'image/jpeg' })
        .end(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46])),
    '/binary': (res) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(randomBytes(4096)),
    '/binary-as-html': (res) => html(res, randomBytes(64 * 1024).toString('latin1')),
    '/gzip-bomb': (res) =>
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(GZIP_BOMB()),
    // Promises 40,000 bytes, sends half of a good page, then drops the connection.
    '/half': (res) => {
      const page = hardeningFixture('ferry-vote.html');
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '40000' });
      res.write(page.slice(0, Math.floor(page.length / 2)), () => res.socket?.destroy());
    },
    '/html-bomb': (res) => {
      const page = hardeningFixture('ferry-vote.html');
      html(
        res,
        page
          .replace('<article>', '<article>' + '<div>'.repeat(100_000))
          .replace('</article>', '</div>'.repeat(100_000) + '</article>'),
      );
    },
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits[path] = (hits[path] ?? 0) + 1;
    const route = routes[path];
    if (route) return route(res, { base, timers });
    const page = extra[path];
    if (page)
      return void res.writeHead(200, { 'content-type': page.contentType ?? 'text/html; charset=utf-8' }).end(page.body);
    res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    port: (server.address() as AddressInfo).port,
    url: (path: string) => base + path,
    hits,
    /** Requests answered so far, every path. */
    requests: () => Object.values(hits).reduce((a, b) => a + b, 0),
    close: async () => {
      for (const timer of timers) clearInterval(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
