import { beforeAll, describe, expect, it } from 'vitest';
import { batchArticleSource, channelArticleSource } from '../../lambdas/app/digest/digest-articles';
import { createStore, type NewsStore } from '../../lambdas/store/index';
import { freshTable } from '../helpers/table';
import { storeStory, STORIES, type StoryName } from './articles';
import { analyze } from '../../lambdas/core/pipeline';

/** The one-channel read (`/news digest`) and the batch read (scheduled run) must give a channel the same articles. */
describe('Digest article sources', () => {
  let store: NewsStore;
  const feeds = ['https://a.example/feed', 'https://b.example/feed', 'https://c.example/feed'];
  const since = new Date('2026-03-30T05:00:00Z');

  beforeAll(async () => {
    const { client, tableName } = await freshTable();
    store = createStore({ client, tableName });
    await store.subscribe('T1', 'C1', feeds[0]!);
    await store.subscribe('T1', 'C1', feeds[1]!);
    await store.subscribe('T1', 'C2', feeds[2]!);
    await store.subscribe('T2', 'C1', feeds[0]!); // same channel id in another team
    const put = (team: string, name: StoryName, feed: number, at: string) =>
      storeStory(store, team, name, {
        feedUrl: feeds[feed]!,
        ingestedAt: new Date(at),
        url: `https://${team}.example/${name}/${feed}`,
      });
    await put('T1', 'ferryA', 0, '2026-03-30T05:10:00Z');
    await put('T1', 'ferryB', 1, '2026-03-30T05:20:00Z');
    await put('T1', 'comet', 2, '2026-03-30T05:30:00Z');
    await put('T1', 'library', 0, '2026-03-30T04:00:00Z'); // before `since`
    await put('T2', 'library', 0, '2026-03-30T05:40:00Z');
    // Stored by hand before `since` (no feed), then listed by feed 2 after it: new for C2, once.
    const { article } = await store.saveArticle(
      'T1',
      { ...(await storyRecord('ferryC', 'https://T1.example/ferryC/hand')) },
      { source: 'slack', ingestedAt: new Date('2026-03-29T12:00:00Z') },
    );
    expect(await store.linkArticleToFeed('T1', article.id, feeds[2]!, new Date('2026-03-30T05:50:00Z'))).toBe(true);
    expect(await store.linkArticleToFeed('T1', article.id, feeds[2]!, new Date('2026-03-30T05:55:00Z'))).toBe(false);
  });

  it.each([
    ['T1', 'C1', ['ferryB', 'ferryA']],
    ['T1', 'C2', ['ferryC', 'comet']],
    ['T2', 'C1', ['library']],
    ['T1', 'C9', []],
  ])('%s/%s gets the same articles, newest first, either way', async (team, channel, expected) => {
    const batch = batchArticleSource(store);
    await batch.prepare(team, since);
    const one = await channelArticleSource(store)(team, channel, since);
    const many = await batch.source(team, channel, since);
    const names = (list: { url?: string }[]) => list.map((a) => a.url!.split('/')[3]);
    expect(names(one)).toEqual(expected);
    expect(names(many)).toEqual(expected);
  });
});

/**
 * An article listed by two of a channel's feeds, each with its own filter:
 * `/news digest` (and `digest now`) and the scheduled run pick with the same
 * rule, each entry judged by its own feed's filter only.
 */
describe('Digest article sources with filters on two feeds that list the same article', () => {
  let store: NewsStore;
  const feeds = [
    'https://ferries.example/feed',
    'https://council.example/feed',
    'https://other.example/feed',
    'https://all.example/feed',
  ];
  const since = new Date('2026-03-30T05:00:00Z');

  beforeAll(async () => {
    const { client, tableName } = await freshTable();
    store = createStore({ client, tableName });
    // C1: feed 0 keeps only "library", feed 1 keeps only "ferry".
    await store.subscribe('T1', 'C1', feeds[0]!);
    await store.subscribe('T1', 'C1', feeds[1]!);
    expect(await store.setFeedFilter('T1', 'C1', feeds[0]!, { include: ['library'] })).toBeTruthy();
    expect(await store.setFeedFilter('T1', 'C1', feeds[1]!, { include: ['ferry'] })).toBeTruthy();
    // C2: feed 1 keeps only "comet", feed 3 (unfiltered) lists nothing of these.
    await store.subscribe('T1', 'C2', feeds[1]!);
    await store.subscribe('T1', 'C2', feeds[3]!);
    expect(await store.setFeedFilter('T1', 'C2', feeds[1]!, { include: ['comet'] })).toBeTruthy();
    const put = (name: StoryName, feed: number, at: string) =>
      storeStory(store, 'T1', name, {
        feedUrl: feeds[feed]!,
        ingestedAt: new Date(at),
        url: `https://T1.example/${name}/${feed}`,
      });
    // Stored from feed 0 (whose filter drops it), then listed by feed 1 (whose filter keeps it): in C1's digest.
    const ferry = await put('ferryA', 0, '2026-03-30T05:10:00Z');
    expect(await store.linkArticleToFeed('T1', ferry.article.id, feeds[1]!, new Date('2026-03-30T05:15:00Z'))).toBe(
      true,
    );
    // Stored from feed 2 (no channel here follows it), listed by feed 1: C2's filter on feed 1 drops it,
    // and C2's unfiltered feed 3 does not list it, so it is not in C2's digest.
    const library = await put('library', 2, '2026-03-30T05:20:00Z');
    expect(await store.linkArticleToFeed('T1', library.article.id, feeds[1]!, new Date('2026-03-30T05:25:00Z'))).toBe(
      true,
    );
    // Stored from feed 1 about the comet: C1's filter on feed 1 drops it, C2's keeps it.
    await put('comet', 1, '2026-03-30T05:30:00Z');
  });

  it.each([
    ['C1', ['ferryA']],
    ['C2', ['comet']],
  ])('%s: the preview and the scheduled run pick the same articles', async (channel, expected) => {
    const one = await channelArticleSource(store)('T1', channel, since);
    const batch = batchArticleSource(store);
    await batch.prepare('T1', since);
    const many = await batch.source('T1', channel, since);
    const names = (list: { url?: string }[]) => list.map((a) => a.url!.split('/')[3]);
    expect(names(one)).toEqual(expected);
    expect(names(many)).toEqual(expected);
  });
});

async function storyRecord(name: StoryName, url: string) {
  const record = analyze({ text: STORIES[name], url });
  record.url = url;
  return record;
}
