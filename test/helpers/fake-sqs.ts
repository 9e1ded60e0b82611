import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A message the loopback SQS accepted. */
export interface SqsMessage {
  queueUrl: string;
  body: string;
}

/**
 * A small HTTP server on loopback that answers SendMessage as SQS does (the
 * AWS JSON 1.0 protocol: `X-Amz-Target: AmazonSQS.SendMessage`), with the MD5
 * of the body that the SDK checks. Tests read `messages`, and may make the
 * next answers fail (`failNext`) or carry a wrong checksum (`corruptNext`).
 */
export async function startFakeSqs() {
  const messages: SqsMessage[] = [];
  const targets: string[] = [];
  let fail = 0;
  let corrupt = 0;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      targets.push(target);
      res.setHeader('content-type', 'application/x-amz-json-1.0');
      if (fail > 0) {
        fail--;
        res.writeHead(400);
        return res.end(JSON.stringify({ __type: 'com.amazonaws.sqs#QueueDoesNotExist', message: 'The specified queue does not exist.' }));
      }
      if (target !== 'AmazonSQS.SendMessage') {
        res.writeHead(400);
        return res.end(JSON.stringify({ __type: 'com.amazonaws.sqs#InvalidAction', message: `not supported here: ${target}` }));
      }
      const input = JSON.parse(raw) as { QueueUrl: string; MessageBody: string };
      const wrong = corrupt > 0;
      if (wrong) corrupt--;
      const md5 = createHash('md5').update(wrong ? `${input.MessageBody}!` : input.MessageBody, 'utf8').digest('hex');
      messages.push({ queueUrl: input.QueueUrl, body: input.MessageBody });
      res.writeHead(200);
      res.end(JSON.stringify({ MessageId: randomUUID(), MD5OfMessageBody: md5 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    queueUrl: `${origin}/000000000000/newsbot-jobs`,
    messages,
    targets,
    failNext: (n = 1) => void (fail += n),
    corruptNext: (n = 1) => void (corrupt += n),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
