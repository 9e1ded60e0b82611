import { describe, expect, it } from 'vitest';
import type { Job } from '../../lambdas/app/jobs';
import { createLogger } from '../../lambdas/config/logger';
import { createInProcessQueue, DEFAULT_JOB_CONCURRENCY } from '../../lambdas/local/in-process-queue';

const job = (n: number): Job => ({
  kind: 'ingest-url',
  jobId: `j${n}`,
  teamId: 'T1',
  url: `https://news.example/${n}`,
  reply: 'added',
});

/**
 * A burst of ingests must not run all at once in `npm start`: unbounded, 700
 * queued jobs fetched and parsed together and loopback pages timed out under
 * the soak. Found by `npm run bench:soak`.
 */
describe('Hardening: the in-process job queue under a burst', () => {
  it(`runs at most ${DEFAULT_JOB_CONCURRENCY} jobs at once, every job once, and a failing job frees its slot`, async () => {
    let running = 0;
    let most = 0;
    const ran: string[] = [];
    const logged: string[] = [];
    const queue = createInProcessQueue(
      async (j) => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setImmediate(resolve));
        running--;
        ran.push(j.jobId);
        if (j.jobId.endsWith('7')) throw new Error('boom');
      },
      createLogger('error', {}, (line) => logged.push(line)),
    );
    for (let n = 0; n < 50; n++) await queue.enqueue(job(n));
    await queue.idle();
    expect(most).toBe(DEFAULT_JOB_CONCURRENCY);
    expect(ran.sort()).toEqual(Array.from({ length: 50 }, (_, n) => `j${n}`).sort());
    expect(logged.filter((l) => JSON.parse(l).event === 'job_failed')).toHaveLength(5);
  });
});
