import type { Job, JobQueue } from '../app/jobs';
import type { Logger } from '../config/logger';

/**
 * The job queue of `npm start`: jobs run in this process, after the request
 * that queued them has been answered, like SQS feeding the worker in AWS.
 * `idle()` resolves when every queued job has finished (tests wait on it).
 */
export function createInProcessQueue(run: (job: Job) => Promise<void>, log: Logger): JobQueue & { idle(): Promise<void> } {
  const pending = new Set<Promise<void>>();
  return {
    async enqueue(job) {
      const task = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => run(job))
        .catch((error: unknown) => log.error('job_failed', { jobId: job.jobId, error }))
        .finally(() => pending.delete(task));
      pending.add(task);
    },
    async idle() {
      while (pending.size) await Promise.all([...pending]);
    },
  };
}
