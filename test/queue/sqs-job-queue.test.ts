import { SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobSchema, type Job } from '../../lambdas/app/jobs';
import { createSqsJobQueue } from '../../lambdas/queue/sqs-job-queue';
import { startFakeSqs } from '../helpers/fake-aws';

const JOB: Job = {
  kind: 'ingest-url',
  jobId: 'job-sqs-1',
  teamId: 'T0SQS',
  url: 'https://news.example.org/story',
  reply: 'added',
};

describe('Adapter: the SQS job queue, against a loopback SQS', () => {
  let sqs: Awaited<ReturnType<typeof startFakeSqs>>;
  let client: SQSClient;

  beforeAll(async () => {
    sqs = await startFakeSqs();
    client = new SQSClient({
      endpoint: sqs.origin,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 1,
    });
  });
  afterAll(async () => {
    client?.destroy();
    await sqs?.close();
  });

  it('sends one SendMessage per job, its body the job as JSON the worker parses back', async () => {
    await createSqsJobQueue(sqs.queueUrl, client).enqueue(JOB);
    expect(sqs.calls.at(-1)).toMatchObject({
      target: 'AmazonSQS.SendMessage',
      authorization: expect.stringMatching(/^AWS4-HMAC-SHA256 Credential=test\//),
    });
    const sent = sqs.messages.at(-1)!;
    expect(sent.queueUrl).toBe(sqs.queueUrl);
    expect(JobSchema.parse(JSON.parse(sent.body))).toEqual(JOB);
  });

  it("carries the job's correlation id as a message attribute too (readable in the console), and none when it has none", async () => {
    await createSqsJobQueue(sqs.queueUrl, client).enqueue({ ...JOB, correlationId: 'req-7f3a' });
    expect(sqs.messages.at(-1)!.attributes).toEqual({ correlationId: { DataType: 'String', StringValue: 'req-7f3a' } });
    expect(JobSchema.parse(JSON.parse(sqs.messages.at(-1)!.body)).correlationId).toBe('req-7f3a');
    await createSqsJobQueue(sqs.queueUrl, client).enqueue(JOB);
    expect(sqs.messages.at(-1)!.attributes).toBeUndefined();
  });

  it('fails the enqueue when SQS answers an error, so the caller can say so', async () => {
    const before = sqs.messages.length;
    sqs.failNext();
    await expect(createSqsJobQueue(sqs.queueUrl, client).enqueue(JOB)).rejects.toThrow(/queue does not exist/);
    expect(sqs.messages.length).toBe(before);
  });

  it('fails when the checksum SQS returns does not match the body sent (the SDK checks it)', async () => {
    sqs.corruptNext();
    await expect(createSqsJobQueue(sqs.queueUrl, client).enqueue(JOB)).rejects.toThrow('InvalidChecksumError');
  });

  it('refuses plainly when no queue is configured', async () => {
    await expect(createSqsJobQueue(undefined, client).enqueue(JOB)).rejects.toThrow('JOB_QUEUE_URL is not set');
  });
});
