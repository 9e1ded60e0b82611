/**
 * The search index at scale, for `npm run bench:store`: one team's articles
 * (short ones, ~40 distinct words each, so 100,000 load in minutes) stored
 * through saveArticle, and the same searches measured at each size. A search
 * reads at most SEARCH_WINDOW postings of each of two words and one BatchGet,
 * so its requests, items read and latency should not grow with the team.
 */
import { performance } from 'node:perf_hooks';
import type { ArticleRecord } from '../../lambdas/core/article';
import type { NewsStore } from '../../lambdas/store/index';

export interface SearchScaleOptions {
  sizes: number[];
  calls: number;
  loadBudgetMs: number;
  words: readonly string[];
  titleWords: readonly string[];
  random: () => number;
  /** Runs one call and returns its requests, items read, read units and milliseconds. */
  measure: (call: () => Promise<unknown>) => Promise<{ reads: number; itemsRead: number; rcu: number; ms: number }>;
}

const TEAM = 'TSEARCH';
type Sample = Awaited<ReturnType<SearchScaleOptions['measure']>>;

function shortArticle(n: number, at: Date, o: SearchScaleOptions): ArticleRecord {
  const pick = (list: readonly string[]) => list[Math.floor(o.random() * list.length)]!;
  const title = Array.from({ length: 6 + Math.floor(o.random() * 4) }, () => pick(o.titleWords)).join(' ');
  const sentences = Array.from({ length: 3 }, () => `${Array.from({ length: 12 }, () => pick(o.words)).join(' ')}.`);
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
    summary: { headline: title, sentences: spans.map(({ text, start, end }) => ({ text, start, end })), tldr: sentences[0]! },
    quotes: [],
    speakers: [],
  };
}

async function loadTo(store: NewsStore, loaded: { count: number }, target: number, o: SearchScaleOptions, base: number): Promise<number> {
  const started = performance.now();
  async function worker() {
    while (loaded.count < target && performance.now() - started < o.loadBudgetMs) {
      const n = loaded.count++;
      const at = new Date(base + n * 60_000);
      await store.saveArticle(TEAM, shortArticle(n, at, o), { source: 'slack', ingestedAt: at });
    }
  }
  await Promise.all(Array.from({ length: 32 }, worker));
  return performance.now() - started;
}

export async function searchAtScale(store: NewsStore, o: SearchScaleOptions): Promise<void> {
  const pick = (list: readonly string[]) => list[Math.floor(o.random() * list.length)]!;
  const queries: [string, () => string][] = [
    ['one title word', () => pick(o.titleWords)],
    ['one word of the body', () => pick(o.words.slice(0, 170))],
    ['two words', () => `${pick(o.titleWords)} ${pick(o.titleWords)}`],
    ['three words', () => `${pick(o.titleWords)} ${pick(o.titleWords)} ${pick(o.titleWords)}`],
  ];
  const loaded = { count: 0 };
  const base = Date.now() - Math.max(...o.sizes) * 60_000;
  const rows: string[] = [];
  console.log('\nSearch at scale (team TSEARCH: short articles, ~40 distinct words each, through saveArticle):');
  for (const size of o.sizes) {
    const ms = await loadTo(store, loaded, size, o, base);
    const reached = loaded.count;
    console.log(`  loaded ${reached} articles in ${(ms / 1000).toFixed(1)} s${reached < size ? ` (load budget reached before ${size}: measuring at ${reached})` : ''}`);
    console.log(`  articles  query                  per call (mean of ${o.calls})`);
    for (const [name, words] of queries) {
      const samples: Sample[] = [];
      for (let i = 0; i < o.calls; i++) {
        const query = words();
        samples.push(await o.measure(() => store.searchArticles(TEAM, query, { limit: 10 })));
      }
      const mean = (f: (s: Sample) => number) => samples.reduce((n, s) => n + f(s), 0) / samples.length;
      const times = samples.map((s) => s.ms).sort((a, b) => a - b);
      const q = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!;
      const maxReads = Math.max(...samples.map((s) => s.reads));
      rows.push(
        `  ${String(reached).padStart(7)}  ${name.padEnd(22)} requests ${mean((s) => s.reads).toFixed(2)} (max ${maxReads})  items read ${mean((s) => s.itemsRead).toFixed(0).padStart(5)}  RRU ${mean((s) => s.rcu).toFixed(1).padStart(5)}  p50/p99 ${q(0.5).toFixed(1)}/${q(0.99).toFixed(1)} ms`,
      );
    }
    // Printed as each size is measured, so a run cut short still shows what it measured.
    for (const row of rows.splice(0)) console.log(row);
    if (reached < size) break;
  }
}
