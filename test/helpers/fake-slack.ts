import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A recorded call to the loopback Slack: a Web API method or a response_url post. */
export interface SlackCall {
  path: string;
  /** `chat.postMessage`, or `response_url` for posts to /response/*. */
  method: string;
  body: Record<string, any>;
  authorization?: string;
}

type Answer = { status?: number; headers?: Record<string, string>; body: unknown };

/** What Slack answers a successful call of each method NewsBot uses (shapes from api.slack.com/methods). */
function answerAsSlack(
  method: string,
  body: Record<string, any>,
  ts: string,
  memberships: Map<string, string[]>,
): Record<string, unknown> {
  switch (method) {
    case 'users.conversations':
      return {
        ok: true,
        channels: (memberships.get(body.user) ?? []).map((id) => ({ id, is_channel: true, is_member: true })),
        response_metadata: { next_cursor: '' },
      };
    case 'chat.unfurl':
      return { ok: true };
    case 'chat.postEphemeral':
      return { ok: true, message_ts: ts };
    case 'views.publish': {
      const view = typeof body.view === 'string' ? JSON.parse(body.view) : body.view;
      return {
        ok: true,
        view: {
          id: `V${ts.replace('.', '')}`,
          team_id: 'T0TEST',
          type: view?.type,
          blocks: view?.blocks ?? [],
          hash: ts,
        },
      };
    }
    default:
      return {
        ok: true,
        channel: body.channel,
        ts,
        ...(method === 'chat.postMessage' ? { message: { text: body.text, ts } } : {}),
      };
  }
}

/**
 * A small HTTP server on loopback that answers as Slack does: Web API methods
 * under /api/ and response_url posts under /response/. Tests read `calls` and
 * may script the next answers (rate limits, archived channels, 500s).
 */
export async function startFakeSlack() {
  const calls: SlackCall[] = [];
  const scripted: Answer[] = [];
  /** users.conversations: the channels each user is in. */
  const memberships = new Map<string, string[]>();
  let ts = 1_700_000_000;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const method = path.startsWith('/api/') ? path.slice(5).split('?')[0]! : 'response_url';
      let body: Record<string, any> = {};
      try {
        body = raw.trim().startsWith('{') ? JSON.parse(raw) : Object.fromEntries(new URLSearchParams(raw));
      } catch {
        body = { raw };
      }
      calls.push({ path, method, body, authorization: req.headers.authorization });
      const next = scripted.shift();
      if (next) {
        res.writeHead(next.status ?? 200, { 'content-type': 'application/json', ...next.headers });
        return res.end(typeof next.body === 'string' ? next.body : JSON.stringify(next.body));
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      if (method === 'response_url') return res.end('ok');
      res.end(JSON.stringify(answerAsSlack(method, body, `${++ts}.000100`, memberships)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (name = 'r') => `${base}/response/${name}`,
    calls,
    /** Make `users.conversations` answer that `user` is in `channels`. */
    setMemberships: (user: string, channels: string[]) => void memberships.set(user, channels),
    /** Queue answers for the next calls, in order. */
    answerNext: (...answers: Answer[]) => scripted.push(...answers),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
