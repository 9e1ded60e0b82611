import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A stand-in for Slack's Web API on `npm start` without a real workspace:
 * `chat.postMessage` calls land here, are printed, and can be read back by
 * `npm run slack` (GET /local/outbox). It answers as Slack does.
 */
export interface OutboxMessage {
  seq: number;
  method: string;
  channel?: string;
  text?: string;
  blocks?: unknown[];
  /** chat.unfurl: the unfurls keyed by URL. */
  unfurls?: Record<string, { blocks?: unknown[] }>;
  /** views.publish: the view and whose Home it is. */
  view?: { type?: string; blocks?: unknown[] };
  user?: string;
}

/** The channel `npm run slack` sends from: locally, every user is in it (users.conversations). */
export const LOCAL_CHANNEL_ID = 'C0LOCAL';

export function createSlackOutbox(print: (message: OutboxMessage) => void) {
  const messages: OutboxMessage[] = [];
  let seq = 0;
  return {
    messages,
    /** Handle `POST /api/<method>`. */
    async handle(method: string, body: string, res: ServerResponse) {
      let payload: Record<string, unknown> = {};
      try {
        payload = body.trim().startsWith('{') ? JSON.parse(body) : Object.fromEntries(new URLSearchParams(body));
      } catch {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ ok: false, error: 'invalid_json' }));
        return;
      }
      const message: OutboxMessage = {
        seq: ++seq,
        method,
        channel: typeof payload.channel === 'string' ? payload.channel : undefined,
        text: typeof payload.text === 'string' ? payload.text : undefined,
        blocks: Array.isArray(payload.blocks) ? payload.blocks : undefined,
        unfurls: isObject(payload.unfurls) ? (payload.unfurls as OutboxMessage['unfurls']) : undefined,
        view: isObject(payload.view) ? (payload.view as OutboxMessage['view']) : undefined,
        user:
          typeof payload.user_id === 'string'
            ? payload.user_id
            : typeof payload.user === 'string'
              ? payload.user
              : undefined,
      };
      messages.push(message);
      if (messages.length > 500) messages.shift();
      print(message);
      const ts = `${Math.floor(Date.now() / 1000)}.${String(seq).padStart(6, '0')}`;
      const answer =
        method === 'users.conversations'
          ? { ok: true, channels: [{ id: LOCAL_CHANNEL_ID }] }
          : { ok: true, channel: message.channel, ts };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    },
    /** Handle `GET /local/outbox?after=N`. */
    list(req: IncomingMessage, res: ServerResponse) {
      const after = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('after') ?? '0');
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(messages.filter((m) => m.seq > after)));
    },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
