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
}

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
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: 'invalid_json' }));
        return;
      }
      const message: OutboxMessage = {
        seq: ++seq,
        method,
        channel: typeof payload.channel === 'string' ? payload.channel : undefined,
        text: typeof payload.text === 'string' ? payload.text : undefined,
        blocks: Array.isArray(payload.blocks) ? payload.blocks : undefined,
      };
      messages.push(message);
      if (messages.length > 500) messages.shift();
      print(message);
      const ts = `${Math.floor(Date.now() / 1000)}.${String(seq).padStart(6, '0')}`;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, channel: message.channel, ts }));
    },
    /** Handle `GET /local/outbox?after=N`. */
    list(req: IncomingMessage, res: ServerResponse) {
      const after = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('after') ?? '0');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(messages.filter((m) => m.seq > after)));
    },
  };
}
