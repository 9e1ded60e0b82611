/**
 * `npm run bench:store`: the store's access patterns measured on dynalite.
 *
 * Loads 1,000 articles of realistic size (~600-word bodies from a word list,
 * ~5 quotes each; in bulk, the very items `saveArticle` writes: bulk-load.ts),
 * measures every pattern, loads up to 10,000 and measures again; prints per call the requests made, the items
 * read, the capacity consumed and p50/p99 latency, side by side. Then the
 * monthly on-demand cost of a stated workload from the measured capacity.
 *
 * Capacity: dynalite answers ReturnConsumedCapacity: TOTAL for every call,
 * sizing items as DynamoDB does (reads: 4 KB units, halved when eventually
 * consistent; writes: 1 KB units), but counts writes on the table only.
 * DynamoDB also charges a write on every GSI an item is projected into, so
 * the "WRU (+GSI)" column adds, for each item put, one write per index key it
 * carries, sized from the item by DynamoDB's rules (computed here, said so).
 *
 * Then the search index at scale (store-search.ts): short articles of
 * Zipf-distributed words bulk-loaded to 1,000 and 100,000 in a table of their
 * own, the same searches and ingests measured at each size.
 *
 * Options: --articles 10000 (final size), --calls 100 (calls per pattern),
 * --search-articles 100000, --search-only (only the search at scale).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ArticleRecord, Paragraph, Quote, Sentence, Speaker } from '../../lambdas/core/article';
import { channelArticleSource } from '../../lambdas/app/digest/digest-articles';
import { speakerKey } from '../../lambdas/core/quotes/speaker-key';
import { ensureTable } from '../../lambdas/local/dynamodb';
import { createDocumentClient, localClientConfig } from '../../lambdas/store/client';
import { createStore, type NewsStore } from '../../lambdas/store/index';
import { articleBatch, pipelined } from './bulk-load';
import { type DynaliteThread, startDynaliteThread } from './dynalite-thread';
import { searchAtScale } from './store-search';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
const FINAL_ARTICLES = argument('articles', 10_000);
const FIRST_ARTICLES = Math.min(1_000, FINAL_ARTICLES);
const CALLS = argument('calls', 100);
const SEARCH_ARTICLES = argument('search-articles', 100_000);
/** Only the search at scale (--search-only): skips the patterns at 1,000 and 10,000. */
const SEARCH_ONLY = process.argv.includes('--search-only');

// ---- Deterministic article generator -------------------------------------

let seed = 42;
function random(): number {
  // mulberry32: reproducible runs
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
/** Zipf-like: low indexes far more often, as a few people are quoted far more than most. */
const pickSkewed = <T>(list: readonly T[]): T => list[Math.floor(list.length * random() ** 2.5)]!;

const WORDS = (
  'government minister election vote council budget economy market energy climate policy report health school water city ' +
  'police court judge law company bank price rate growth trade deal talks summit border security army war peace leader party ' +
  'president parliament campaign tax spending debt inflation jobs workers strike union farmers food crops rain storm flood fire ' +
  'heat drought coast river bridge road rail airport flight train station port ship oil gas power grid solar wind nuclear coal ' +
  'hospital doctor nurse patient vaccine virus study science research university student teacher museum art music film festival ' +
  'football match team coach player season record final league cup village region province state nation capital district mayor ' +
  'official spokesman agency office plan project contract funding investment profit loss share investor technology software data ' +
  'internet phone network privacy court ruling appeal trial evidence witness prison sentence protest crowd march rally meeting ' +
  'agreement treaty sanctions exports imports tariff currency reform pension housing rent homes construction transport traffic ' +
  'accident crash rescue emergency aid refugees migrants asylum population census survey poll results winner opposition coalition ' +
  'cabinet resignation scandal inquiry investigation corruption fraud audit committee hearing testimony statement announcement ' +
  'and the of to in on for with by from at as that which after before during while said would could will has have was were is are ' +
  'new first last next early late major small large local national international public private senior former several many few'
).split(' ');
const TITLE_WORDS = WORDS.slice(0, 170);
const FIRST_NAMES =
  'John Mary Ahmed Li Olga Carlos Amina Peter Sofia Kenji Fatima David Elena Samuel Grace Omar Ingrid Pablo Aisha Tom Nadia Victor Chen Lucia Hassan Marta Ivan Zara Felix Ruth'.split(
    ' ',
  );
const SURNAMES = (
  'Kerry Smith Okafor Nakamura Silva Petrov Haddad Johansson Garcia Mensah Kowalski Rossi Nguyen Dubois Schmidt Patel Ortega Novak ' +
  'Andersen Costa Murphy Yilmaz Khan Moreau Fischer Lopez Banda Tanaka Ivanova Brown Herrera Sato Okonkwo Lindqvist Romero Weber ' +
  'Adeyemi Kim Park Santos Muller Bianchi Hoffmann Kariuki Mwangi Ferreira Jensen Popescu Horvat Nielsen'
).split(' ');
const SPEAKERS = SURNAMES.flatMap((surname, i) =>
  [0, 7, 13].map((k) => `${FIRST_NAMES[(i + k) % FIRST_NAMES.length]} ${surname}`),
);
const ROLES = [
  'the minister',
  'a spokesman',
  'the mayor',
  'the chief executive',
  'an analyst',
  'the judge',
  'a senior official',
];
const FEEDS = Array.from({ length: 20 }, (_, i) => `https://feeds.bench.example/${i}.xml`);

function sentenceOf(length: number): string {
  const words = Array.from({ length }, () => pick(WORDS));
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function generateArticle(n: number, publishedAt: Date): ArticleRecord {
  const titleWords = Array.from({ length: 6 + Math.floor(random() * 5) }, () => pick(TITLE_WORDS));
  const title = titleWords.join(' ').replace(/^./, (c) => c.toUpperCase());
  const speakersHere = Array.from(new Set([pickSkewed(SPEAKERS), pickSkewed(SPEAKERS), pickSkewed(SPEAKERS)]));
  const paragraphTexts: string[] = [];
  const quotePlan: { paragraph: number; text: string; speaker: string; role: string }[] = [];
  let words = 0;
  const quoteCount = 4 + Math.floor(random() * 3); // 4–6, about 5
  while (words < 600 || quotePlan.length < quoteCount) {
    if (quotePlan.length < quoteCount && paragraphTexts.length % 2 === 1) {
      const text = sentenceOf(12 + Math.floor(random() * 14)).slice(0, -1);
      const speaker = pick(speakersHere);
      const role = pick(ROLES);
      quotePlan.push({ paragraph: paragraphTexts.length, text, speaker, role });
      paragraphTexts.push(`“${text},” said ${speaker}, ${role}.`);
      words += text.split(' ').length + 4;
    } else {
      const sentences = Array.from({ length: 3 + Math.floor(random() * 3) }, () =>
        sentenceOf(12 + Math.floor(random() * 12)),
      );
      paragraphTexts.push(sentences.join(' '));
      words += sentences.join(' ').split(' ').length;
    }
  }
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const quotes: Quote[] = [];
  let offset = 0;
  paragraphTexts.forEach((text, p) => {
    paragraphs.push({ text, start: offset, end: offset + text.length });
    let local = 0;
    for (const s of text.split(/(?<=\.) /)) {
      const start = offset + text.indexOf(s, local);
      sentences.push({ text: s, start, end: start + s.length, paragraph: p });
      local = start - offset + s.length;
    }
    const q = quotePlan.find((x) => x.paragraph === p);
    if (q)
      quotes.push({
        text: q.text,
        start: offset + 1,
        end: offset + 1 + q.text.length,
        speaker: q.speaker,
        speakerRole: q.role,
        partial: false,
        paragraph: p,
      });
    offset += text.length + 2;
  });
  const speakers: Speaker[] = speakersHere
    .filter((name) => quotes.some((q) => q.speaker === name))
    .map((name) => ({
      name,
      key: speakerKey(name, 'person'),
      aliases: [name, name.split(' ')[1]!],
      kind: 'person' as const,
    }));
  const lead = sentences.slice(0, 3).map(({ text, start, end }) => ({ text, start, end }));
  return {
    title,
    byline: `By ${pick(SPEAKERS)}`,
    publishedAt: publishedAt.toISOString(),
    site: `news${n % 7}.bench.example`,
    url: `https://news${n % 7}.bench.example/${publishedAt.toISOString().slice(0, 10)}/story-${n}`,
    language: 'en',
    body: paragraphTexts.join('\n\n'),
    paragraphs,
    sentences,
    summary: { headline: title, sentences: lead, tldr: lead[0]?.text ?? '' },
    quotes,
    speakers,
  };
}

// ---- Measurement ----------------------------------------------------------

interface CallStats {
  reads: number;
  queries: number;
  writes: number;
  itemsRead: number;
  rcu: number;
  wcuReported: number;
  wcuWithIndexes: number;
  ms: number;
}

/** The document client's commands reach the client's middleware stack under the low-level names. */
const WRITE_COMMANDS = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand']);
let current: CallStats | undefined;

function newStats(): CallStats {
  return { reads: 0, queries: 0, writes: 0, itemsRead: 0, rcu: 0, wcuReported: 0, wcuWithIndexes: 0, ms: 0 };
}

/** DynamoDB's item size: attribute names plus values (strings and binaries by length, numbers ~ digits/2 + 1, 3 bytes + 1 per element for lists and maps). */
function valueSize(value: unknown): number {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8');
  if (typeof value === 'number') return Math.ceil(String(Math.abs(value)).replace(/^0\.|\./, '').length / 2) + 1;
  if (value instanceof Uint8Array) return value.byteLength;
  if (Array.isArray(value)) return 3 + value.reduce((n: number, v) => n + 1 + valueSize(v), 0);
  if (typeof value === 'object')
    return (
      3 +
      Object.entries(value).reduce(
        (n, [k, v]) => (v === undefined ? n : n + 1 + Buffer.byteLength(k) + valueSize(v)),
        0,
      )
    );
  return 0;
}
function itemSize(item: Record<string, unknown>): number {
  return Object.entries(item).reduce((n, [k, v]) => (v === undefined ? n : n + Buffer.byteLength(k) + valueSize(v)), 0);
}
/** Write units of putting an item: 1 per KB on the table, and again on each GSI whose key it carries (projection ALL). */
function putUnits(item: Record<string, unknown>): number {
  const units = Math.ceil(itemSize(item) / 1024);
  const indexes = ['GSI1PK', 'GSI2PK'].filter((k) => item[k] !== undefined).length;
  return units * (1 + indexes);
}

const bytesStored = { items: 0, bytes: 0 };

function capacityOf(output: Record<string, unknown>): number {
  const c = output.ConsumedCapacity as { CapacityUnits?: number } | { CapacityUnits?: number }[] | undefined;
  if (!c) return 0;
  return (Array.isArray(c) ? c : [c]).reduce((n, x) => n + (x.CapacityUnits ?? 0), 0);
}

function instrument(client: ReturnType<typeof createDocumentClient>) {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const s = current;
      const name = String(context.commandName);
      const input = args.input as Record<string, any>;
      const isWrite = WRITE_COMMANDS.has(name);
      // Counted before sending: a conditional write that loses was still a request, and DynamoDB charges for it.
      if (s) {
        if (isWrite) {
          s.writes++;
          let computed = 0;
          if (name === 'PutItemCommand') computed = putUnits(input.Item);
          if (name === 'BatchWriteItemCommand') {
            const requests = Object.values(input.RequestItems as Record<string, any[]>).flat();
            computed = requests.reduce((n, r) => n + (r.PutRequest ? putUnits(r.PutRequest.Item) : 1), 0);
            for (const r of requests) {
              if (!r.PutRequest) continue;
              bytesStored.items++;
              bytesStored.bytes +=
                itemSize(r.PutRequest.Item) *
                (1 + ['GSI1PK', 'GSI2PK'].filter((k) => r.PutRequest.Item[k] !== undefined).length);
            }
          }
          s.wcuWithIndexes += computed;
        } else {
          s.reads++;
          if (name === 'QueryCommand') s.queries++;
        }
      }
      const result = await next(args);
      if (s) {
        const output = result.output as Record<string, any>;
        const capacity = capacityOf(output);
        if (isWrite) {
          s.wcuReported += capacity;
          // Updates and deletes: as reported (table only); a GSI key they move is not added.
          if (name === 'UpdateItemCommand' || name === 'DeleteItemCommand') s.wcuWithIndexes += capacity;
        } else {
          s.rcu += capacity;
          if (name === 'QueryCommand') s.itemsRead += output.ScannedCount ?? output.Count ?? 0;
          else if (name === 'GetItemCommand') s.itemsRead += output.Item ? 1 : 0;
          else if (name === 'BatchGetItemCommand')
            s.itemsRead += Object.values((output.Responses ?? {}) as Record<string, unknown[]>).flat().length;
        }
      }
      return result;
    },
    { step: 'initialize', name: 'benchMeter' },
  );
}

async function measure(call: () => Promise<unknown>): Promise<CallStats> {
  const stats = newStats();
  current = stats;
  const t0 = performance.now();
  try {
    await call();
  } finally {
    stats.ms = performance.now() - t0;
    current = undefined;
  }
  return stats;
}

interface Summary {
  reads: number;
  maxQueries: number;
  writes: number;
  itemsRead: number;
  rcu: number;
  wcuReported: number;
  wcuWithIndexes: number;
  maxRequests: number;
  p50: number;
  p99: number;
}

function summarize(samples: CallStats[]): Summary {
  const mean = (f: (s: CallStats) => number) => samples.reduce((n, s) => n + f(s), 0) / samples.length;
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const q = (p: number) => ms[Math.min(ms.length - 1, Math.ceil(p * ms.length) - 1)]!;
  return {
    reads: mean((s) => s.reads),
    maxQueries: Math.max(...samples.map((s) => s.queries)),
    writes: mean((s) => s.writes),
    itemsRead: mean((s) => s.itemsRead),
    rcu: mean((s) => s.rcu),
    wcuReported: mean((s) => s.wcuReported),
    wcuWithIndexes: mean((s) => s.wcuWithIndexes),
    maxRequests: Math.max(...samples.map((s) => s.reads + s.writes)),
    p50: q(0.5),
    p99: q(0.99),
  };
}

// ---- The run --------------------------------------------------------------

const TEAM = 'TBENCH';
const CHANNEL = 'CBENCH';
const DAY_MS = 86_400_000;

interface Loaded {
  ids: string[];
  urls: string[];
  records: ArticleRecord[];
}

/**
 * Articles arrive at PER_DAY a day on one timeline: article n is stored
 * n / PER_DAY days after `base`, so the table at any size holds the same
 * recent days and "the last 24 hours" means the same at 1,000 and 10,000.
 */
const PER_DAY = 1_000;
const storedAt = (base: number, n: number) => base + (n / PER_DAY) * DAY_MS;

/** Loads articles up to `target` in bulk (the items saveArticle writes, bulk-load.ts), 100 articles a batch. */
async function load(
  dynamo: DynaliteThread,
  tableName: string,
  loaded: Loaded,
  target: number,
  base: number,
): Promise<{ reached: number; ms: number }> {
  const started = performance.now();
  function* batches() {
    for (let from = loaded.ids.length; from < target; from += 100) {
      const end = Math.min(target, from + 100);
      yield () => {
        const articles = [];
        for (let n = from; n < end; n++) {
          const ingestedAt = new Date(storedAt(base, n));
          const record = generateArticle(n, new Date(ingestedAt.getTime() - random() * 6 * 3_600_000));
          const feedUrl = n % 5 === 0 ? undefined : FEEDS[n % FEEDS.length];
          articles.push({
            record,
            meta: { source: feedUrl ? ('feed' as const) : ('slack' as const), ingestedAt, feedUrl },
          });
          loaded.urls[n] = record.url!;
          loaded.records[n] = record;
        }
        const { items, ids } = articleBatch(TEAM, articles);
        ids.forEach((id, k) => {
          loaded.ids[from + k] = id;
        });
        return items;
      };
    }
  }
  await pipelined(dynamo, tableName, batches());
  return { reached: loaded.ids.filter(Boolean).length, ms: performance.now() - started };
}

type Pattern = { name: string; slash?: boolean; run: (i: number) => Promise<unknown> };

/** Across both sizes, so the second measurement ingests new articles and marks new ids, not repeats. */
let fresh = 0;
let handled = 0;

function patterns(store: NewsStore, loaded: Loaded, now: number): Pattern[] {
  const ids = () => loaded.ids.filter(Boolean);
  const any = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const quoteSample = () => any(any(loaded.records.filter(Boolean)).quotes);
  return [
    {
      name: 'ingest new article (saveArticle)',
      run: async () => {
        const n = 1_000_000 + fresh++;
        await store.saveArticle(TEAM, generateArticle(n, new Date(now)), {
          source: 'slack',
          ingestedAt: new Date(now),
        });
      },
    },
    {
      name: 'ingest same URL again (idempotent)',
      run: async () =>
        store.saveArticle(TEAM, loaded.records[Math.floor(random() * loaded.records.length)]!, {
          source: 'slack',
          ingestedAt: new Date(now),
        }),
    },
    { name: '/news summary <id> (getArticle)', slash: true, run: async () => store.getArticle(TEAM, any(ids())) },
    {
      name: '/news summary <url> (findArticleByUrl)',
      slash: true,
      run: async () => store.findArticleByUrl(TEAM, any(loaded.urls.filter(Boolean))),
    },
    { name: '/news latest (10)', slash: true, run: async () => store.latestArticles(TEAM, { limit: 10 }) },
    {
      name: '/news latest, page 2',
      slash: true,
      run: async () => {
        const first = await store.latestArticles(TEAM, { limit: 10 });
        current!.reads = 0; // measure the second page only
        current!.rcu = 0;
        current!.itemsRead = 0;
        return store.latestArticles(TEAM, { limit: 10, cursor: first.cursor });
      },
    },
    {
      name: '/news search <word>',
      slash: true,
      run: async () => store.searchArticles(TEAM, any(TITLE_WORDS.slice(0, 120))),
    },
    {
      name: '/news search <two words>',
      slash: true,
      run: async () => store.searchArticles(TEAM, `${any(TITLE_WORDS.slice(0, 60))} ${any(TITLE_WORDS.slice(0, 60))}`),
    },
    {
      name: '/news search <three words>',
      slash: true,
      run: async () => store.searchArticles(TEAM, `${any(TITLE_WORDS)} ${any(TITLE_WORDS)} ${any(TITLE_WORDS)}`),
    },
    {
      name: '/news quote <frequent speaker>',
      slash: true,
      run: async () => store.quotesBySpeaker(TEAM, SPEAKERS[0]!, { limit: 10 }),
    },
    {
      name: '/news quote <any speaker>',
      slash: true,
      run: async () => store.quotesBySpeaker(TEAM, any(SPEAKERS), { limit: 10 }),
    },
    {
      name: '/news quote <surname only>',
      slash: true,
      run: async () => store.quotesBySpeaker(TEAM, any(SURNAMES), { limit: 10 }),
    },
    {
      name: '/news quote "<phrase>" (30 days)',
      slash: true,
      run: async () => store.quotesByPhrase(TEAM, quoteSample().text.split(' ').slice(2, 5).join(' '), { limit: 10 }),
    },
    {
      name: 'did you mean (knownSpeakers)',
      slash: true,
      run: async () => store.knownSpeakers(TEAM, `${any(SURNAMES).slice(0, -1)}`),
    },
    { name: '/news feeds (channelFeeds)', slash: true, run: async () => store.channelFeeds(TEAM, CHANNEL) },
    {
      name: '/news schedule (getDigestSettings)',
      slash: true,
      run: async () => store.getDigestSettings(TEAM, CHANNEL),
    },
    { name: 'handled id (markHandled)', run: async () => store.markHandled(TEAM, `bench-${handled++}`, 3600) },
    {
      name: 'digest: articles since 24 h, 5 feeds (50)',
      run: async () => store.articlesSince(TEAM, new Date(now - DAY_MS), { limit: 50, feedUrls: FEEDS.slice(0, 5) }),
    },
    // What `/news digest` and `digest now` read: the channel's feeds, their entries since, the heads.
    {
      name: 'digest for one channel (feeds + since)',
      run: async () => channelArticleSource(store)(TEAM, CHANNEL, new Date(now - DAY_MS)),
    },
    {
      name: 'digest: articles since last digest (20)',
      run: async () => store.articlesSince(TEAM, new Date(now - 2 * 3_600_000), { limit: 20 }),
    },
    { name: 'digest: due channels (dueDigests)', run: async () => store.dueDigests(new Date(now), 100) },
    { name: 'feeds: due feeds (dueFeeds)', run: async () => store.dueFeeds(new Date(now), 100) },
  ];
}

async function measureAll(store: NewsStore, loaded: Loaded, now: number): Promise<Map<string, Summary>> {
  const out = new Map<string, Summary>();
  for (const pattern of patterns(store, loaded, now)) {
    const samples: CallStats[] = [];
    for (let i = 0; i < CALLS; i++) samples.push(await measure(() => pattern.run(i)));
    out.set(pattern.name, summarize(samples));
  }
  return out;
}

const f1 = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 2 : 1));
const ms = (n: number) => `${n.toFixed(1)}`;

function printSideBySide(sizes: number[], results: Map<string, Summary>[], slashNames: Set<string>) {
  const names = [...results[0]!.keys()];
  const header = ['pattern', ...sizes.flatMap((n) => [`req R/W @${n}`, `items`, `RRU`, `WRU tbl/+GSI`, `p50/p99 ms`])];
  const rows = names.map((name) => [
    `${slashNames.has(name) ? '*' : ' '} ${name}`,
    ...results.flatMap((r) => {
      const s = r.get(name)!;
      return [
        `${f1(s.reads)}/${f1(s.writes)}`,
        f1(s.itemsRead),
        f1(s.rcu),
        `${f1(s.wcuReported)}/${f1(s.wcuWithIndexes)}`,
        `${ms(s.p50)}/${ms(s.p99)}`,
      ];
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log(
    '(* = a slash command; per call, mean of',
    CALLS,
    'calls; RRU as dynalite reports them, eventually consistent)',
  );
}

function monthlyCost(r: Map<string, Summary>, bytesPerArticle: number) {
  const PRICE_WRU = 1.25 / 1e6;
  const PRICE_RRU = 0.25 / 1e6;
  const PRICE_GB_MONTH = 0.25;
  const get = (name: string) => r.get(name)!;
  // A slash-command mix (stated assumption): share of the 10,000 daily commands.
  const mix: [string, number][] = [
    ['/news quote <any speaker>', 0.2],
    ['/news quote <surname only>', 0.05],
    ['/news quote "<phrase>" (30 days)', 0.1],
    ['/news summary <id> (getArticle)', 0.15],
    ['/news summary <url> (findArticleByUrl)', 0.05],
    ['/news latest (10)', 0.15],
    ['/news search <word>', 0.1],
    ['/news search <two words>', 0.04],
    ['/news search <three words>', 0.01],
    ['/news feeds (channelFeeds)', 0.05],
    ['/news schedule (getDigestSettings)', 0.05],
    ['did you mean (knownSpeakers)', 0.05],
  ];
  const commands = 10_000;
  const articles = 1_000;
  const ingest = get('ingest new article (saveArticle)');
  const handled = get('handled id (markHandled)');
  const rows: [string, number, number][] = [];
  rows.push(['1,000 ingests (new articles)', articles * ingest.rcu, articles * ingest.wcuWithIndexes]);
  rows.push([
    '10,000 slash commands (mix)',
    commands * mix.reduce((n, [name, share]) => n + share * get(name).rcu, 0),
    0,
  ]);
  rows.push(['10,000 handled ids (one per command)', 0, commands * handled.wcuWithIndexes]);
  // Schedules: the digest handler and the feed poller each run every 15 minutes (96 a day).
  rows.push([
    '96 digest + 96 feed schedule runs',
    96 * (get('digest: due channels (dueDigests)').rcu + get('feeds: due feeds (dueFeeds)').rcu),
    0,
  ]);
  // 100 channels get a daily digest: channelFeeds + articlesSince + claim (1 WRU) + sent (2 updates, ~1 WRU each, +1 GSI move).
  rows.push(['100 digests a day', 100 * get('digest for one channel (feeds + since)').rcu, 100 * 4]);
  // 20 feeds polled 96 times a day: one update each (1 WRU + 2 for the due-index move), 1,000 items marked seen (1 WRU each).
  rows.push(['1,920 feed polls, 1,000 items seen', 0, 1920 * 3 + 1000]);
  const daily = rows.reduce((n, [, rru, wru]) => n + rru * PRICE_RRU + wru * PRICE_WRU, 0);
  const monthArticles = articles * 30;
  const storageGb = (monthArticles * bytesPerArticle) / 1e9;
  console.log(
    '\nMonthly on-demand cost (us-east-1: $1.25 per million WRU, $0.25 per million RRU, $0.25 per GB-month):',
  );
  for (const [what, rru, wru] of rows) {
    console.log(
      `  ${what.padEnd(40)} ${f1(rru).padStart(10)} RRU/day ${f1(wru).padStart(10)} WRU/day  $${((rru * PRICE_RRU + wru * PRICE_WRU) * 30).toFixed(4)}/month`,
    );
  }
  console.log(
    `  ${'storage after a month (30,000 articles)'.padEnd(40)} ${(storageGb * 1000).toFixed(1)} MB at ${(bytesPerArticle / 1024).toFixed(1)} KB/article incl. GSI copies  $${(storageGb * PRICE_GB_MONTH).toFixed(4)}/month`,
  );
  console.log(
    `  total: $${(daily * 30 + storageGb * PRICE_GB_MONTH).toFixed(2)} per month (reads and writes $${(daily * 30).toFixed(2)}, storage $${(storageGb * PRICE_GB_MONTH).toFixed(2)})`,
  );
  console.log(
    '  Assumed command mix:',
    mix.map(([n, s]) => `${Math.round(s * 100)}% ${n.replace(/ \(.*\)$/, '')}`).join(', '),
  );
}

/** Every access pattern at 1,000 and FINAL_ARTICLES articles of realistic size, on a LevelDB folder of its own. */
async function patternsAtTwoSizes() {
  const folder = await mkdtemp(join(tmpdir(), 'newsbot-bench-store-'));
  const dynamo = await startDynaliteThread({ path: folder });
  const tableName = 'newsbot-bench';
  await ensureTable(dynamo.endpoint, tableName);
  const client = createDocumentClient(localClientConfig(dynamo.endpoint));
  instrument(client);
  // The timeline starts FINAL_ARTICLES / PER_DAY days ago; the store's clock follows the newest article loaded.
  const base = Date.now() - (FINAL_ARTICLES / PER_DAY) * DAY_MS;
  let clock = base;
  const store = createStore({ client, tableName, now: () => new Date(clock) });

  for (const [i, feed] of FEEDS.slice(0, 5).entries())
    await store.subscribe(TEAM, CHANNEL, feed, { title: `Feed ${i}` });
  await store.setDigestSchedule(TEAM, CHANNEL, { kind: 'daily', time: '08:00', tz: 'Europe/Paris' }, new Date(base));

  const loaded: Loaded = { ids: [], urls: [], records: [] };
  const sizes: number[] = [];
  const results: Map<string, Summary>[] = [];
  let slashNames = new Set<string>();
  let ingestBytes = 0;
  for (const target of [FIRST_ARTICLES, FINAL_ARTICLES].filter((n, i, a) => a.indexOf(n) === i)) {
    const { reached, ms: loadMs } = await load(dynamo, tableName, loaded, target, base);
    const now = storedAt(base, reached);
    clock = now;
    console.log(
      `loaded ${reached} articles in ${(loadMs / 1000).toFixed(1)} s (in bulk: the items saveArticle writes)`,
    );
    bytesStored.items = 0;
    bytesStored.bytes = 0;
    const result = await measureAll(store, loaded, now);
    ingestBytes = bytesStored.bytes; // bytes written by the measured ingests (CALLS new articles, incl. GSI copies)
    sizes.push(reached);
    results.push(result);
    slashNames = new Set(
      patterns(store, loaded, now)
        .filter((p) => p.slash)
        .map((p) => p.name),
    );
    clock = now;
    if (reached < target) break;
  }

  console.log(
    `\nPer call at ${sizes.join(' and ')} articles (one team, ~600-word bodies, ~5 quotes each, 1,000 articles a day):\n`,
  );
  printSideBySide(sizes, results, slashNames);

  const last = results[results.length - 1]!;
  const slash = [...last.entries()].filter(([n]) => slashNames.has(n));
  const isSearch = (name: string) => name.startsWith('/news search');
  const worstSlash = Math.max(...slash.filter(([n]) => !isSearch(n)).map(([, s]) => s.maxRequests));
  const worstSearch = Math.max(...slash.filter(([n]) => isSearch(n)).map(([, s]) => s.maxRequests));
  const ingest = last.get('ingest new article (saveArticle)')!;
  const quote = last.get('/news quote <any speaker>')!;
  const digest = last.get('digest for one channel (feeds + since)')!;
  console.log('\nTargets:');
  console.log(
    `  every slash command's reads <= 2 requests, search's <= 3: worst ${worstSlash}, search ${worstSearch} ${worstSlash <= 2 && worstSearch <= 3 ? 'OK' : 'MISSED'}`,
  );
  console.log(
    `  quote lookup = 1 Query: ${f1(quote.reads)} request(s) per call ${quote.maxRequests === 1 && quote.maxQueries === 1 ? 'OK' : 'MISSED'}`,
  );
  console.log(
    `  digest for one channel <= 2 Queries: at most ${digest.maxQueries} Queries (${f1(digest.reads)} read requests with the BatchGet of the heads) ${digest.maxQueries <= 2 ? 'OK' : 'MISSED'}`,
  );
  console.log(
    `  ingest bounded: ${f1(ingest.writes)} write requests per ~600-word article (claim, body, publish of 25 items each: one search posting per distinct word, at most 600), ${f1(ingest.wcuWithIndexes)} WRU with GSI copies; plus ${f1(ingest.reads)} read`,
  );
  console.log(
    '\nWRU: "tbl" is what dynalite reports (table only); "+GSI" is computed from the item sizes: each item put costs ceil(size/1 KB) on the table and again on each GSI it is projected into.',
  );

  monthlyCost(last, ingestBytes / CALLS + 100 * 10);

  client.destroy();
  await dynamo.close();
  await rm(folder, { recursive: true, force: true });
}

async function main() {
  if (!SEARCH_ONLY) await patternsAtTwoSizes();
  await searchAtScale({
    sizes: [1_000, 10_000, SEARCH_ARTICLES].filter((n, i, a) => a.indexOf(n) === i),
    calls: CALLS,
    ingests: Math.min(CALLS, 20),
    openStore: (endpoint, name) => {
      const scaleClient = createDocumentClient(localClientConfig(endpoint));
      instrument(scaleClient);
      return { store: createStore({ client: scaleClient, tableName: name }), close: () => scaleClient.destroy() };
    },
    measure,
  });
}

await main();
