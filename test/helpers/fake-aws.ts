import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a scripted operation answers: a status (200 unless given) and a JSON body. */
export interface AwsAnswer {
  status?: number;
  body: unknown;
}

export interface AwsCall {
  /** The `X-Amz-Target` header: `AmazonSQS.SendMessage`, `secretsmanager.GetSecretValue`… */
  target: string;
  input: Record<string, unknown>;
  /** The SigV4 Authorization header the SDK sent. */
  authorization?: string;
}

/**
 * A loopback HTTP server that answers an AWS service's JSON protocol (SQS's
 * AWS JSON 1.0, Secrets Manager's 1.1): one handler per `X-Amz-Target`.
 * An unknown target, or a scripted failure (`failNext`), answers as AWS does,
 * with a `__type` and a message.
 */
export async function startFakeAwsJson(
  contentType: string,
  operations: Record<string, (input: Record<string, unknown>) => AwsAnswer>,
) {
  const calls: AwsCall[] = [];
  const failures: AwsAnswer[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      const input = (raw ? JSON.parse(raw) : {}) as Record<string, unknown>;
      calls.push({ target, input, authorization: req.headers.authorization });
      const operation = operations[target];
      const answer =
        failures.shift() ??
        (operation
          ? operation(input)
          : { status: 400, body: { __type: 'InvalidAction', message: `not supported here: ${target}` } });
      res.writeHead(answer.status ?? 200, { 'content-type': contentType });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    calls,
    /** The next calls fail with these answers, in order. */
    failNext: (...answers: AwsAnswer[]) => void failures.push(...answers),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A message the loopback SQS accepted. */
export interface SqsMessage {
  queueUrl: string;
  body: string;
  /** SendMessage's MessageAttributes as sent (name → { DataType, StringValue }). */
  attributes?: Record<string, { DataType: string; StringValue?: string }>;
}

/**
 * SQS's SendMessage on loopback, with the MD5 of the body that the SDK checks.
 * `corruptNext` makes the next answers carry a wrong checksum.
 */
export async function startFakeSqs() {
  const messages: SqsMessage[] = [];
  let corrupt = 0;
  const service = await startFakeAwsJson('application/x-amz-json-1.0', {
    'AmazonSQS.SendMessage': (input) => {
      const body = String(input.MessageBody);
      const wrong = corrupt > 0;
      if (wrong) corrupt--;
      const attributes = input.MessageAttributes as SqsMessage['attributes'];
      messages.push({ queueUrl: String(input.QueueUrl), body, ...(attributes ? { attributes } : {}) });
      return {
        body: {
          MessageId: randomUUID(),
          MD5OfMessageBody: createHash('md5')
            .update(wrong ? `${body}!` : body, 'utf8')
            .digest('hex'),
        },
      };
    },
  });
  return {
    ...service,
    queueUrl: `${service.origin}/000000000000/newsbot-jobs`,
    messages,
    failNext: (n = 1) =>
      service.failNext(
        ...Array.from({ length: n }, () => ({
          status: 400,
          body: { __type: 'com.amazonaws.sqs#QueueDoesNotExist', message: 'The specified queue does not exist.' },
        })),
      ),
    corruptNext: (n = 1) => void (corrupt += n),
  };
}

/** Secrets Manager's GetSecretValue on loopback, serving `secrets` (name → SecretString). */
export async function startFakeSecretsManager(secrets: Record<string, string>) {
  return startFakeAwsJson('application/x-amz-json-1.1', {
    'secretsmanager.GetSecretValue': (input) => {
      const id = String(input.SecretId);
      if (!(id in secrets))
        return {
          status: 400,
          body: { __type: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret." },
        };
      return {
        body: {
          ARN: `arn:aws:secretsmanager:us-east-1:000000000000:secret:${id}`,
          Name: id,
          SecretString: secrets[id],
          VersionId: randomUUID(),
        },
      };
    },
  });
}
