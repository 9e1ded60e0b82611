import { describe, expect, it } from 'vitest';
import { runJob } from '../../lambdas/app/run-job';
import type { WorkerDeps } from '../../lambdas/app/worker-deps';
import { createLogger } from '../../lambdas/config/logger';
import { fetchFeed } from '../../lambdas/fetch/feed/fetch-feed';
import { createStore } from '../../lambdas/store/index';
import { freshTable } from '../helpers/table';
import { slackViews } from '../../lambdas/slack/views/slack-views';

const FEED = 'https://feeds.example.org/rss';
const job = (url: string) => ({
  kind: 'ingest-feed-item' as const,
  jobId: `j-${url}`,
  teamId: 'T0FEED',
  feedUrl: FEED,
  url,
});

async function deps(fetchPage: WorkerDeps['fetchPage']): Promise<WorkerDeps> {
  const { client, tableName } = await freshTable();
  return {
    store: createStore({ client, tableName }),
    fetchPage,
    fetchFeed: (url, conditional) => fetchFeed(url, conditional),
    jobs: { enqueue: async () => {} },
    slack: { postMessage: async () => ({ ts: '1' }), respond: async () => {}, call: async () => ({ ok: true }) },
    views: slackViews,
    clock: () => new Date('2026-11-28T08:00:00Z'),
    log: createLogger('silent'),
  };
}

describe('Function: runJob › feed items', () => {
  it('skips a feed item that is no article, without throwing (no retry, no dead letter) and stores nothing', async () => {
    const d = await deps(async (url) => ({
      url,
      contentType: 'application/pdf',
      bytes: new Uint8Array([37, 80, 68, 70]),
    }));
    await expect(runJob(d, job('https://site.example.org/report.pdf'))).resolves.toBeUndefined();
    expect((await d.store.latestArticles('T0FEED', { limit: 5 })).items).toHaveLength(0);
  });

  it('rethrows a fault that a retry can mend, so the queue retries the item', async () => {
    const d = await deps(async () => {
      throw new Error('socket hang up');
    });
    await expect(runJob(d, job('https://site.example.org/story'))).rejects.toThrow('socket hang up');
  });
});
