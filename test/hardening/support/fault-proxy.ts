import { createServer, request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the proxy does with one DynamoDB call instead of forwarding it. */
export type Fault = 'drop' | { status: number; type: string; message: string };

export const THROTTLED: Fault = {
  status: 400,
  type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
  message: 'The level of configured provisioned throughput for the table was exceeded.',
};

/**
 * A loopback HTTP proxy in front of the suite's DynamoDB server. It forwards
 * every call unchanged, unless a rule says otherwise: then it answers with
 * DynamoDB's own error JSON (throttling) or drops the connection (the
 * database is unreachable). The AWS SDK client is real; only the wire lies.
 */
export async function startFaultProxy(target: string) {
  const upstream = new URL(target);
  /** Calls per operation (BatchWriteItem, Query, …), forwarded or not. */
  const calls: Record<string, number> = {};
  const faults: Record<string, number> = {};
  let rule: (operation: string, count: number) => Fault | undefined = () => undefined;
  const sockets = new Set<Socket>();

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const operation =
        String(req.headers['x-amz-target'] ?? '')
          .split('.')
          .pop() || 'unknown';
      calls[operation] = (calls[operation] ?? 0) + 1;
      const fault = rule(operation, calls[operation]!);
      if (fault) {
        faults[operation] = (faults[operation] ?? 0) + 1;
        if (fault === 'drop') return void req.socket.destroy();
        const body = JSON.stringify({ __type: fault.type, message: fault.message });
        return void res
          .writeHead(fault.status, {
            'content-type': 'application/x-amz-json-1.0',
            'content-length': Buffer.byteLength(body),
            'x-amzn-requestid': 'fault-proxy',
          })
          .end(body);
      }
      const forward = request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 500, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => req.socket.destroy());
      forward.end(Buffer.concat(chunks));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    faults,
    /** Decide per call; `count` is this operation's call number, from 1. */
    setRule(next: (operation: string, count: number) => Fault | undefined) {
      rule = next;
    },
    /** Forward everything again. */
    heal() {
      rule = () => undefined;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
