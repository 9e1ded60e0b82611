import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Context } from 'aws-lambda';
import type { LambdaHttpHandler } from '../slack/bolt-app';
import { BodyTooLargeError, readBody, toFunctionUrlEvent, writeResult } from './http-adapter';
import type { createSlackOutbox } from './slack-outbox';

/**
 * The local HTTP front of the Slack handler: the same handler the Lambda
 * runs, fed Function URL events. Slack posts to `/slack/events`.
 */
export function createLocalServer(options: {
  handler: LambdaHttpHandler;
  outbox?: ReturnType<typeof createSlackOutbox>;
  /** Resolves when queued jobs have run: `npm run slack` waits on GET /local/idle before reading the outbox. */
  idle?: () => Promise<void>;
}): Server {
  return createServer(async (req, res) => {
    try {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (req.method === 'GET' && path === '/health') return void res.end('ok');
      if (req.method === 'GET' && path === '/local/outbox' && options.outbox) return options.outbox.list(req, res);
      if (req.method === 'GET' && path === '/local/idle' && options.idle) {
        await options.idle();
        return void res.end('idle');
      }
      const body = await readBody(req);
      if (req.method === 'POST' && path.startsWith('/api/') && options.outbox) {
        return void (await options.outbox.handle(path.slice('/api/'.length), body, res));
      }
      if (req.method !== 'POST' || !['/slack/events', '/slack/commands', '/slack/actions'].includes(path)) {
        return void res.writeHead(404).end('not found');
      }
      const result = await options.handler(
        toFunctionUrlEvent(req, body) as never,
        { awsRequestId: 'local' } as Context,
      );
      writeResult(res, result as never);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return void res.writeHead(413).end('request body too large');
      res.writeHead(500).end('internal error');
    }
  });
}

export async function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return `http://${host}:${address.port}`;
}
