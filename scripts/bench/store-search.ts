/**
 * The search index at scale, for `npm run bench:store`: one team's articles
 * loaded to 1,000 and then 100,000, and the same searches (through the store's
 * own searchArticles, over HTTP, as in production) and the same ingests
 * (saveArticle) measured at each size. A search reads at most SEARCH_WINDOW
 * postings of each of two words and one BatchGet, so its requests, items read
 * and latency should not grow with the team; an ingest writes one posting per
 * distinct term, whatever the team's size.
 *
 * The load: articles of synthetic text whose words follow Zipf's law
 * (zipf-text.ts), ~35 distinct terms each, turned into exactly the items
 * saveArticle writes (newArticleItems: body, head, word list, postings,
 * claim) and put in bulk into dynalite's own storage (bulkPut: one LevelDB
 * batch per 1,000 articles, on a LevelDB folder of its own): 3.6 million
 * items through BatchWriteItem over HTTP would take ten minutes and more here.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ArticleRecord } from '../../lambdas/core/article';
import { ensureTable } from '../../lambdas/local/dynamodb';
import type { NewsStore } from '../../lambdas/store/index';
import { searchTerms } from '../../lambdas/store/terms';
import { articleBatch, pipelined } from './bulk-load';
import { type DynaliteThread, startDynaliteThread } from './dynalite-thread';
import { wordOfRank, zipfVocabulary } from './zipf-text';

export interface ScaleSample {
  reads: number;
  writes: number;
  itemsRead: number;
  rcu: number;
  wcuWithIndexes: number;
  ms: number;
}

export interface SearchScaleOptions {
  sizes: number[];
  calls: number;
  /** Real ingests (saveArticle of a ~600-word article) measured at each size. */
  ingests: number;
  /** The store's client on this endpoint, measured by `measure`. */
  openStore: (endpoint: string, tableName: string) => { store: NewsStore; close(): void };
  /** Runs one call and returns its requests, items, capacity and milliseconds. */
  measure: (call: () => Promise<unknown>) => Promise<ScaleSample>;
}

const TEAM = 'TSEARCH';
const TABLE = 'newsbot-search-scale';
const VOCABULARY = 50_000;
const ZIPF_EXPONENT = 1.07;
const TITLE_TOKENS = 8;
const BODY_TOKENS = 36;
const ARTICLES_PER_BATCH = 1_000;

/** mulberry32: every run loads the same articles and asks the same queries. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function recordOf(n: number, title: string, sentences: string[], at: Date): ArticleRecord {
  const body = sentences.join(' ');
  let offset = 0;
  const spans = sentences.map((text) => {
    const span = { text, start: offset, end: offset + text.length, paragraph: 0 };
    offset += text.length + 1;
    return span;
  });
  return {
    title,
    url: `https://search.bench.example/${n}`,
    site: 'search.bench.example',
    publishedAt: at.toISOString(),
    language: 'en',
    body,
    paragraphs: [{ text: body, start: 0, end: body.length }],
    sentences: spans,
    summary: {
      headline: title,
      sentences: spans.map(({ text, start, end }) => ({ text, start, end })),
      tldr: sentences[0]!,
    },
    quotes: [],
    speakers: [],
  };
}

interface Corpus {
  loaded: number;
  /** Articles holding each rank's word (index = rank): a posting list's length. */
  documentFrequency: Int32Array;
  random: () => number;
  words: ReturnType<typeof zipfVocabulary>;
  base: number;
}

const storedAt = (corpus: Corpus, n: number) => new Date(corpus.base + n * 60_000);

async function loadTo(dynamo: DynaliteThread, corpus: Corpus, target: number): Promise<number> {
  const started = performance.now();
  function* batches() {
    while (corpus.loaded < target) {
      const from = corpus.loaded;
      const end = Math.min(target, from + ARTICLES_PER_BATCH);
      corpus.loaded = end;
      yield () => {
        const articles = [];
        for (let n = from; n < end; n++) {
          const at = storedAt(corpus, n);
          const title = corpus.words.text(TITLE_TOKENS);
          const sentences = [0, 1, 2].map(() => `${corpus.words.text(BODY_TOKENS / 3)}.`);
          for (const term of searchTerms(`${title} ${sentences.join(' ')}`)) {
            const rank = ranks.get(term);
            if (rank !== undefined) corpus.documentFrequency[rank]! += 1;
          }
          articles.push({
            record: recordOf(n, title, sentences, at),
            meta: { source: 'slack' as const, ingestedAt: at },
          });
        }
        return articleBatch(TEAM, articles).items;
      };
    }
  }
  await pipelined(dynamo, TABLE, batches());
  return performance.now() - started;
}

/** The term of each rank's word (the same word folded by the search's own rules), back to its rank. */
const ranks = new Map<string, number>();

interface Query {
  name: string;
  ranks: () => number[];
}

/** Rank bands: a word in most articles, one in a few percent, one in a handful. */
function queries(random: () => number): Query[] {
  const inBand = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));
  return [
    { name: 'one frequent word (rank 1-10)', ranks: () => [inBand(1, 10)] },
    { name: 'one middle word (rank 100-1,000)', ranks: () => [inBand(100, 1_000)] },
    { name: 'one rare word (rank 5,000-20,000)', ranks: () => [inBand(5_000, 20_000)] },
    { name: 'two frequent words', ranks: () => [inBand(1, 30), inBand(1, 30)] },
    { name: 'frequent + middle word', ranks: () => [inBand(1, 10), inBand(100, 1_000)] },
    { name: 'three words (rank 1-50)', ranks: () => [inBand(1, 50), inBand(1, 50), inBand(1, 50)] },
  ];
}

function quantile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

function row(label: string, samples: ScaleSample[], extra: string): string {
  const mean = (f: (s: ScaleSample) => number) => samples.reduce((n, s) => n + f(s), 0) / samples.length;
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  const requests = samples.map((s) => s.reads + s.writes);
  return (
    `  ${label.padEnd(36)} requests ${mean((s) => s.reads + s.writes).toFixed(2)} (max ${Math.max(...requests)})` +
    `  items read ${mean((s) => s.itemsRead)
      .toFixed(0)
      .padStart(5)}  RRU ${mean((s) => s.rcu)
      .toFixed(1)
      .padStart(5)}` +
    `  p50/p95 ${quantile(times, 0.5).toFixed(1)}/${quantile(times, 0.95).toFixed(1)} ms  ${extra}`
  );
}

async function measureSize(store: NewsStore, corpus: Corpus, o: SearchScaleOptions): Promise<void> {
  // The same queries at every size.
  const random = seeded(7);
  for (const query of queries(random)) {
    const samples: ScaleSample[] = [];
    let hits = 0;
    let frequency = 0;
    for (let i = 0; i < o.calls; i++) {
      const picked = query.ranks();
      frequency += Math.min(...picked.map((r) => corpus.documentFrequency[r]!));
      let found = 0;
      samples.push(
        await o.measure(async () => {
          found = (await store.searchArticles(TEAM, picked.map(wordOfRank).join(' '), { limit: 10 })).items.length;
        }),
      );
      hits += found;
    }
    console.log(
      row(
        query.name,
        samples,
        `results ${(hits / o.calls).toFixed(1)} of 10; rarest word in ${Math.round(frequency / o.calls)} articles`,
      ),
    );
  }
  const ingests: ScaleSample[] = [];
  const ingestRandom = seeded(11 + corpus.loaded);
  const words = zipfVocabulary(VOCABULARY, ZIPF_EXPONENT, ingestRandom);
  let distinct = 0;
  for (let i = 0; i < o.ingests; i++) {
    const at = storedAt(corpus, corpus.loaded + i);
    const sentences = Array.from({ length: 30 }, () => `${words.text(20)}.`);
    const record = recordOf(10_000_000 + corpus.loaded + i, words.text(TITLE_TOKENS), sentences, at);
    distinct += new Set(searchTerms(`${record.title} ${record.body}`)).size;
    ingests.push(await o.measure(() => store.saveArticle(TEAM, record, { source: 'slack', ingestedAt: at })));
  }
  const wru = ingests.reduce((n, s) => n + s.wcuWithIndexes, 0) / ingests.length;
  const writes = ingests.reduce((n, s) => n + s.writes, 0) / ingests.length;
  console.log(
    row(
      'ingest a 600-word article (saveArticle)',
      ingests,
      `${writes.toFixed(1)} write requests, ${wru.toFixed(0)} WRU with GSI copies; ${Math.round(distinct / o.ingests)} distinct terms`,
    ),
  );
}

export async function searchAtScale(o: SearchScaleOptions): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'newsbot-search-scale-'));
  const dynamo = await startDynaliteThread({ path: folder });
  const { store, close } = o.openStore(dynamo.endpoint, TABLE);
  try {
    await ensureTable(dynamo.endpoint, TABLE);
    const random = seeded(42);
    const corpus: Corpus = {
      loaded: 0,
      documentFrequency: new Int32Array(VOCABULARY + 1),
      random,
      words: zipfVocabulary(VOCABULARY, ZIPF_EXPONENT, random),
      base: Date.now() - Math.max(...o.sizes) * 60_000 - 86_400_000,
    };
    for (let r = 1; r <= VOCABULARY; r++) ranks.set(searchTerms(wordOfRank(r))[0]!, r);
    console.log(
      `\nSearch at scale (team ${TEAM}, its own table on a LevelDB folder; articles of ${TITLE_TOKENS}+${BODY_TOKENS} words drawn from a ${VOCABULARY.toLocaleString('en')}-word Zipf vocabulary,` +
        ` s = ${ZIPF_EXPONENT}, written as saveArticle writes them; searches and ingests through the store over HTTP; ${o.calls} calls per row):`,
    );
    for (const size of o.sizes) {
      const ms = await loadTo(dynamo, corpus, size);
      const postings = corpus.documentFrequency.reduce((n, f) => n + f, 0);
      console.log(
        `\n  ${size.toLocaleString('en')} articles (${postings.toLocaleString('en')} postings; the most frequent word in ${corpus.documentFrequency[1]!.toLocaleString('en')}), loaded in ${(ms / 1000).toFixed(1)} s:`,
      );
      await measureSize(store, corpus, o);
    }
  } finally {
    close();
    await dynamo.close();
    await rm(folder, { recursive: true, force: true });
  }
}
