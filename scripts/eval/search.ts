/**
 * `npm run eval:search`: how many words of real articles a user can NOT find
 * their article by, split by cause (search-words.ts says how words are typed
 * and counted). Two corpora from ../shared, read at run time:
 *
 * - BBC News Summary, sport, tech and entertainment only (politics and
 *   business are kept unseen);
 * - extraction-dev-2's ground-truth bodies with the page titles: a dev set,
 *   so aggregate figures only, never a page or a word of one.
 *
 * Then the cost of the term cap: for caps from 600 up, the share of words
 * lost to it, the articles it cuts, and the write units and word-list bytes
 * an ingest would take.
 */
import { existsSync, readFileSync } from 'node:fs';
import { MAX_INDEXED_TERMS } from '../../lambdas/store/search-index';
import { queryRequirements } from '../../lambdas/store/terms';
import { sharedPath } from '../shared-data';
import { BBC_SUMMARY_FILE, loadBbc } from './bbc';
import { devTwoCorpus } from './extract-corpora';
import {
  type ArticleCount,
  CAUSES,
  countArticle,
  type SearchArticle,
  TYPINGS,
  typedWords,
  uncappedTerms,
} from './search-words';

const BBC_SEEN = ['sport/', 'tech/', 'entertainment/'];
const CAPS = [600, 1000, 1500, 2000, 3000, 5000];

function bbcArticles(): SearchArticle[] {
  return loadBbc()
    .filter((a) => BBC_SEEN.some((c) => a.id.startsWith(c)))
    .map((a) => ({ title: a.title, body: a.article.body }));
}

function devTwoArticles(): SearchArticle[] {
  const corpus = devTwoCorpus(sharedPath('data'));
  if (!corpus) return [];
  const titles = new Map<string, string>();
  for (const line of readFileSync(sharedPath('data', 'extraction-dev-2', 'pages-meta.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const meta = JSON.parse(line) as { id: string; title?: string };
    titles.set(meta.id, meta.title ?? '');
  }
  return corpus.pages.map((p) => ({ title: titles.get(p.id) ?? '', body: p.truth.replace(/\s*\n\s*/g, '\n\n') }));
}

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(2)}%`);
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

function printCauses(name: string, counts: ArticleCount[]): void {
  const words = counts.reduce((n, c) => n + c.words, 0);
  const lost = counts.reduce((n, c) => n + c.lost.length, 0);
  const meanShare = counts.reduce((n, c) => n + c.lost.length / Math.max(1, c.words), 0) / counts.length;
  console.log(`\n${name}: ${counts.length} articles, ${words} distinct typed words (summed over articles)`);
  console.log(
    `  words that do not find their article: ${lost} (${pct(lost, words)} pooled; mean per article ${(100 * meanShare).toFixed(2)}%)`,
  );
  console.log(`  ${'typed'.padEnd(14)}${CAUSES.map((c) => c.padStart(18)).join('')}`);
  for (const typing of TYPINGS) {
    const row = CAUSES.map((cause) => {
      const n = counts.reduce((k, c) => k + c.lost.filter((l) => l.typing === typing && l.cause === cause).length, 0);
      return `${n} ${pct(n, words)}`.padStart(18);
    });
    console.log(`  ${typing.padEnd(14)}${row.join('')}`);
  }
  const byCause = CAUSES.map((cause) => {
    const n = counts.reduce((k, c) => k + c.lost.filter((l) => l.cause === cause).length, 0);
    return `${cause} ${pct(n, words)}`;
  });
  console.log(`  by cause: ${byCause.join(', ')}`);
}

/** Words typed as written that the cap alone hides, at each cap; and what each cap costs an ingest. */
function printCapCurve(name: string, articles: SearchArticle[]): void {
  const perArticle = articles.map((a) => {
    const order = new Map(uncappedTerms(a).map((t, i) => [t, i]));
    const needed: number[] = [];
    for (const word of typedWords(`${a.title}\n${a.body}`)) {
      // Each requirement is met by its earliest term the article has; the word needs the latest of those.
      const firsts = queryRequirements(word).map((anyOf) =>
        Math.min(...anyOf.map((t) => order.get(t) ?? Number.POSITIVE_INFINITY)),
      );
      if (firsts.length === 0 || !firsts.every(Number.isFinite)) continue;
      needed.push(Math.max(...firsts));
    }
    const bytes = [...order.keys()].reduce((n, t) => n + Buffer.byteLength(t) + 3, 0);
    return { terms: order.size, needed, bytes };
  });
  const words = perArticle.reduce((n, a) => n + a.needed.length, 0);
  const terms = perArticle.map((a) => a.terms).sort((x, y) => x - y);
  const bytes = perArticle.map((a) => a.bytes).sort((x, y) => x - y);
  console.log(
    `\n${name}, the cap (now ${MAX_INDEXED_TERMS}): distinct terms per article p50 ${quantile(terms, 0.5)}, p90 ${quantile(terms, 0.9)}, p99 ${quantile(terms, 0.99)}, max ${terms.at(-1)}; word-list terms p99 ${quantile(bytes, 0.99)} B, max ${bytes.at(-1)} B`,
  );
  for (const cap of CAPS) {
    const hidden = perArticle.reduce((n, a) => n + a.needed.filter((i) => i >= cap).length, 0);
    const cut = perArticle.filter((a) => a.terms > cap).length;
    const postings = perArticle.reduce((n, a) => n + Math.min(cap, a.terms), 0) / perArticle.length;
    console.log(
      `  cap ${String(cap).padStart(5)}: words hidden ${String(hidden).padStart(6)} (${pct(hidden, words)}), articles cut ${cut}/${perArticle.length}, postings per ingest mean ${postings.toFixed(0)} (= write units, ${Math.ceil(postings / 25)} BatchWrites)`,
    );
  }
}

function main(): void {
  const corpora: [string, SearchArticle[]][] = [];
  if (existsSync(BBC_SUMMARY_FILE)) corpora.push(['BBC sport+tech+entertainment', bbcArticles()]);
  corpora.push(['extraction-dev-2 (aggregate only)', devTwoArticles()]);
  if (corpora.every(([, articles]) => articles.length === 0)) {
    console.log('eval:search skipped: ../shared/data is absent');
    return;
  }
  for (const [name, articles] of corpora) {
    if (articles.length === 0) continue;
    const vocabulary = new Set<string>();
    for (const a of articles) for (const w of typedWords(`${a.title}\n${a.body}`)) vocabulary.add(w);
    printCauses(
      name,
      articles.map((a) => countArticle(a, vocabulary)),
    );
    printCapCurve(name, articles);
  }
}

main();
