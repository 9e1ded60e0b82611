import type { SQSClient } from '@aws-sdk/client-sqs';
import type { Job, JobQueue } from '../app/jobs';

/**
 * The job queue in AWS: one SQS message per job, read by the `worker` function.
 * The SQS client is imported on the first enqueue, not at start-up: the Slack
 * handler queues only for the slow path, and most cold starts never do.
 */
export function createSqsJobQueue(queueUrl: string | undefined, client?: SQSClient): JobQueue {
  let sqs:
    | Promise<{ client: SQSClient; SendMessageCommand: typeof import('@aws-sdk/client-sqs').SendMessageCommand }>
    | undefined;
  const load = () =>
    (sqs ??= import('./sqs').then(({ SQSClient, SendMessageCommand }) => ({
      client: client ?? new SQSClient({}),
      SendMessageCommand,
    })));
  return {
    async enqueue(job: Job) {
      if (!queueUrl) throw new Error('JOB_QUEUE_URL is not set: cannot queue slow work');
      const { client: ready, SendMessageCommand } = await load();
      // The correlation id also rides as a message attribute: readable in the console without parsing the body.
      const attributes = job.correlationId
        ? { correlationId: { DataType: 'String', StringValue: job.correlationId } }
        : undefined;
      await ready.send(
        new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(job), MessageAttributes: attributes }),
      );
    },
  };
}
