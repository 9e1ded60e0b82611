import { describe, expect, it } from 'vitest';
import { feedItemRecord } from '../../lambdas/app/feeds/feed-item-record';

describe('A feed item stored from the feed’s own words', () => {
  const job = {
    kind: 'ingest-feed-item' as const,
    jobId: 'j1',
    correlationId: 'c1',
    teamId: 'T1',
    feedUrl: 'https://www.harbour-weekly.example/rss.xml',
    url: 'https://www.wire.example/world/minister-resigns',
    title: 'Minister resigns over ferry contract',
    summary: 'The minister stepped down on Friday after the contract was cancelled.',
  };

  it('is named by the feed’s host, not by the site it links to, and says where its link goes', () => {
    const record = feedItemRecord(job);
    expect(record?.url).toBe(job.url);
    expect(record?.site).toBe('harbour-weekly.example feed (link to wire.example)');
    expect(feedItemRecord({ ...job, url: 'https://harbour-weekly.example/ferry' })?.site).toBe(
      'harbour-weekly.example feed',
    );
  });

  it('is not stored when the feed said nothing about it', () => {
    expect(feedItemRecord({ ...job, title: ' ', summary: undefined })).toBeUndefined();
  });
});
