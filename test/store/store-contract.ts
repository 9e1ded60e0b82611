import { randomBytes, randomUUID } from 'node:crypto';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../lambdas/core/article';
import { createDocumentClient, localClientConfig } from '../../lambdas/store/client';
import {
  createStore,
  IngestInProgressError,
  InvalidCursorError,
  type NewsStore,
  type StoreOptions,
} from '../../lambdas/store/index';
import { feedIdFor, keyHash } from '../../lambdas/store/ids';
import {
  articlePartition,
  articleWordsKey,
  digestRunKey,
  feedItemSeenKey,
  handledRequestKey,
  wordPostingKey,
} from '../../lambdas/store/keys';
import { TABLE } from '../../lambdas/store/table';
import { MAX_INDEXED_TERMS } from '../../lambdas/store/search-index';
import { freshTable } from '../helpers/table';
import { makeArticle } from './article-factory';
import { recordRequests, type RequestLog } from './request-log';

/**
 * The store's contract, run against any DynamoDB-compatible server: the
 * suite's dynalite (test/store/store.test.ts) and AWS's DynamoDB Local
 * (test/compat/dynamodb-local.test.ts). `endpoint` is read in beforeAll, so
 * a server started by the caller's own beforeAll is ready by then.
 */
export function storeContract(endpoint: () => string): void {
  let client: DynamoDBDocumentClient;
  let tableName: string;
  let log: RequestLog;
  let store: NewsStore;

  beforeAll(async () => {
    ({ client, tableName } = await freshTable(endpoint()));
    log = recordRequests(client);
    store = createStore({ client, tableName });
  });

  /** A store on the same table with other options (a moved clock, crash hooks). */
  const storeWith = (options: Partial<StoreOptions>) => createStore({ client, tableName, ...options });
  /** A fresh team per test: tests share the table, never data. */
  const newTeam = () => `T${randomBytes(5).toString('hex').toUpperCase()}`;
  const at = (iso: string) => new Date(iso);
  const ingest = (s: NewsStore, teamId: string, record: ArticleRecord, ingestedAt = new Date(), feedUrl?: string) =>
    s.saveArticle(teamId, record, { source: feedUrl ? 'feed' : 'slack', ingestedAt, feedUrl });

  /** Remove an article's word list and its postings of `terms`, as for an article stored before full-text search. */
  async function unindex(teamId: string, articleId: string, ...terms: string[]) {
    const head = await client.send(
      new GetCommand({ TableName: tableName, Key: { PK: articlePartition(teamId, articleId).value, SK: 'A#HEAD' } }),
    );
    const ingestedAt = new Date(String(head.Item?.ingestedAt));
    await client.send(new DeleteCommand({ TableName: tableName, Key: articleWordsKey(teamId, articleId) }));
    for (const term of terms)
      await client.send(
        new DeleteCommand({ TableName: tableName, Key: wordPostingKey(teamId, term, ingestedAt, articleId) }),
      );
  }

  /** Everything an article is findable by, for "nothing visible" and "all visible" checks. */
  async function visibility(s: NewsStore, teamId: string, url: string) {
    return {
      byUrl: await s.findArticleByUrl(teamId, url),
      latest: (await s.latestArticles(teamId)).items.length,
      bySpeaker: (await s.quotesBySpeaker(teamId, 'Kerry')).items.length,
      byPhrase: (await s.quotesByPhrase(teamId, 'climate')).items.length,
      bySearch: (await s.searchArticles(teamId, 'glacier')).items.length,
    };
  }

  const kerryArticle = (url: string) =>
    makeArticle({
      title: 'Glacier talks in Geneva',
      url,
      publishedAt: '2026-11-20T10:00:00Z',
      quotes: [
        { text: 'The climate does not wait for anyone', speaker: 'John Kerry', role: 'Secretary of State' },
        { text: 'We are close to a deal', speaker: 'Laurent Fabius', confidence: 0.5 },
      ],
    });

  describe('Method: saveArticle / getArticle', () => {
    it('round-trips an article exactly and gives it a short typeable id', async () => {
      const teamId = newTeam();
      const record = kerryArticle('https://news.example/geneva');
      const { article, created } = await ingest(store, teamId, record, at('2026-11-21T08:00:00Z'));
      expect(created).toBe(true);
      expect(article.id).toMatch(/^[0-9a-z]{8}$/);
      const read = await store.getArticle(teamId, article.id);
      expect(read).toEqual(article);
      expect(read?.body).toBe(record.body);
      expect(read?.paragraphs).toEqual(record.paragraphs);
      expect(read?.sentences).toEqual(record.sentences);
      expect(read?.quotes).toEqual(record.quotes);
      expect(read?.speakers).toEqual(record.speakers);
      expect(read?.summary).toEqual(record.summary);
      expect(read?.ingestedAt).toBe('2026-11-21T08:00:00.000Z');
      expect(await store.getArticle(teamId, article.id.toUpperCase())).toEqual(article);
      expect(await store.getArticle(teamId, 'zzzzzzzz')).toBeUndefined();
      expect(await store.getArticle(teamId, 'not#an id')).toBeUndefined();
    });

    it('ingests with a claim, a body write and publish writes of 25 items each, bounded however long the article', async () => {
      const teamId = newTeam();
      log.reset();
      await ingest(store, teamId, kerryArticle('https://news.example/three-writes'));
      expect(log.writes()).toEqual([
        'PutItemCommand',
        'BatchWriteItemCommand',
        'BatchWriteItemCommand',
        'BatchWriteItemCommand',
      ]);
      log.reset();
      await ingest(store, teamId, kerryArticle('https://news.example/three-writes#again'));
      expect(log.writes()).toEqual([]);
      // 3,000 distinct words: the postings stop at MAX_INDEXED_TERMS, so the publish takes at most ceil((MAX_INDEXED_TERMS + 8) / 25) requests.
      const vocabulary = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x${(i * 7919).toString(36)}`);
      log.reset();
      await ingest(
        store,
        teamId,
        makeArticle({
          url: 'https://news.example/long',
          title: 'A very long transcript',
          paragraphs: [vocabulary.join(' ')],
        }),
      );
      expect(log.writes().length).toBeLessThanOrEqual(2 + Math.ceil((MAX_INDEXED_TERMS + 8) / 25));
      expect(log.writes().length).toBeGreaterThan(20);
    });

    it('gives the existing article for the same canonical URL (case, fragment, utm_*, trailing slash)', async () => {
      const teamId = newTeam();
      const first = await ingest(store, teamId, kerryArticle('https://news.example/story?id=7'));
      for (const url of [
        'https://NEWS.example/story?id=7#comments',
        'https://news.example/story/?id=7&utm_source=slack&utm_medium=x',
        'http://www.news.example/story?id=7',
      ]) {
        // Same URL, edited body: still the same article.
        const again = await ingest(store, teamId, {
          ...kerryArticle(url),
          body: `${kerryArticle(url).body}\n\nUpdated.`,
        });
        expect(again).toMatchObject({ created: false, article: { id: first.article.id } });
      }
      expect((await store.latestArticles(teamId)).items).toHaveLength(1);
      expect((await store.findArticleByUrl(teamId, 'https://news.example/story/?utm_campaign=z&id=7'))?.id).toBe(
        first.article.id,
      );
      expect((await store.findArticleByUrl(teamId, 'news.example/story?id=7'))?.id).toBe(first.article.id);
      expect(await store.findArticleByUrl(teamId, 'https://news.example/story?id=8')).toBeUndefined();
    });

    it('gives the existing article for the same body under another URL of the same site', async () => {
      const teamId = newTeam();
      const first = await ingest(store, teamId, kerryArticle('https://a.example/geneva'));
      const second = await ingest(store, teamId, kerryArticle('https://www.a.example/syndicated/geneva'));
      expect(second).toMatchObject({
        created: false,
        article: { id: first.article.id, url: 'https://a.example/geneva' },
      });
      expect((await store.latestArticles(teamId)).items).toHaveLength(1);
    });

    it('never lets the same body on another host answer for it (a copy with another title)', async () => {
      const teamId = newTeam();
      const real = await ingest(store, teamId, kerryArticle('https://a.example/geneva'));
      const copy = await ingest(store, teamId, {
        ...kerryArticle('https://copy.example/geneva'),
        title: 'Pay your fee here',
      });
      expect(copy.created).toBe(true);
      expect(copy.article.id).not.toBe(real.article.id);
      expect((await store.findArticleByUrl(teamId, 'https://a.example/geneva'))?.title).toBe(real.article.title);
      expect((await store.latestArticles(teamId)).items).toHaveLength(2);
    });

    it('stores one article when the same article is ingested concurrently', async () => {
      const teamId = newTeam();
      const record = kerryArticle('https://news.example/race');
      const results = await Promise.all(Array.from({ length: 5 }, () => ingest(store, teamId, record)));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.article.id)).size).toBe(1);
      expect((await store.latestArticles(teamId)).items).toHaveLength(1);
      expect((await store.quotesBySpeaker(teamId, 'Kerry')).items).toHaveLength(1);
    });

    it('stores one article when the same body arrives concurrently under two URLs of one site', async () => {
      const teamId = newTeam();
      const results = await Promise.all([
        ingest(store, teamId, kerryArticle('https://a.example/x')),
        ingest(store, teamId, kerryArticle('https://a.example/y')),
      ]);
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(results[0]!.article.id).toBe(results[1]!.article.id);
      expect((await store.latestArticles(teamId)).items).toHaveLength(1);
    });

    it('stores an article without a URL under an id derived from its body', async () => {
      const teamId = newTeam();
      const record = { ...kerryArticle('x'), url: undefined };
      const first = await ingest(store, teamId, record);
      expect(first.created).toBe(true);
      expect(await ingest(store, teamId, record)).toMatchObject({ created: false, article: { id: first.article.id } });
    });

    it('round-trips a 2 MB body byte for byte (compressible and incompressible)', async () => {
      const teamId = newTeam();
      const words = ['climate', 'Genève', 'naïve', 'talks', '“quoted”', 'über', '🙂', 'deal', 'minister', 'said'];
      let prose = '';
      for (let i = 0; prose.length < 2_000_000; i++)
        prose += `${words[(i * 7 + (i >> 3)) % words.length]}${i % 17 === 0 ? '.\n\n' : ' '}`;
      const noise = randomBytes(1_500_000).toString('base64'); // ~2 MB that gzip cannot shrink below the item limit
      for (const [url, body] of [
        ['https://big.example/prose', prose],
        ['https://big.example/noise', noise],
      ] as const) {
        const record = makeArticle({ url, body, title: `Big ${url}` });
        const { article } = await ingest(store, teamId, record);
        const read = await store.getArticle(teamId, article.id);
        expect(read?.body.length).toBe(body.length);
        expect(read?.body === body).toBe(true);
        expect(Buffer.from(read!.body, 'utf8').equals(Buffer.from(body, 'utf8'))).toBe(true);
      }
      // Two ~2 MB ingests, each writing its body and its 2,000 search postings (the noise is all distinct
      // terms): 7–10 s alone on a quiet 2-core machine, so the default 20 s is too close under a full run.
    }, 60_000);
  });

  describe('an article with very many quotes (a transcript)', () => {
    it('round-trips all its quotes and keeps its index items under the item limit', async () => {
      const teamId = newTeam();
      const speakers = ['Anna Berg', 'Bo Lund'];
      const quotes = Array.from({ length: 4000 }, (_, i) => ({
        text: `Statement ${i}: ${'we will keep talking about the harbour '.repeat(12)}`,
        speaker: speakers[i % 2]!,
      }));
      const record = makeArticle({ url: 'https://transcript.example/hearing', title: 'Hearing transcript', quotes });
      expect(record.body.length).toBeGreaterThan(2_000_000);
      const { article } = await ingest(store, teamId, record);
      const read = await store.getArticle(teamId, article.id);
      expect(read?.quotes).toEqual(record.quotes);
      expect(read?.speakers).toEqual(record.speakers);
      expect(read?.body === record.body).toBe(true);
      const listed = (await store.latestArticles(teamId)).items[0]!;
      expect(listed.quotes.length).toBeGreaterThan(0);
      expect(listed.quotes.length).toBeLessThan(record.quotes.length);
      expect((await store.quotesBySpeaker(teamId, 'Berg', { limit: 3 })).items.map((q) => q.text.slice(0, 13))).toEqual(
        ['Statement 0: ', 'Statement 2: ', 'Statement 4: '],
      );
      expect((await store.quotesByPhrase(teamId, 'Statement 10:')).items.map((q) => q.speaker)).toEqual(['Anna Berg']);
    });
  });

  describe('a crash between the writes of an ingest', () => {
    for (const step of ['body', 'publish'] as const) {
      it(`leaves nothing visible when it happens before the ${step} write, and a retry completes it`, async () => {
        const teamId = newTeam();
        const url = `https://crash.example/${step}`;
        const record = kerryArticle(url);
        const crashing = storeWith({
          hooks: {
            beforeIngestWrite: (s) => {
              if (s === step) throw new Error(`simulated crash before ${s}`);
            },
          },
        });
        await expect(ingest(crashing, teamId, record)).rejects.toThrow(/simulated crash/);
        expect(await visibility(store, teamId, url)).toEqual({
          byUrl: undefined,
          latest: 0,
          bySpeaker: 0,
          byPhrase: 0,
          bySearch: 0,
        });
        expect(await store.knownSpeakers(teamId, 'Kerry')).toEqual([]);

        // An immediate retry sees a fresh claim and backs off: it might be another worker still writing.
        await expect(ingest(storeWith({ ingestWaitMs: 0 }), teamId, record)).rejects.toBeInstanceOf(
          IngestInProgressError,
        );

        // A retry once the claim is stale (queue redelivery comes minutes later) completes the article.
        const later = storeWith({ now: () => new Date(Date.now() + 5 * 60_000) });
        const retried = await ingest(later, teamId, record);
        expect(retried.created).toBe(true);
        expect(await visibility(store, teamId, url)).toMatchObject({
          latest: 1,
          bySpeaker: 1,
          byPhrase: 1,
          bySearch: 1,
        });
        expect((await store.getArticle(teamId, retried.article.id))?.body).toBe(record.body);
      });
    }
  });

  describe('a write that fails (throttling, a timeout)', () => {
    it('gives its claim back, so an immediate retry stores the article', async () => {
      const teamId = newTeam();
      const url = 'https://fault.example/publish';
      const record = kerryArticle(url);
      // A client whose publish BatchWrite fails once before reaching the server (a transport fault, not a mock).
      const faulty = createDocumentClient(localClientConfig(endpoint()));
      let batchWrites = 0;
      faulty.middlewareStack.add(
        (next, context) => async (args) => {
          if (context.commandName === 'BatchWriteItemCommand' && ++batchWrites === 2)
            throw new Error('simulated timeout on publish');
          return next(args);
        },
        { step: 'initialize', name: 'faultOnPublish' },
      );
      await expect(ingest(createStore({ client: faulty, tableName }), teamId, record)).rejects.toThrow(
        /simulated timeout/,
      );
      expect(await visibility(store, teamId, url)).toEqual({
        byUrl: undefined,
        latest: 0,
        bySpeaker: 0,
        byPhrase: 0,
        bySearch: 0,
      });
      const retried = await ingest(storeWith({ ingestWaitMs: 0 }), teamId, record);
      expect(retried.created).toBe(true);
      expect(await visibility(store, teamId, url)).toMatchObject({ latest: 1, bySpeaker: 1, byPhrase: 1, bySearch: 1 });
      faulty.destroy();
    });
  });

  describe('Method: deleteArticle', () => {
    it('removes the article, its quotes and its index items', async () => {
      const teamId = newTeam();
      const url = 'https://news.example/delete-me';
      const feed = 'https://feeds.example/delete.xml';
      const { article } = await ingest(store, teamId, kerryArticle(url), new Date(), feed);
      expect((await store.articlesSince(teamId, new Date(0), { feedUrls: [feed] })).map((a) => a.id)).toEqual([
        article.id,
      ]);
      expect(await store.deleteArticle(teamId, article.id)).toBe(true);
      expect(await store.articlesSince(teamId, new Date(0), { feedUrls: [feed] })).toEqual([]);
      expect(await store.articlesSince(teamId, new Date(0))).toEqual([]);
      expect(await store.getArticle(teamId, article.id)).toBeUndefined();
      expect(await visibility(store, teamId, url)).toEqual({
        byUrl: undefined,
        latest: 0,
        bySpeaker: 0,
        byPhrase: 0,
        bySearch: 0,
      });
      const left = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': articlePartition(teamId, article.id).value },
        }),
      );
      expect(left.Items).toEqual([]);
      expect(await store.deleteArticle(teamId, article.id)).toBe(false);
      // The body claim went too: the same body can be stored again.
      expect((await ingest(store, teamId, kerryArticle('https://elsewhere.example/x'))).created).toBe(true);
    });
  });

  describe('Method: latestArticles', () => {
    it('lists newest first, a page at a time, with a cursor only while more remain', async () => {
      const teamId = newTeam();
      for (let i = 0; i < 20; i++) {
        await ingest(
          store,
          teamId,
          makeArticle({
            url: `https://list.example/${i}`,
            title: `Story ${i}`,
            paragraphs: [`Paragraph of story ${i}.`],
          }),
          new Date(Date.UTC(2026, 10, 1, 0, i)),
        );
      }
      const titles: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        log.reset();
        const page = await store.latestArticles(teamId, { limit: 10, cursor });
        expect(log.reads()).toEqual(['QueryCommand']);
        titles.push(...page.items.map((a) => a.title!));
        expect(page.items.every((a) => !('body' in a))).toBe(true);
        cursor = page.cursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(2); // 20 articles, 10 a page: no empty third page
      expect(titles).toEqual(Array.from({ length: 20 }, (_, i) => `Story ${19 - i}`));
    });
  });

  describe('Method: articlesSince', () => {
    it('returns the articles stored since a time, optionally from some feeds, in at most two Queries', async () => {
      const teamId = newTeam();
      const feedA = 'https://feeds.example/a.xml';
      const feedB = 'https://feeds.example/b.xml';
      for (let i = 0; i < 12; i++) {
        await ingest(
          store,
          teamId,
          makeArticle({ url: `https://since.example/${i}`, title: `Since ${i}`, paragraphs: [`Body ${i}.`] }),
          new Date(Date.UTC(2026, 10, 2, i)),
          i % 2 === 0 ? feedA : feedB,
        );
      }
      log.reset();
      const since = await store.articlesSince(teamId, new Date(Date.UTC(2026, 10, 2, 6)));
      expect(log.reads().length).toBeLessThanOrEqual(2);
      expect(since.map((a) => a.title)).toEqual(['Since 11', 'Since 10', 'Since 9', 'Since 8', 'Since 7', 'Since 6']);
      log.reset();
      const fromA = await store.articlesSince(teamId, new Date(Date.UTC(2026, 10, 2, 6)), {
        feedUrls: ['https://FEEDS.example/a.xml'],
      });
      expect(log.reads().length).toBeLessThanOrEqual(2);
      expect(fromA.map((a) => a.title)).toEqual(['Since 10', 'Since 8', 'Since 6']);
      expect(fromA.every((a) => a.feedUrl === feedA && a.source === 'feed')).toBe(true);
      expect(await store.articlesSince(teamId, new Date(Date.UTC(2026, 10, 2, 6)), { limit: 2 })).toHaveLength(2);
    });

    it('finds a rare feed among busy ones in one Query and one BatchGet', async () => {
      const teamId = newTeam();
      const rare = 'https://feeds.example/rare.xml';
      await ingest(
        store,
        teamId,
        makeArticle({ url: 'https://rare.example/1', title: 'Rare one', paragraphs: ['r.'] }),
        new Date(Date.UTC(2026, 10, 4, 0)),
        rare,
      );
      for (let i = 0; i < 12; i++) {
        await ingest(
          store,
          teamId,
          makeArticle({ url: `https://busy.example/${i}`, title: `Busy ${i}`, paragraphs: [`b ${i}`] }),
          new Date(Date.UTC(2026, 10, 4, 1 + i)),
          'https://feeds.example/busy.xml',
        );
      }
      log.reset();
      const found = await store.articlesSince(teamId, new Date(Date.UTC(2026, 10, 4)), { limit: 1, feedUrls: [rare] });
      expect(found.map((a) => a.title)).toEqual(['Rare one']);
      expect(log.reads()).toEqual(['QueryCommand', 'BatchGetItemCommand']);
    });
  });

  describe('Method: searchArticles', () => {
    it('finds a word anywhere in the body, every word required, title hits first, then the newest, in at most three requests', async () => {
      const teamId = newTeam();
      const filler = Array.from(
        { length: 30 },
        (_, i) => `Paragraph ${i} talks about the harbour and the weather at some length.`,
      );
      const docs = [
        { title: 'Harbour news', paragraphs: [...filler, 'Near the end, Lavrov met Snowden in Moscow.'] },
        { title: 'Lavrov visits the harbour', paragraphs: ['The minister came by boat.'] },
        { title: 'Weather report', paragraphs: ['Rain, then Lavrov was mentioned once.', 'Snowden was not.'] },
        { title: 'Markets', paragraphs: ['Nothing about ministers here.'] },
      ];
      for (const [i, d] of docs.entries()) {
        await ingest(
          store,
          teamId,
          makeArticle({ url: `https://full.example/${i}`, ...d }),
          new Date(Date.UTC(2026, 10, 5, i)),
        );
      }
      log.reset();
      const lavrov = await store.searchArticles(teamId, 'lavrov');
      expect(log.reads()).toEqual(['QueryCommand', 'BatchGetItemCommand']);
      // The title hit ranks first though it is not the newest; then newest first.
      expect(lavrov.items.map((a) => a.title)).toEqual(['Lavrov visits the harbour', 'Weather report', 'Harbour news']);
      log.reset();
      expect((await store.searchArticles(teamId, 'Lavrov SNOWDEN')).items.map((a) => a.title)).toEqual([
        'Weather report',
        'Harbour news',
      ]);
      expect(log.reads()).toEqual(['QueryCommand', 'QueryCommand', 'BatchGetItemCommand']);
      log.reset();
      expect((await store.searchArticles(teamId, 'lavrov snowden moscow')).items.map((a) => a.title)).toEqual([
        'Harbour news',
      ]);
      expect(log.reads().length).toBeLessThanOrEqual(3);
      expect((await store.searchArticles(teamId, 'lavrov snowden moscow boat')).items).toEqual([]);
      expect((await store.searchArticles(teamId, 'the of and')).items).toEqual([]);
    });

    it('finds a word far into a long article: its 1,500th distinct word', async () => {
      const teamId = newTeam();
      // Invented words, each its own term: "qa0zu", "qa1zu", ... (no stop word, no stemmed ending).
      const words = Array.from({ length: 1500 }, (_, i) => `qa${i.toString(36)}zu`);
      await ingest(
        store,
        teamId,
        makeArticle({ url: 'https://long.example/1', title: 'A long hearing', paragraphs: [words.join(' ')] }),
      );
      const titles = async (query: string) => (await store.searchArticles(teamId, query)).items.map((a) => a.title);
      expect(await titles(words[0]!)).toEqual(['A long hearing']);
      expect(await titles(words[1499]!)).toEqual(['A long hearing']);
      expect(await titles(`${words[3]} ${words[1200]} ${words[1499]}`)).toEqual(['A long hearing']);
    });

    it('finds numbers of two digits or more, compounds run together, and plurals of -ing and -ie words', async () => {
      const teamId = newTeam();
      const paragraphs = [
        "The Kestrel 737 first flew in 1912 with 3,000 rivets, Dr O'Varne wrote in an e-mail about Zorbid-19.",
        'Later meetings of the hi-tech cookies club showed old movies about it.',
      ];
      await ingest(store, teamId, makeArticle({ url: 'https://numbers.example/1', title: 'Hangar notes', paragraphs }));
      await ingest(
        store,
        teamId,
        makeArticle({ url: 'https://numbers.example/2', title: 'Other notes', paragraphs: ['Nothing 73 here but 7.'] }),
      );
      const titles = async (query: string) => (await store.searchArticles(teamId, query)).items.map((a) => a.title);
      for (const query of ['737', '1912', 'kestrel 737', '3000', '3,000', 'email', 'e-mail', 'ovarne', "o'varne"])
        expect(await titles(query), query).toEqual(['Hangar notes']);
      for (const query of ['zorbid19', 'zorbid-19', 'zorbid 19', 'meeting', 'hi-tech', 'hitech', 'cookie', 'movie'])
        expect(await titles(query), query).toEqual(['Hangar notes']);
      expect(await titles('73')).toEqual(['Other notes']);
      expect(await titles('kestrel 738')).toEqual([]);
    });

    it('finds a compound typed either way it is written: "e-mail" finds "email" as "email" finds "e-mail"', async () => {
      const teamId = newTeam();
      const docs = [
        { title: 'Hangar notes', paragraphs: ['The Kestrel crew sent an email about the Zorbid19 outbreak.'] },
        { title: 'Depot notes', paragraphs: ['The Kestrel depot sent an e-mail about the Zorbid-19 outbreak.'] },
        { title: 'Older notes', paragraphs: ['Quillet wrote an e-mail.'] },
      ];
      for (const [i, d] of docs.entries())
        await ingest(
          store,
          teamId,
          makeArticle({ url: `https://compound.example/${i}`, ...d }),
          at(`2026-11-0${i + 1}`),
        );
      // As indexed before compounds were also indexed run together: by "mail" alone, in its postings and word list.
      const older = (await store.searchArticles(teamId, 'quillet')).items[0]!;
      const words = await client.send(new GetCommand({ TableName: tableName, Key: articleWordsKey(teamId, older.id) }));
      await unindex(teamId, older.id, 'email');
      const { v: _version, ...olderWords } = words.Item!;
      const terms = (olderWords.terms as string[]).filter((t) => t !== 'email');
      await client.send(new PutCommand({ TableName: tableName, Item: { ...olderWords, terms } }));
      const titles = async (query: string) => (await store.searchArticles(teamId, query)).items.map((a) => a.title);
      for (const query of ['e-mail', 'E-Mail'])
        expect(await titles(query), query).toEqual(['Older notes', 'Depot notes', 'Hangar notes']);
      // Typed run together, a word of the older article is found only once it is indexed again (reindex:search).
      expect(await titles('email')).toEqual(['Depot notes', 'Hangar notes']);
      for (const query of ['zorbid19', 'zorbid-19', 'kestrel e-mail', 'kestrel zorbid-19 outbreak'])
        expect(await titles(query), query).toEqual(['Depot notes', 'Hangar notes']);
      // All of the words typed, any form of each: the older article lacks "kestrel".
      expect(await titles('e-mail quillet')).toEqual(['Older notes']);
      expect(await titles('e-mail zorbid-19 quillet')).toEqual([]);
      log.reset();
      await store.searchArticles(teamId, 'e-mail');
      expect(log.reads().length).toBeLessThanOrEqual(3);
      log.reset();
      await store.searchArticles(teamId, 'kestrel zorbid-19 e-mail');
      expect(log.reads().length).toBeLessThanOrEqual(3);
    });

    it('finds figures as written: decimals with their unit, scores, dates, seasons, a number with a short unit', async () => {
      const teamId = newTeam();
      const paragraphs = [
        'Varga won 6-3 6–4 at the £3.5bn arena, open 24/7 since 9/11, in the 2023/24 season, for a £5m fee; 2.5% up.',
      ];
      await ingest(store, teamId, makeArticle({ url: 'https://figures.example/1', title: 'Match report', paragraphs }));
      await ingest(
        store,
        teamId,
        makeArticle({
          url: 'https://figures.example/2',
          title: 'Other figures',
          paragraphs: ['Page 11 of 24 in 2023: 3 and 5 and 6, 9 and 7, 35bn and 25.'],
        }),
      );
      const titles = async (query: string) => (await store.searchArticles(teamId, query)).items.map((a) => a.title);
      for (const query of ['6-3', '6-4', '3.5bn', '£3.5bn', '24/7', '9/11', '2023/24', '2023-24', '5m', '£5m', '2.5%'])
        expect(await titles(query), query).toEqual(['Match report']);
      for (const query of ['varga 6-3', 'varga 9/11 5m']) expect(await titles(query), query).toEqual(['Match report']);
      expect(await titles('3-6')).toEqual([]);
    });

    it('indexes again, when it is touched, an article indexed by older rules, dropping postings they no longer make', async () => {
      const teamId = newTeam();
      const record = makeArticle({
        url: 'https://rules.example/1',
        title: 'Dock story',
        paragraphs: ['The dock opened in 1932.'],
      });
      const { article } = await ingest(store, teamId, record);
      // As indexed by the older rules: no "1932" posting, a term they made and these rules do not, no version.
      await unindex(teamId, article.id, '1932');
      const ingestedAt = new Date(article.ingestedAt);
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...articleWordsKey(teamId, article.id),
            kind: 'article-words',
            ingestedAt: article.ingestedAt,
            terms: ['dock', 'opend', 'story'],
          },
        }),
      );
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...wordPostingKey(teamId, 'opend', ingestedAt, article.id), kind: 'posting' },
        }),
      );
      const titles = async (query: string) => (await store.searchArticles(teamId, query)).items.map((a) => a.title);
      expect(await titles('dock 1932')).toEqual([]);
      expect(await titles('opend')).toEqual(['Dock story']);

      await ingest(store, teamId, record);
      expect(await titles('dock 1932')).toEqual(['Dock story']);
      expect(await titles('opend')).toEqual([]);
      // Now at the current rules: neither a touch nor reindexSearch writes it again.
      log.reset();
      await ingest(store, teamId, record);
      expect(log.writes()).toEqual([]);
      expect(await store.reindexSearch(teamId)).toEqual({ reindexed: 0 });
    });

    it('finds acronyms written in capitals, dotted or not, whatever case the search is typed in', async () => {
      const teamId = newTeam();
      const docs = [
        { title: 'Ferry talks', paragraphs: ['EU ministers met the U.S. envoy about the AI rules for ferries.'] },
        { title: 'Harbour gossip', paragraphs: ['Tell us about it: the eu-ro coin is of no use to us or to it.'] },
      ];
      for (const [i, d] of docs.entries()) {
        await ingest(store, teamId, makeArticle({ url: `https://acronym.example/${i}`, ...d }));
      }
      const titles = async (words: string) => (await store.searchArticles(teamId, words)).items.map((a) => a.title);
      expect(await titles('EU')).toEqual(['Ferry talks']);
      expect(await titles('eu ferries')).toEqual(['Ferry talks']);
      expect(await titles('US envoy')).toEqual(['Ferry talks']);
      expect(await titles('U.S.')).toEqual(['Ferry talks']);
      expect(await titles('ai')).toEqual(['Ferry talks']);
      // Typed in lower case, "us" is still the acronym: the pronoun in the other article is not indexed.
      expect(await titles('us')).toEqual(['Ferry talks']);
      // A lower-case stop word stays one.
      expect(await titles('it')).toEqual([]);
    });

    it('finds a word of a Chinese or Japanese article, written without spaces', async () => {
      const teamId = newTeam();
      const docs = [
        { title: '港口新闻', paragraphs: ['北京大学的学生参观了新的渡轮码头。'] },
        { title: '天気', paragraphs: ['東京では明日も雨が降るでしょう。'] },
      ];
      for (const [i, d] of docs.entries()) {
        await ingest(store, teamId, makeArticle({ url: `https://cjk.example/${i}`, ...d }));
      }
      const titles = async (words: string) => (await store.searchArticles(teamId, words)).items.map((a) => a.title);
      expect(await titles('北京大学')).toEqual(['港口新闻']);
      expect(await titles('码头')).toEqual(['港口新闻']);
      expect(await titles('東京')).toEqual(['天気']);
      expect(await titles('北京 東京')).toEqual([]);
    });

    it('pages through more matches than one page, without repeats, ending with no cursor', async () => {
      const teamId = newTeam();
      for (let i = 0; i < 7; i++) {
        await ingest(
          store,
          teamId,
          makeArticle({
            url: `https://pages.example/${i}`,
            title: `Story ${i}`,
            paragraphs: [`The ferry sails at ${i}.`],
          }),
          new Date(Date.UTC(2026, 10, 6, i)),
        );
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.searchArticles(teamId, 'ferry', { limit: 3, cursor });
        seen.push(...page.items.map((a) => a.title!));
        cursor = page.cursor;
        pages++;
      } while (cursor && pages < 10);
      expect(seen).toEqual(['Story 6', 'Story 5', 'Story 4', 'Story 3', 'Story 2', 'Story 1', 'Story 0']);
      expect(cursor).toBeUndefined();
      await expect(
        store.searchArticles(teamId, 'harbour', {
          cursor: (await store.searchArticles(teamId, 'ferry', { limit: 1 })).cursor,
        }),
      ).rejects.toThrow(InvalidCursorError);
    });

    it('forgets a deleted article, and indexes an older article (no word list) when it is stored again or re-indexed', async () => {
      const teamId = newTeam();
      const { article } = await ingest(
        store,
        teamId,
        makeArticle({ url: 'https://old.example/1', title: 'Old story', paragraphs: ['Deep in the text: zeppelin.'] }),
      );
      const other = await ingest(
        store,
        teamId,
        makeArticle({ url: 'https://old.example/2', title: 'Older story', paragraphs: ['Also a zeppelin here.'] }),
      );
      expect((await store.searchArticles(teamId, 'zeppelin')).items).toHaveLength(2);
      expect(await store.deleteArticle(teamId, other.article.id)).toBe(true);
      expect((await store.searchArticles(teamId, 'zeppelin')).items.map((a) => a.id)).toEqual([article.id]);

      // As stored before full-text search: no word list and no postings.
      await unindex(teamId, article.id, 'zeppelin');
      expect((await store.searchArticles(teamId, 'zeppelin')).items).toEqual([]);
      await ingest(
        store,
        teamId,
        makeArticle({ url: 'https://old.example/1', title: 'Old story', paragraphs: ['Deep in the text: zeppelin.'] }),
      );
      expect((await store.searchArticles(teamId, 'zeppelin')).items.map((a) => a.id)).toEqual([article.id]);

      await unindex(teamId, article.id, 'zeppelin');
      expect(await store.reindexSearch(teamId)).toEqual({ reindexed: 1 });
      expect((await store.searchArticles(teamId, 'zeppelin deep')).items.map((a) => a.id)).toEqual([article.id]);
    });

    it('finds articles by stemmed title words, all words required, newest first, paginated, in at most three requests', async () => {
      const teamId = newTeam();
      const titles = [
        'Elections in Kenya delayed',
        'Kenya election results',
        'Voting closes in Ghana',
        'Kenyan tea exports grow',
      ];
      for (const [i, title] of titles.entries()) {
        await ingest(
          store,
          teamId,
          makeArticle({ url: `https://search.example/${i}`, title, paragraphs: [`${title}. More text.`] }),
          new Date(Date.UTC(2026, 10, 3, i)),
        );
      }
      log.reset();
      const kenya = await store.searchArticles(teamId, 'Kenya election');
      expect(log.reads().length).toBeLessThanOrEqual(3);
      expect(kenya.items.map((a) => a.title)).toEqual(['Kenya election results', 'Elections in Kenya delayed']);
      expect((await store.searchArticles(teamId, 'VOTING')).items.map((a) => a.title)).toEqual([
        'Voting closes in Ghana',
      ]);
      expect((await store.searchArticles(teamId, 'the of')).items).toEqual([]);
      const first = await store.searchArticles(teamId, 'kenya', { limit: 1 });
      expect(first.items.map((a) => a.title)).toEqual(['Kenya election results']);
      const second = await store.searchArticles(teamId, 'kenya', { limit: 1, cursor: first.cursor });
      expect(second.items.map((a) => a.title)).toEqual(['Elections in Kenya delayed']);
    });
  });

  describe('Method: quotesBySpeaker', () => {
    it('finds a speaker under any alias, newest first, in one Query', async () => {
      const teamId = newTeam();
      const dates = ['2026-10-01T00:00:00Z', '2026-10-03T00:00:00Z', '2026-10-02T00:00:00Z'];
      for (const [i, publishedAt] of dates.entries()) {
        await ingest(
          store,
          teamId,
          makeArticle({
            url: `https://q.example/${i}`,
            title: `Kerry ${i}`,
            publishedAt,
            paragraphs: [`Text ${i}.`],
            quotes: [{ text: `Quote number ${i}`, speaker: 'John Kerry' }],
          }),
        );
      }
      await ingest(
        store,
        teamId,
        makeArticle({
          url: 'https://q.example/jane',
          title: 'Jane',
          publishedAt: '2026-10-04T00:00:00Z',
          paragraphs: ['Other.'],
          quotes: [{ text: 'I am another Kerry', speaker: 'Jane Kerry' }],
        }),
      );
      for (const alias of ['John Kerry', 'Secretary of State John Kerry', 'John F. Kerry']) {
        log.reset();
        const page = await store.quotesBySpeaker(teamId, alias);
        expect(log.reads()).toEqual(['QueryCommand']);
        expect(page.items.map((q) => q.text)).toEqual(['Quote number 1', 'Quote number 2', 'Quote number 0']);
        expect(page.items[0]).toMatchObject({
          speaker: 'John Kerry',
          articleTitle: 'Kerry 1',
          articleUrl: 'https://q.example/1',
          date: '2026-10-03T00:00:00.000Z',
          partial: false,
        });
      }
      // A publication date in the future (bad metadata) does not pin an article on top.
      await ingest(
        store,
        teamId,
        makeArticle({
          url: 'https://q.example/future',
          title: 'Future',
          publishedAt: '2099-01-01T00:00:00Z',
          paragraphs: ['F.'],
          quotes: [{ text: 'From the future', speaker: 'John Kerry' }],
        }),
        new Date('2026-09-01T00:00:00Z'),
      );
      expect((await store.quotesBySpeaker(teamId, 'John Kerry')).items.map((q) => q.text).at(-1)).toBe(
        'From the future',
      );
      // A bare surname takes everyone under it.
      expect((await store.quotesBySpeaker(teamId, 'kerry')).items.map((q) => q.speaker)).toEqual([
        'Jane Kerry',
        'John Kerry',
        'John Kerry',
        'John Kerry',
        'John Kerry',
      ]);
      expect((await store.quotesBySpeaker(teamId, 'Nobody Atall')).items).toEqual([]);
    });

    it('pages through quotes, also in the middle of an article with several', async () => {
      const teamId = newTeam();
      for (let i = 0; i < 3; i++) {
        await ingest(
          store,
          teamId,
          makeArticle({
            url: `https://pages.example/${i}`,
            title: `Article ${i}`,
            publishedAt: `2026-09-0${i + 1}T00:00:00Z`,
            paragraphs: [`Text ${i}.`],
            quotes: [
              { text: `A${i} first`, speaker: 'Angela Merkel' },
              { text: `A${i} second`, speaker: 'Angela Merkel' },
              { text: `A${i} other`, speaker: 'Olaf Scholz' },
            ],
          }),
        );
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.quotesBySpeaker(teamId, 'Merkel', { limit: 4, cursor });
        expect(page.items.length).toBeLessThanOrEqual(4);
        seen.push(...page.items.map((q) => q.text));
        cursor = page.cursor;
      } while (cursor);
      expect(seen).toEqual(['A2 first', 'A2 second', 'A1 first', 'A1 second', 'A0 first', 'A0 second']);
      const three: string[] = [];
      cursor = undefined;
      do {
        const page = await store.quotesBySpeaker(teamId, 'Merkel', { limit: 3, cursor });
        three.push(...page.items.map((q) => q.text));
        cursor = page.cursor;
      } while (cursor);
      expect(three).toEqual(seen);
    });
  });

  describe('Method: quotesByPhrase', () => {
    it('finds quotes containing a phrase, case- and quote-mark-insensitive, within the last days', async () => {
      const teamId = newTeam();
      const now = new Date();
      await ingest(
        store,
        teamId,
        makeArticle({
          url: 'https://p.example/new',
          title: 'New',
          paragraphs: ['x.'],
          quotes: [
            { text: 'We won’t give up on the Deal', speaker: 'Ann Linde' },
            { text: 'Nothing here', speaker: 'Ann Linde' },
          ],
        }),
        now,
      );
      await ingest(
        store,
        teamId,
        makeArticle({
          url: 'https://p.example/old',
          title: 'Old',
          paragraphs: ['y.'],
          quotes: [{ text: "we won't give up on the deal either", speaker: null }],
        }),
        new Date(now.getTime() - 40 * 86_400_000),
      );
      log.reset();
      const recent = await store.quotesByPhrase(teamId, "WON'T give up");
      expect(log.reads()).toEqual(['QueryCommand']);
      expect(recent.items.map((q) => q.text)).toEqual(['We won’t give up on the Deal']);
      const wider = await store.quotesByPhrase(teamId, '"won’t give up"', { days: 60 });
      expect(wider.items.map((q) => [q.text, q.speaker])).toEqual([
        ['We won’t give up on the Deal', 'Ann Linde'],
        ["we won't give up on the deal either", null],
      ]);
      const one = await store.quotesByPhrase(teamId, 'give up', { days: 60, limit: 1 });
      expect(one.items).toHaveLength(1);
      const next = await store.quotesByPhrase(teamId, 'give up', { days: 60, limit: 1, cursor: one.cursor });
      expect(next.items.map((q) => q.articleTitle)).toEqual(['Old']);
    });
  });

  describe('Method: quotesByRole', () => {
    it('finds attributed quotes whose speaker role holds the words, whole words only, in one Query', async () => {
      const teamId = newTeam();
      await ingest(
        store,
        teamId,
        makeArticle({
          url: 'https://r.example/1',
          title: 'Roles',
          paragraphs: ['x.'],
          quotes: [
            { text: 'The budget is balanced', speaker: 'Ana Pereira', role: 'Finance Minister' },
            { text: 'Forms must be filed', speaker: 'Jo Kim', role: 'the council administrator' },
            { text: 'We will appeal', speaker: 'Li Wei', role: 'vice-president of the union' },
            { text: 'Nothing to add', speaker: null, role: 'minister' },
          ],
        }),
        new Date(),
      );
      log.reset();
      const ministers = await store.quotesByRole(teamId, 'minister');
      expect(log.reads()).toEqual(['QueryCommand']);
      expect(ministers.items.map((q) => [q.speaker, q.speakerRole])).toEqual([['Ana Pereira', 'Finance Minister']]);
      expect((await store.quotesByRole(teamId, 'vice president')).items.map((q) => q.speaker)).toEqual(['Li Wei']);
      expect((await store.quotesByRole(teamId, 'bishop')).items).toEqual([]);
    });
  });

  describe('Method: knownSpeakers', () => {
    it('suggests names close to a misspelt query', async () => {
      const teamId = newTeam();
      await ingest(store, teamId, kerryArticle('https://k.example/1'));
      expect(await store.knownSpeakers(teamId, 'Kery')).toEqual(['John Kerry']);
      expect(await store.knownSpeakers(teamId, 'fabios')).toEqual(['Laurent Fabius']);
      expect(await store.knownSpeakers(teamId, 'Zzyzx')).toEqual([]);
    });

    it('suggests a person asked for by the given name alone, spelt right or nearly', async () => {
      const teamId = newTeam();
      await ingest(store, teamId, kerryArticle('https://k.example/1'));
      expect(await store.knownSpeakers(teamId, 'laurent')).toEqual(['Laurent Fabius']);
      expect(await store.knownSpeakers(teamId, 'Laurant')).toEqual(['Laurent Fabius']);
      expect(await store.knownSpeakers(teamId, 'John')).toEqual(['John Kerry']);
    });
  });

  describe('page cursors', () => {
    it('rejects a forged cursor with a clear error', async () => {
      const teamId = newTeam();
      for (const cursor of [
        'not a cursor!',
        Buffer.from('{"k":1}').toString('base64url'),
        Buffer.from('[]').toString('base64url'),
        'AAAA',
      ]) {
        await expect(store.latestArticles(teamId, { cursor })).rejects.toBeInstanceOf(InvalidCursorError);
      }
    });

    it("rejects another team's cursor instead of reading its partition", async () => {
      const teamA = newTeam();
      for (let i = 0; i < 2; i++)
        await ingest(
          store,
          teamA,
          makeArticle({ url: `https://c.example/${i}`, title: `C ${i}`, paragraphs: [`c ${i}`] }),
        );
      const page = await store.latestArticles(teamA, { limit: 1 });
      expect(page.cursor).toBeDefined();
      await expect(store.latestArticles(newTeam(), { cursor: page.cursor })).rejects.toBeInstanceOf(InvalidCursorError);
      await expect(store.quotesBySpeaker(teamA, 'Kerry', { cursor: page.cursor })).rejects.toBeInstanceOf(
        InvalidCursorError,
      );
    });
  });

  describe('tenancy', () => {
    it("keeps one team's articles, quotes, subscriptions and handled ids from another", async () => {
      const teamA = newTeam();
      const teamB = newTeam();
      const url = 'https://tenancy.example/a';
      const { article } = await ingest(store, teamA, kerryArticle(url));
      await store.subscribe(teamA, 'C1', 'https://feeds.example/tenancy.xml');
      expect(await store.markHandled(teamA, 'req-1', 60)).toBe(true);

      expect(await store.getArticle(teamB, article.id)).toBeUndefined();
      expect(await visibility(store, teamB, url)).toEqual({
        byUrl: undefined,
        latest: 0,
        bySpeaker: 0,
        byPhrase: 0,
        bySearch: 0,
      });
      expect(await store.knownSpeakers(teamB, 'Kerry')).toEqual([]);
      expect(await store.articlesSince(teamB, new Date(0))).toEqual([]);
      expect(await store.channelFeeds(teamB, 'C1')).toEqual([]);
      expect(await store.deleteArticle(teamB, article.id)).toBe(false);
      expect(await store.markHandled(teamB, 'req-1', 60)).toBe(true);
      // The same article saved by team B is B's own copy.
      const copy = await ingest(store, teamB, kerryArticle(url));
      expect(copy.created).toBe(true);
      expect(copy.article.id).not.toBe(article.id);
      expect(await store.getArticle(teamA, article.id)).toBeDefined();
    });
  });

  describe('subscriptions and feeds', () => {
    it('subscribes a channel once, lists its feeds in order, and unsubscribes', async () => {
      const teamId = newTeam();
      const feeds = [
        'https://feeds.example/one.xml',
        'https://feeds.example/two.xml',
        'https://feeds.example/three.xml',
      ];
      let clock = Date.parse('2026-11-01T00:00:00Z');
      const s = storeWith({ now: () => new Date((clock += 1000)) });
      for (const feed of feeds)
        expect(await s.subscribe(teamId, 'C9', feed, { title: feed.slice(22) })).toEqual({ created: true });
      expect(await s.subscribe(teamId, 'C9', 'https://FEEDS.example/two.xml')).toEqual({ created: false });
      expect((await s.channelFeeds(teamId, 'C9')).map((f) => f.feedUrl)).toEqual(feeds);
      expect((await s.channelFeeds(teamId, 'C9'))[0]).toMatchObject({ teamId, channelId: 'C9', title: 'one.xml' });
      expect(await s.unsubscribe(teamId, 'C9', feeds[1]!)).toBe(true);
      expect(await s.unsubscribe(teamId, 'C9', feeds[1]!)).toBe(false);
      expect((await s.channelFeeds(teamId, 'C9')).map((f) => f.feedUrl)).toEqual([feeds[0], feeds[2]]);
    });

    it('keeps a channel’s filter on its subscription: set, replaced, cleared, seen by its followers, refused when not followed', async () => {
      const teamId = newTeam();
      const feed = `https://feeds.example/${randomUUID()}.xml`;
      const s = storeWith({});
      await s.subscribe(teamId, 'C1', feed);
      await s.subscribe(teamId, 'C2', feed);
      expect(await s.setFeedFilter(teamId, 'C1', feed, { include: ['ferry', 'vote'] })).toBe(true);
      expect(await s.setFeedFilter(teamId, 'C1', feed, { include: ['ferry'], exclude: ['sport'] })).toBe(true);
      expect((await s.channelFeeds(teamId, 'C1'))[0]?.filter).toEqual({ include: ['ferry'], exclude: ['sport'] });
      expect((await s.channelFeeds(teamId, 'C2'))[0]?.filter).toBeUndefined();
      const followers = (await s.feedSubscribers(feed)).sort((a, b) => a.channelId.localeCompare(b.channelId));
      expect(followers).toEqual([
        { teamId, channelId: 'C1', filter: { include: ['ferry'], exclude: ['sport'] } },
        { teamId, channelId: 'C2' },
      ]);
      expect(await s.setFeedFilter(teamId, 'C1', feed, undefined)).toBe(true);
      expect((await s.channelFeeds(teamId, 'C1'))[0]).not.toHaveProperty('filter');
      expect(await s.setFeedFilter(teamId, 'C3', feed, { include: ['ferry'] })).toBe(false);
      expect(await s.channelFeeds(teamId, 'C3')).toEqual([]);
    });

    it('polls a feed once for every channel that follows it, through the due index', async () => {
      const feed = `https://feeds.example/${randomUUID()}.xml`;
      const t0 = new Date('2030-01-01T00:00:00Z');
      const s = storeWith({ now: () => t0 });
      const teamA = newTeam();
      const teamB = newTeam();
      await s.subscribe(teamA, 'C1', feed);
      await s.subscribe(teamA, 'C2', feed);
      await s.subscribe(teamB, 'C1', feed);
      expect(
        (await s.feedSubscribers(feed)).sort((a, b) => (a.teamId + a.channelId).localeCompare(b.teamId + b.channelId)),
      ).toEqual(
        [
          { teamId: teamA, channelId: 'C1' },
          { teamId: teamA, channelId: 'C2' },
          { teamId: teamB, channelId: 'C1' },
        ].sort((a, b) => (a.teamId + a.channelId).localeCompare(b.teamId + b.channelId)),
      );
      const dueNow = (await s.dueFeeds(t0, 1000)).filter((f) => f.feedUrl === feed);
      expect(dueNow).toHaveLength(1);
      expect(dueNow[0]).toMatchObject({ feedUrl: feed, failures: 0, notifiedFailure: false });

      const next = new Date(t0.getTime() + 15 * 60_000);
      await s.updateFeed(feed, {
        etag: '"v1"',
        lastModified: 'Tue, 01 Jan 2030 00:00:00 GMT',
        nextPollAt: next,
        failures: 2,
        lastError: 'HTTP 503',
        title: 'Feed',
      });
      expect((await s.dueFeeds(t0, 1000)).some((f) => f.feedUrl === feed)).toBe(false);
      expect((await s.dueFeeds(next, 1000)).some((f) => f.feedUrl === feed)).toBe(true);
      expect(await s.getFeed(feed)).toMatchObject({
        etag: '"v1"',
        failures: 2,
        lastError: 'HTTP 503',
        title: 'Feed',
        nextPollAt: next.toISOString(),
      });
      await s.updateFeed(feed, { nextPollAt: next, failures: 0, lastError: undefined });
      expect((await s.getFeed(feed))?.lastError).toBeUndefined();

      // The last follower gone, the feed leaves the due index and a poll's update does not put it back.
      await s.unsubscribe(teamA, 'C1', feed);
      await s.unsubscribe(teamA, 'C2', feed);
      expect((await s.dueFeeds(next, 1000)).some((f) => f.feedUrl === feed)).toBe(true);
      await s.unsubscribe(teamB, 'C1', feed);
      expect((await s.dueFeeds(next, 1000)).some((f) => f.feedUrl === feed)).toBe(false);
      await s.updateFeed(feed, { nextPollAt: next });
      expect((await s.dueFeeds(next, 1000)).some((f) => f.feedUrl === feed)).toBe(false);
      await s.subscribe(teamB, 'C1', feed);
      expect((await s.dueFeeds(next, 1000)).some((f) => f.feedUrl === feed)).toBe(true);
    });

    it('remembers a feed item as seen once, with a TTL', async () => {
      const feed = `https://feeds.example/${randomUUID()}.xml`;
      expect(await store.markFeedItemSeen(feed, 'guid-1')).toBe(true);
      expect(await store.markFeedItemSeen(feed, 'guid-1')).toBe(false);
      expect(await store.markFeedItemSeen(feed, 'guid-2')).toBe(true);
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: feedItemSeenKey(feedIdFor(feed), keyHash('guid-1', 26)) }),
      );
      expect(Item?.[TABLE.ttlAttribute]).toBeGreaterThan(Date.now() / 1000 + 30 * 86_400);
    });

    it('forgets a seen item, so it is new again (its job could not be queued)', async () => {
      const feed = `https://feeds.example/${randomUUID()}.xml`;
      expect(await store.markFeedItemSeen(feed, 'guid-1')).toBe(true);
      await store.forgetFeedItemSeen(feed, 'guid-1');
      await store.forgetFeedItemSeen(feed, 'never-seen');
      expect(await store.markFeedItemSeen(feed, 'guid-1')).toBe(true);
      expect(await store.markFeedItemSeen(feed, 'guid-1')).toBe(false);
    });
  });

  describe('digests', () => {
    const daily = { kind: 'daily' as const, time: '08:00', tz: 'Europe/Paris' };

    it('schedules, finds due channels through the due index, pauses and clears', async () => {
      const teamId = newTeam();
      const due = new Date('2031-03-01T07:00:00Z');
      await store.setDigestSchedule(teamId, 'C1', daily, due);
      expect(await store.getDigestSettings(teamId, 'C1')).toEqual({
        teamId,
        channelId: 'C1',
        schedule: daily,
        nextDueAt: due.toISOString(),
        paused: false,
      });
      const mine = async (now: Date) => (await store.dueDigests(now, 1000)).filter((d) => d.teamId === teamId);
      expect(await mine(new Date(due.getTime() - 1))).toEqual([]);
      expect((await mine(due)).map((d) => d.channelId)).toEqual(['C1']);
      await store.pauseDigest(teamId, 'C1', 'channel_not_found');
      expect(await mine(due)).toEqual([]);
      expect(await store.getDigestSettings(teamId, 'C1')).toMatchObject({
        paused: true,
        pauseReason: 'channel_not_found',
      });
      await store.setDigestSchedule(teamId, 'C1', daily, due);
      expect((await mine(due)).map((d) => d.channelId)).toEqual(['C1']);
      await store.setDigestSchedule(teamId, 'C1', null, null);
      expect(await mine(due)).toEqual([]);
      expect(await store.getDigestSettings(teamId, 'C1')).toMatchObject({ schedule: null, paused: false });
      expect(await store.getDigestSettings(teamId, 'C2')).toBeUndefined();
    });

    it('posts a period at most once: claim, in progress (however old), released, sent', async () => {
      const teamId = newTeam();
      const now = new Date('2031-03-01T07:00:00Z');
      await store.setDigestSchedule(teamId, 'C1', daily, now);
      expect(await store.claimDigest(teamId, 'C1', '2031-03-01', now)).toBe('claimed');
      expect(await store.claimDigest(teamId, 'C1', '2031-03-01', new Date(now.getTime() + 60_000))).toBe('in-progress');
      // A claim is never taken over by age: the run that holds it may have posted.
      expect(await store.claimDigest(teamId, 'C1', '2031-03-01', new Date(now.getTime() + 60 * 60_000))).toBe(
        'in-progress',
      );
      // Slack refused every attempt: the claim is given back, and a later run claims the period.
      await store.releaseDigestClaim(teamId, 'C1', '2031-03-01');
      expect(await store.claimDigest(teamId, 'C1', '2031-03-01', new Date(now.getTime() + 11 * 60_000))).toBe(
        'claimed',
      );
      const sentAt = new Date(now.getTime() + 12 * 60_000);
      const nextDueAt = new Date('2031-03-02T07:00:00Z');
      await store.markDigestSent(teamId, 'C1', '2031-03-01', { ts: '1700000000.000100', sentAt, nextDueAt });
      expect(await store.claimDigest(teamId, 'C1', '2031-03-01', new Date(now.getTime() + 60 * 60_000))).toBe(
        'already-sent',
      );
      expect(await store.getDigestSettings(teamId, 'C1')).toMatchObject({
        lastSentAt: sentAt.toISOString(),
        lastSentPeriod: '2031-03-01',
        nextDueAt: nextDueAt.toISOString(),
      });
      expect((await store.dueDigests(now, 1000)).some((d) => d.teamId === teamId)).toBe(false);
      expect((await store.dueDigests(nextDueAt, 1000)).some((d) => d.teamId === teamId)).toBe(true);
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: digestRunKey(teamId, 'C1', '2031-03-01') }),
      );
      expect(Item?.[TABLE.ttlAttribute]).toBeGreaterThan(now.getTime() / 1000);
    });

    it('keeps a channel paused during a run off the due index', async () => {
      const teamId = newTeam();
      const now = new Date('2031-03-01T07:00:00Z');
      await store.setDigestSchedule(teamId, 'C1', daily, now);
      expect(await store.claimDigest(teamId, 'C1', 'p1', now)).toBe('claimed');
      await store.pauseDigest(teamId, 'C1', 'is_archived');
      await store.markDigestSent(teamId, 'C1', 'p1', { sentAt: now, nextDueAt: new Date('2031-03-02T07:00:00Z') });
      expect((await store.dueDigests(new Date('2031-04-01T00:00:00Z'), 1000)).some((d) => d.teamId === teamId)).toBe(
        false,
      );
      expect(await store.getDigestSettings(teamId, 'C1')).toMatchObject({
        paused: true,
        lastSentAt: now.toISOString(),
      });
    });
  });

  describe('Method: markHandled', () => {
    it('is true the first time, false for a repeat, and sets the TTL attribute', async () => {
      const teamId = newTeam();
      const results = await Promise.all([
        store.markHandled(teamId, 'trigger-1', 600),
        store.markHandled(teamId, 'trigger-1', 600),
      ]);
      expect(results.sort()).toEqual([false, true]);
      expect(await store.markHandled(teamId, 'trigger-1', 600)).toBe(false);
      expect(await store.markHandled(teamId, 'trigger-2', 600)).toBe(true);
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: handledRequestKey(teamId, keyHash('trigger-1', 26)) }),
      );
      const ttl = Item?.[TABLE.ttlAttribute] as number;
      expect(ttl).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 590);
      expect(ttl).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 601);
    });

    it('treats an expired id that DynamoDB has not deleted yet as new', async () => {
      const teamId = newTeam();
      expect(await store.markHandled(teamId, 'old', 60)).toBe(true);
      const later = storeWith({ now: () => new Date(Date.now() + 120_000) });
      expect(await later.markHandled(teamId, 'old', 60)).toBe(true);
    });
  });

  describe('Methods: isHandled, releaseHandled', () => {
    it('reads a mark without writing one, and a released mark can be taken again', async () => {
      const teamId = newTeam();
      expect(await store.isHandled(teamId, 'job-1')).toBe(false);
      expect(await store.isHandled(teamId, 'job-1')).toBe(false);
      expect(await store.markHandled(teamId, 'job-1', 600)).toBe(true);
      expect(await store.isHandled(teamId, 'job-1')).toBe(true);
      expect(await store.isHandled(newTeam(), 'job-1')).toBe(false);
      await store.releaseHandled(teamId, 'job-1');
      expect(await store.isHandled(teamId, 'job-1')).toBe(false);
      expect(await store.markHandled(teamId, 'job-1', 600)).toBe(true);
    });

    it('does not count an expired mark as handled', async () => {
      const teamId = newTeam();
      expect(await store.markHandled(teamId, 'job-2', 60)).toBe(true);
      expect(await storeWith({ now: () => new Date(Date.now() + 120_000) }).isHandled(teamId, 'job-2')).toBe(false);
    });
  });
}
