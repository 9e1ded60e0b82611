import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Job, JobQueue } from '../app/jobs';

/** The job queue in AWS: one SQS message per job, read by the `worker` function. */
export function createSqsJobQueue(queueUrl: string | undefined, client = new SQSClient({})): JobQueue {
  return {
    async enqueue(job: Job) {
      if (!queueUrl) throw new Error('JOB_QUEUE_URL is not set: cannot queue slow work');
      await client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(job) }));
    },
  };
}
