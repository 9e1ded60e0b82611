import { METRICS } from '../observability/emf';
import type { Job, JobQueue } from '../app/jobs';
import type { Logger } from '../config/logger';

/**
 * Jobs run at once at most, like a few worker Lambdas taking messages from
 * SQS. Unbounded, a burst of 700 ingests ran 700 fetches and pipelines on one
 * event loop, and pages on loopback timed out (10 s) waiting for the CPU.
 */
export const DEFAULT_JOB_CONCURRENCY = 4;

/**
 * The job queue of `npm start`: jobs run in this process, after the request
 * that queued them has been answered, like SQS feeding the worker in AWS.
 * `idle()` resolves when every queued job has finished (tests wait on it).
 */
export function createInProcessQueue(
  run: (job: Job) => Promise<void>,
  log: Logger,
  options: { concurrency?: number } = {},
): JobQueue & { idle(): Promise<void> } {
  const limit = Math.max(1, options.concurrency ?? DEFAULT_JOB_CONCURRENCY);
  const pending = new Set<Promise<void>>();
  const waiting: Array<() => void> = [];
  let running = 0;
  const acquire = (): Promise<void> => {
    if (running >= limit) return new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    return Promise.resolve();
  };
  // A finished job hands its slot straight to the next waiting one.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return {
    async enqueue(job) {
      const task = new Promise<void>((resolve) => setImmediate(resolve))
        .then(acquire)
        .then(() => run(job).finally(release))
        .catch((error: unknown) => {
          log.metric(METRICS.jobFailures, 1);
          log.error('job_failed', { jobId: job.jobId, correlationId: job.correlationId, error });
        })
        .finally(() => pending.delete(task));
      pending.add(task);
    },
    async idle() {
      while (pending.size) await Promise.all([...pending]);
    },
  };
}
