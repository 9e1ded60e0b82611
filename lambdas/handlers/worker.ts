import { METRICS } from '../observability/emf';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { JobSchema } from '../app/jobs';
import { runJob } from '../app/run-job';
import { runWithinBudget } from '../queue/time-budget';
import { setInvocationContext } from '../config/logger';
import { installSourceMappedStacks } from '../bundle/source-mapped-stacks';
import { workerDeps as wireWorker } from '../wiring/use-case-deps';
import { createSqsJobQueue } from '../queue/sqs-job-queue';
import { handlerBase, once } from './cold-start';

installSourceMappedStacks(import.meta.url);

/**
 * The worker: runs queued jobs (fetch a page or a feed, store it, answer Slack).
 * A job that fails is reported as a batch item failure, so SQS retries
 * only it and, after the last attempt, moves it to the dead-letter queue.
 */
const base = handlerBase('worker');

// A subscription queues its feed's items on the worker's own queue.
const workerDeps = once(async () =>
  wireWorker({ ...(await base.parts()), jobs: createSqsJobQueue(base.env.jobQueueUrl) }),
);

export async function handler(event: SQSEvent, context?: Context): Promise<SQSBatchResponse> {
  setInvocationContext({ awsRequestId: context?.awsRequestId });
  const deps = await workerDeps();
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  const runOne = async (record: SQSRecord) => {
    setInvocationContext({ awsRequestId: context?.awsRequestId });
    try {
      const finalAttempt = Number(record.attributes.ApproximateReceiveCount) >= base.env.jobMaxReceives;
      const job = JobSchema.parse(JSON.parse(record.body));
      // The job's lines (and the handler's, below) carry the Slack request's correlation id.
      const correlationId = job.correlationId ?? record.messageAttributes?.correlationId?.stringValue;
      setInvocationContext({ awsRequestId: context?.awsRequestId, ...(correlationId ? { correlationId } : {}) });
      await runJob(deps, job, { finalAttempt });
    } catch (error) {
      base.log.metric(METRICS.jobFailures, 1);
      base.log.error('job_failed', {
        messageId: record.messageId,
        receiveCount: record.attributes.ApproximateReceiveCount,
        error,
      });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  };
  // Jobs not started for lack of time go back to the queue (reportBatchItemFailures on the event source mapping).
  const remainingMs =
    typeof context?.getRemainingTimeInMillis === 'function' ? () => context.getRemainingTimeInMillis() : undefined;
  const notStarted = await runWithinBudget(event.Records, remainingMs, runOne);
  if (notStarted.length > 0) base.log.warn('jobs_returned_for_time', { count: notStarted.length });
  for (const record of notStarted) batchItemFailures.push({ itemIdentifier: record.messageId });
  return { batchItemFailures };
}
