/**
 * `npm run bench:digest`: feeds and digests at scale, on dynalite and loopback servers.
 *
 * 1,000 channels (one team) each follow 5 of 200 feeds; each feed serves 20
 * new items from a loopback HTTP server. Measured:
 *   1. the first poll of all 200 feeds (real HTTP GETs through the safe
 *      fetcher, real parsing, dedupe writes, one job per new item);
 *   2. the second poll (conditional GETs, all answered 304);
 *   3. the scheduled digest run for the 1,000 channels (due at once), posting
 *      to a loopback Slack API.
 * Between 1 and 3 the 4,000 queued items are ingested as SYNTHETIC article
 * records saved directly with `store.saveArticle` (not by fetching 4,000
 * pages through the worker): the worker's page fetch and pipeline are
 * measured elsewhere (bench:core), and here they would only add time that is
 * not the poller's or the digest's.
 *
 * DynamoDB requests are counted by a middleware on the document client (one
 * per `send`, i.e. per request the SDK makes before retries). Stories repeat
 * across feeds (about 400 events told by ~10 feeds each) so digests group.
 *
 * Options: --channels 1000 --feeds 200 --items 20 --follows 5
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { runDueDigests } from '../../lambdas/app/digest/run-due-digests';
import { nextDueAfter, type DigestSchedule } from '../../lambdas/app/digest/schedule';
import { pollDueFeeds } from '../../lambdas/app/feeds/poll-due-feeds';
import type { Job } from '../../lambdas/app/jobs';
import { createLogger } from '../../lambdas/config/logger';
import type { ArticleRecord } from '../../lambdas/core/article';
import { layoutBody } from '../../lambdas/core/sentences';
import { fetchFeed } from '../../lambdas/fetch/feed/fetch-feed';
import { ensureTable } from '../../lambdas/local/dynamodb';
import { createSlackPoster } from '../../lambdas/slack/poster';
import { createDocumentClient, localClientConfig } from '../../lambdas/store/client';
import { createStore } from '../../lambdas/store/index';
import { startDynaliteThread } from './dynalite-thread';
import { slackViews } from '../../lambdas/slack/views/slack-views';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.NEWSBOT_ALLOW_LOOPBACK = '1'; // the feeds are on 127.0.0.1; nothing else is reachable

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}
const CHANNELS = argument('channels', 1000);
const FEEDS = argument('feeds', 200);
const ITEMS = argument('items', 20);
const FOLLOWS = Math.min(argument('follows', 5), FEEDS);
const EVENTS = Math.max(1, Math.round((FEEDS * ITEMS) / 10));
const TEAM = 'TBENCH';
const SCHEDULE: DigestSchedule = { kind: 'daily', time: '08:00', tz: 'Europe/Berlin' };

// ---------------------------------------------------------------- synthetic news

const PLACES =
  'Aberdeen Bergen Cardiff Dover Esbjerg Faro Galway Hull Inverness Kiel Lisbon Malmo Nantes Oslo Porto Quimper Riga Sligo Tallinn Umea Vigo Wick York Zadar Arhus Brest Cork Derry Exeter Fife'.split(
    ' ',
  );
const SUBJECTS =
  'ferry port bridge harbour council hospital school library railway airport museum stadium market factory reservoir'.split(
    ' ',
  );
const ACTIONS: [string, string][] = [
  ['closes', 'closure'],
  ['reopens', 'reopening'],
  ['expands', 'expansion'],
  ['strike halts', 'strike'],
  ['fire damages', 'fire'],
  ['flood hits', 'flooding'],
  ['budget cut hits', 'cuts'],
  ['sale agreed for', 'sale'],
];

interface NewsEvent {
  place: string;
  subject: string;
  action: [string, string];
  number: number;
  speaker: string;
}

function eventOf(e: number): NewsEvent {
  return {
    place: PLACES[e % PLACES.length]!,
    subject: SUBJECTS[Math.floor(e / PLACES.length) % SUBJECTS.length]!,
    action: ACTIONS[Math.floor(e / (PLACES.length * SUBJECTS.length)) % ACTIONS.length]!,
    number: 100 + ((e * 37) % 900),
    speaker: `${['Anna', 'Ben', 'Clara', 'David', 'Elena', 'Farid'][e % 6]} ${['Moreau', 'Nowak', 'Olsen', 'Perez', 'Quinn'][e % 5]}`,
  };
}

/** Which event feed f's item i tells: deterministic, so every feed repeats some events others carry. */
function eventFor(f: number, i: number): number {
  return (f * 7919 + i * 104729) % EVENTS;
}

/** Two outlets tell one event in different words, sharing its place, subject and number. */
function headline(ev: NewsEvent, variant: number): string {
  const Place = ev.place;
  return variant % 2 === 0
    ? `${Place} ${ev.subject} ${ev.action[0]} after ${ev.number} complaints`
    : `${ev.action[1][0]!.toUpperCase()}${ev.action[1].slice(1)} at ${Place} ${ev.subject}: ${ev.number} residents affected`;
}

function lead(ev: NewsEvent, variant: number): string {
  return variant % 2 === 0
    ? `Officials in ${ev.place} confirmed the ${ev.action[1]} of the ${ev.subject} on Monday, saying ${ev.number} people had raised concerns.`
    : `The ${ev.subject} in ${ev.place} faces ${ev.action[1]} this week; ${ev.number} residents are affected, the council said.`;
}

function feedXml(origin: string, f: number): string {
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const ev = eventOf(eventFor(f, i));
    return `<item><guid isPermaLink="false">f${f}-i${i}</guid><title>${headline(ev, f + i)}</title><link>${origin}/story/f${f}/i${i}</link><pubDate>Mon, 30 Mar 2026 04:${String(i).padStart(2, '0')}:00 GMT</pubDate><description>${lead(ev, f + i)}</description></item>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Feed ${f}</title><link>${origin}/site/${f}</link>\n${items}\n</channel></rss>`;
}

/** The record the pipeline would make of the story page: built directly (see the header). */
function syntheticRecord(url: string, f: number, i: number): ArticleRecord {
  const ev = eventOf(eventFor(f, i));
  const title = headline(ev, f + i);
  const quote = `We will keep everyone informed about the ${ev.action[1]} as the work goes on`;
  const paragraphs = [
    lead(ev, f + i),
    `“${quote},” said ${ev.speaker}, who speaks for the ${ev.subject}.`,
    `Local groups said the ${ev.action[1]} in ${ev.place} was expected. A meeting is planned for next week, and a report will follow in the spring.`,
    // Each outlet writes its own copy: the store recognises identical bodies as one article.
    `Reported by Outlet ${f} (item ${i}).`,
  ];
  const body = layoutBody(paragraphs);
  const quoteStart = body.body.indexOf(quote);
  return {
    ...body,
    title,
    url,
    site: `Outlet ${f}`,
    publishedAt: `2026-03-30T04:${String(i).padStart(2, '0')}:00.000Z`,
    summary: {
      headline: title,
      sentences: body.sentences.slice(0, 2).map(({ start, end, text }) => ({ start, end, text })),
      tldr: paragraphs[0]!,
    },
    quotes: [
      {
        start: quoteStart,
        end: quoteStart + quote.length,
        text: quote,
        speaker: ev.speaker,
        partial: false,
        paragraph: 1,
      },
    ],
    speakers: [
      { name: ev.speaker, key: ev.speaker.split(' ')[1]!.toLowerCase(), aliases: [ev.speaker], kind: 'person' },
    ],
  };
}

// ---------------------------------------------------------------- loopback servers

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function startFeedServer() {
  const bodies = new Map<string, { xml: string; etag: string }>();
  let requests = 0;
  let notModified = 0;
  const server = createServer((req, res) => {
    requests++;
    const feed = bodies.get(req.url ?? '');
    if (!feed) return void res.writeHead(404).end();
    if (req.headers['if-none-match'] === feed.etag) {
      notModified++;
      return void res.writeHead(304, { etag: feed.etag }).end();
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: feed.etag }).end(feed.xml);
  });
  const origin = await listen(server);
  for (let f = 0; f < FEEDS; f++) bodies.set(`/feeds/${f}.xml`, { xml: feedXml(origin, f), etag: `"feed-${f}-v1"` });
  return {
    origin,
    stats: () => ({ requests, notModified }),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function startSlack() {
  let posts = 0;
  let ts = 1_700_000_000;
  const texts: string[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      posts++;
      texts.push(String((JSON.parse(raw) as { text?: string }).text ?? ''));
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: true, ts: `${++ts}.000100` }));
    });
  });
  const origin = await listen(server);
  return {
    apiUrl: `${origin}/api/`,
    posts: () => posts,
    texts,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

// ---------------------------------------------------------------- measuring

const counts = new Map<string, number>();
function countRequests(): number {
  return [...counts.values()].reduce((a, b) => a + b, 0);
}
function snapshot(): Map<string, number> {
  return new Map(counts);
}
function delta(before: Map<string, number>): string {
  return [...counts]
    .map(([name, n]) => [name.replace(/Command$/, ''), n - (before.get(name) ?? 0)] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
}
const fmt = (n: number, digits = 2) => n.toFixed(digits);

async function main() {
  const dynamo = await startDynaliteThread();
  const feeds = await startFeedServer();
  const slack = await startSlack();
  const tableName = 'newsbot-bench-digest';
  await ensureTable(dynamo.endpoint, tableName);
  const client = createDocumentClient(localClientConfig(dynamo.endpoint));
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = (context as { commandName?: string }).commandName ?? 'unknown';
      counts.set(name, (counts.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'benchRequestCounter' },
  );
  let now = new Date('2026-03-30T04:30:00Z');
  const clock = () => new Date(now);
  const store = createStore({ client, tableName, now: clock });
  const log = createLogger('warn');
  const jobs: Job[] = [];

  console.log(
    `bench:digest — ${CHANNELS} channels, each following ${FOLLOWS} of ${FEEDS} feeds; ${ITEMS} new items per feed; ${EVENTS} distinct events`,
  );
  console.log('setup: dynalite (worker thread), loopback feed server and loopback Slack API on 127.0.0.1');

  // Setup (not measured): subscriptions and schedules.
  let t = performance.now();
  const feedUrl = (f: number) => `${feeds.origin}/feeds/${f}.xml`;
  const followed = (c: number) => Array.from({ length: FOLLOWS }, (_, k) => (c * 7 + k * 41) % FEEDS);
  const queue: Array<() => Promise<unknown>> = [];
  for (let c = 0; c < CHANNELS; c++) {
    const channelId = `C${String(c).padStart(5, '0')}`;
    for (const f of new Set(followed(c)))
      queue.push(() => store.subscribe(TEAM, channelId, feedUrl(f), { title: `Feed ${f}` }));
    queue.push(() => store.setDigestSchedule(TEAM, channelId, SCHEDULE, nextDueAfter(SCHEDULE, now)));
  }
  await runAll(queue, 16);
  console.log(`setup: ${queue.length} subscribe/schedule calls in ${fmt((performance.now() - t) / 1000, 1)} s`);

  const feedDeps = {
    store,
    jobs: { enqueue: async (job: Job) => void jobs.push(job) },
    fetchFeed: (url: string, conditional?: { etag?: string; lastModified?: string; timeoutMs?: number }) =>
      fetchFeed(url, conditional),
    slack: createSlackPoster({ token: 'xoxb-bench', apiUrl: slack.apiUrl }),
    views: slackViews,
    clock,
    log,
  };

  // 1. First poll.
  let before = snapshot();
  let requests = countRequests();
  t = performance.now();
  const first = await pollDueFeeds(feedDeps, { maxFeeds: FEEDS * 2 });
  let ms = performance.now() - t;
  console.log(
    `poll 1 (all new): ${first.polled} feeds in ${fmt(ms, 0)} ms = ${fmt(ms / first.polled)} ms per feed; ` +
      `${first.queued} jobs queued; DynamoDB ${fmt((countRequests() - requests) / first.polled, 1)} requests per feed (${delta(before)})`,
  );

  // Ingest (not measured as part of poll or digest): synthetic records for the queued jobs.
  now = new Date('2026-03-30T04:40:00Z');
  t = performance.now();
  const ingest = jobs.map((job) => async () => {
    if (job.kind !== 'ingest-feed-item') return;
    const [, f, i] = /\/story\/f(\d+)\/i(\d+)$/.exec(job.url)!.map(Number) as [number, number, number];
    await store.saveArticle(job.teamId, syntheticRecord(job.url, f, i), {
      source: 'feed',
      ingestedAt: clock(),
      feedUrl: job.feedUrl,
    });
  });
  await runAll(ingest, 16);
  console.log(
    `ingest: ${ingest.length} synthetic article records saved directly in ${fmt((performance.now() - t) / 1000, 1)} s (pages not fetched; see header)`,
  );

  // 2. Second poll, 15 minutes later: conditional GETs.
  now = new Date('2026-03-30T04:46:00Z');
  jobs.length = 0;
  before = snapshot();
  requests = countRequests();
  t = performance.now();
  const second = await pollDueFeeds(feedDeps, { maxFeeds: FEEDS * 2 });
  ms = performance.now() - t;
  console.log(
    `poll 2 (conditional): ${second.polled} feeds in ${fmt(ms, 0)} ms = ${fmt(ms / Math.max(1, second.polled))} ms per feed; ` +
      `${second.byStatus['not-modified']} answered 304, ${second.queued} jobs queued; DynamoDB ${fmt((countRequests() - requests) / Math.max(1, second.polled), 1)} requests per feed (${delta(before)})`,
  );

  // 3. The digest run at 08:00 Berlin.
  now = new Date('2026-03-30T06:00:00Z');
  const digestDeps = {
    store,
    slack: createSlackPoster({ token: 'xoxb-bench', apiUrl: slack.apiUrl }),
    views: slackViews,
    clock,
    log,
    sleep: async () => {},
  };
  before = snapshot();
  requests = countRequests();
  const postsBefore = slack.posts();
  t = performance.now();
  const run = await runDueDigests(digestDeps, { limit: 1000 });
  ms = performance.now() - t;
  const digestRequests = countRequests() - requests;
  const channels = run.due;
  console.log(
    `digest run: ${channels} channels due, ${JSON.stringify(run.byStatus)}, ${slack.posts() - postsBefore} posts, in ${fmt(ms, 0)} ms = ${fmt(ms / channels)} ms per channel digest`,
  );
  console.log(
    `digest DynamoDB requests: ${digestRequests} total = ${fmt(digestRequests / channels)} per channel digest (target ≤ 3) (${delta(before)})`,
  );

  // What the digests held: "N stories from M articles" is in each message's text.
  const held = slack.texts
    .map((text) => /(\d+) stor(?:y|ies) from (\d+) articles?/.exec(text))
    .filter((m) => m !== null);
  const stories = held.reduce((sum, m) => sum + Number(m[1]), 0);
  const articles = held.reduce((sum, m) => sum + Number(m[2]), 0);
  console.log(
    `digests held on average ${fmt(articles / held.length, 1)} articles grouped into ${fmt(stories / held.length, 1)} stories`,
  );

  // What a digest looked like, for the record.
  const sample = await store.getDigestSettings(TEAM, 'C00000');
  console.log(`sample channel C00000: lastSentAt ${sample?.lastSentAt}, nextDueAt ${sample?.nextDueAt}`);

  await slack.close();
  await feeds.close();
  client.destroy();
  await dynamo.close();
}

async function runAll(tasks: Array<() => Promise<unknown>>, concurrency: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < tasks.length) await tasks[next++]!();
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
