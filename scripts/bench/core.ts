/**
 * `npm run bench:core`: milliseconds per article of the pure pipeline,
 * `analyze()`, and of each stage (extract, layout, summarize, quotes), warm,
 * on one thread: median and p99.
 * - An invented ~600-word article (test/fixtures/summary/bench-article.txt),
 *   as pasted text and as a simple HTML page, run many times.
 * - If ../shared exists, every BBC News Summary article (duplicates dropped),
 *   each run a few times after a warm-up pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CleanArticle } from '../../lambdas/core/article';
import type { ExtractedArticle } from '../../lambdas/core/extract/extracted';
import { extractHtml } from '../../lambdas/core/extract/html';
import { extractText } from '../../lambdas/core/extract/text';
import { analyze, type AnalyzeInput, toCleanArticle } from '../../lambdas/core/pipeline';
import { findQuotes } from '../../lambdas/core/quotes/index';
import { summarize } from '../../lambdas/core/summarize';
import { BBC_SUMMARY_FILE, loadBbc } from '../eval/bbc';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ARTICLE_FILE = join(repoRoot, 'test/fixtures/summary/bench-article.txt');

/** Repetitions of the single article (after as many warm-up runs). */
const SINGLE_RUNS = 2000;
/** Timed runs per BBC article (after one warm-up pass over all of them). */
const BBC_RUNS = 3;

interface Stage {
  name: string;
  run: (input: AnalyzeInput, extracted: ExtractedArticle, article: CleanArticle) => unknown;
}

const STAGES: Stage[] = [
  { name: 'analyze()', run: (input) => analyze(input) },
  { name: '  extract', run: (input) => ('html' in input ? extractHtml(input.html) : extractText(input.text)) },
  { name: '  layout', run: (_input, extracted) => toCleanArticle(extracted) },
  { name: '  summarize', run: (_input, _extracted, article) => summarize(article) },
  { name: '  quotes', run: (_input, _extracted, article) => findQuotes(article) },
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function prepare(input: AnalyzeInput) {
  const extracted = 'html' in input ? extractHtml(input.html) : extractText(input.text);
  return { input, extracted, article: toCleanArticle(extracted) };
}

/** Time each stage over the inputs; `runs` timed runs per input, one sample per run. */
function bench(label: string, inputs: AnalyzeInput[], runs: number, warmup: number) {
  const prepared = inputs.map(prepare);
  console.log(`\n${label}`);
  console.log('stage              median ms     p99 ms   samples');
  for (const stage of STAGES) {
    for (let w = 0; w < warmup; w++) for (const p of prepared) stage.run(p.input, p.extracted, p.article);
    const samples: number[] = [];
    for (let r = 0; r < runs; r++) {
      for (const p of prepared) {
        const t0 = performance.now();
        stage.run(p.input, p.extracted, p.article);
        samples.push(performance.now() - t0);
      }
    }
    samples.sort((a, b) => a - b);
    console.log(
      `${stage.name.padEnd(16)} ${percentile(samples, 50).toFixed(3).padStart(10)} ${percentile(samples, 99).toFixed(3).padStart(10)} ${String(samples.length).padStart(9)}`,
    );
  }
}

function asHtml(title: string, paragraphs: string[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html><head><title>${esc(title)}</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>${esc(title)}</h1>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article>
<footer><p>Copyright Northport Gazette. All rights reserved.</p></footer></body></html>`;
}

function main() {
  const text = readFileSync(ARTICLE_FILE, 'utf8');
  const words = text.split(/\s+/).filter(Boolean).length;
  const [title, ...paragraphs] = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  console.log(`bench:core, Node ${process.version}, one thread, warm; times per article`);
  // Other work on the machine shows in the p99 first: print the load so the figures can be judged.
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  bench(`Invented article, ${words} words, pasted text (${SINGLE_RUNS} runs)`, [{ text }], SINGLE_RUNS, SINGLE_RUNS);
  bench(
    `Invented article, ${words} words, HTML page (${SINGLE_RUNS / 10} runs)`,
    [{ html: asHtml(title!, paragraphs) }],
    SINGLE_RUNS / 10,
    SINGLE_RUNS / 10,
  );
  if (!existsSync(BBC_SUMMARY_FILE)) {
    console.log('\nBBC articles: skipped: ../shared not found');
    return;
  }
  const bbc = loadBbc().map((r) => ({ text: `${r.title}\n\n${r.text}` }));
  const meanWords = bbc.reduce((n, r) => n + r.text.split(/\s+/).length, 0) / bbc.length;
  bench(
    `BBC News Summary, ${bbc.length} articles as pasted text, mean ${meanWords.toFixed(0)} words (${BBC_RUNS} runs each)`,
    bbc,
    BBC_RUNS,
    1,
  );
}

main();
