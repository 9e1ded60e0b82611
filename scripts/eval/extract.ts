/**
 * `npm run eval:extract`: our HTML extraction on two corpora read from
 * ../shared/data at run time, each scored with its own metric (both use the
 * scrapinghub 4-token-shingle metric, scripts/eval/extract-metric.ts), next to
 * plain Readability on linkedom run here on the same pages:
 * - article-extraction-benchmark (181 news pages; published outputs of other
 *   extractors are scored too);
 * - extraction-dev-2 (417 pages from 417 sites), printed whole and as its
 *   tuning and report halves (scripts/eval/extract-corpora.ts): rules are
 *   tuned on the tuning half only, so a gap between the halves shows overfitting.
 * Per corpus: F1, mean/median/p95/max ms per page for both extractors, timed
 * in one run (extract-timing.ts says in what order and why), megabytes each
 * allocates per page (extract-allocation.ts; a pass of its own after the
 * timed ones), the slowest page against the median page, and the pages
 * where NewsBot does worse than plain Readability.
 *
 * Options: --corpus NAME  only one corpus (benchmark | dev2)
 *          --half H      only one half of extraction-dev-2 (tune | report)
 *          --worst N     list the N pages with the lowest F1 (ours)
 *          --page ID     print our text and the truth for one page
 *          --extras      list our paragraphs the truth lacks (+) and truth paragraphs we lack (-)
 *          --losses N    how many pages worse than plain Readability to list (default 15)
 *          --rounds N    timing rounds per page (default 3; the fastest run counts)
 *          --schedule S  how the runs are ordered (extract-timing.ts): spread (default), per-page
 *                        (the order of the figures before 2026-12-06), or both (spread, then
 *                        per-page printed under it for the same pages)
 *          --slowest N   list the N pages NewsBot takes longest on, with Readability's time on each
 *                        and the megabytes NewsBot allocates on each
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { extractHtml } from '../../lambdas/core/extract/html';
import { benchmarkCorpus, type Corpus, devTwoCorpus, devTwoHalf, type Page } from './extract-corpora';
import { precisionOf, recallOf, scoresOf, shingleMatch, type Counts, type Scores } from './extract-metric';
import { sharedPath } from '../shared-data';
import { allocatedBy } from './extract-allocation';
import { bestTimes, type Extractor, type Schedule } from './extract-timing';

const dataDir = sharedPath('data');

const Prediction = z.record(z.string(), z.object({ articleBody: z.string().nullable().optional() }));
const PublishedOutput = z.union([z.object({ output: Prediction }), Prediction]);

/** The young-generation option the run has: `npm run eval:extract` passes the worker's (cdk/bot-stack.ts WORKER_NODE_OPTIONS). */
function youngGeneration(): string {
  const options = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  return options.find((o) => o.startsWith('--max-semi-space-size')) ?? 'V8 default young generation';
}

/**
 * Milliseconds of CPU time this process spent (user + system). CPU time, not
 * wall time, so that other processes sharing the machine do not inflate the
 * per-page figure; it still counts V8's helper threads, so it errs high.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Timing rounds per page; the fastest counts. */
const ROUNDS = 3;

const Schedules = z.enum(['spread', 'per-page', 'both']);

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Where the `q` quantile of `n` sorted values is taken from. */
const percentileIndex = (n: number, q: number) => Math.min(n - 1, Math.floor(q * n));

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[percentileIndex(sorted.length, q)]!;
}

function plainReadability(html: string, url?: string): string {
  const withBase = url ? html.replace(/<head([^>]*)>/i, `<head$1><base href="${url}">`) : html;
  const { document } = parseHTML(withBase);
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
}

const f1Of = (c: Counts) => {
  const p = precisionOf(c);
  const r = recallOf(c);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
};

/** One page's outcome: scores of both extractors, their best CPU time and the megabytes each run allocates. */
interface PageResult {
  page: Page;
  ours: Counts;
  plain: Counts;
  ms: number;
  plainMs: number;
  mb: number;
  plainMb: number;
}

function printExtras(page: Page, paragraphs: string[]): void {
  // Paragraphs under 4 tokens have no 4-shingle; judge them by their token run appearing in the other text.
  const toks = (t: string) => ' ' + (t.match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ') + ' ';
  const within = (para: string, other: string) => {
    const n = toks(para).trim().split(' ').length;
    return n < 4 ? (toks(other).includes(toks(para)) ? 1 : 0) : -1;
  };
  const body = paragraphs.join('\n\n');
  for (const para of paragraphs) {
    const short = within(para, page.truth);
    if (short === 0 || (short < 0 && precisionOf(shingleMatch(page.truth, para)) < 0.5))
      console.log(`+ ${page.id.slice(0, 8)} ${para.slice(0, 160)}`);
  }
  for (const para of page.truth.split(/\n+/)) {
    const short = within(para, body);
    if (para.trim() && (short === 0 || (short < 0 && recallOf(shingleMatch(para, body)) < 0.5)))
      console.log(`- ${page.id.slice(0, 8)} ${para.slice(0, 160)}`);
  }
}

/** Score every page with both extractors (each run once, untimed). */
function score(pages: Page[]): PageResult[] {
  return pages.map((page) => {
    const html = page.html();
    const article = extractHtml(html, { url: page.url });
    if (process.argv.includes('--extras')) printExtras(page, article.paragraphs);
    return {
      page,
      ours: shingleMatch(page.truth, article.paragraphs.join('\n\n')),
      plain: shingleMatch(page.truth, plainReadability(html, page.url)),
      ms: NaN,
      plainMs: NaN,
      mb: NaN,
      plainMb: NaN,
    };
  });
}

/** The two extractors as extract-timing.ts runs them. */
function extractorsFor(pages: Page[]): Extractor[] {
  return [
    { run: (html, i) => void extractHtml(html, { url: pages[i]!.url }) },
    { run: (html, i) => void plainReadability(html, pages[i]!.url) },
  ];
}

/**
 * Score every page, then time both extractors on every page under `schedule`
 * (extract-timing.ts), then measure what one run of each allocates on every
 * page (extract-allocation.ts: the full collection it makes before each run
 * would change the timings, so it comes after them).
 */
function evaluate(pages: Page[], rounds: number, schedule: Schedule): PageResult[] {
  const results = score(pages);
  const extractors = extractorsFor(pages);
  const [ours, plain] = bestTimes(pages.length, rounds, extractors, (i) => pages[i]!.html(), schedule, cpuMs);
  const megabytes = (tool: number, page: number) => {
    const html = pages[page]!.html();
    return allocatedBy(() => extractors[tool]!.run(html, page)) / 1e6;
  };
  results.forEach((r, i) => {
    r.ms = ours![i]!;
    r.plainMs = plain![i]!;
    r.mb = megabytes(0, i);
    r.plainMb = megabytes(1, i);
  });
  return results;
}

/** The same pages timed again under the other schedule, one line per extractor, to compare with the figures above. */
function printOtherSchedule(pages: Page[], rounds: number, schedule: Schedule): void {
  const [ours, plain] = bestTimes(pages.length, rounds, extractorsFor(pages), (i) => pages[i]!.html(), schedule, cpuMs);
  console.log(`  timed again, schedule ${schedule} (extract-timing.ts), same pages:`);
  console.log(`    Readability on linkedom (plain)${timing(plain!)}`);
  console.log(`    NewsBot extractHtml            ${timing(ours!)}`);
}

function fmt(name: string, s: Scores, extra = ''): string {
  return `${name.padEnd(34)} precision=${s.precision.toFixed(3)}  recall=${s.recall.toFixed(3)}  F1=${s.f1.toFixed(3)}${extra}`;
}

function allocation(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `  MB allocated mean=${meanOf(values).toFixed(1)} median=${percentile(sorted, 0.5).toFixed(1)} max=${sorted.at(-1)!.toFixed(1)}`;
}

function timing(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const median = percentile(sorted, 0.5);
  const max = sorted.at(-1)!;
  const p95 = percentile(sorted, 0.95);
  return `  ms mean=${mean.toFixed(1)} median=${median.toFixed(1)} p95=${p95.toFixed(1)} (${(p95 / median).toFixed(1)}× median) max=${max.toFixed(1)} (${(max / median).toFixed(1)}× median)`;
}

const meanOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function report(label: string, results: PageResult[]): void {
  if (results.length === 0) return;
  console.log(`\n${label}: ${results.length} pages`);
  console.log(
    fmt(
      '  Readability on linkedom (plain)',
      scoresOf(results.map((r) => r.plain)),
      timing(results.map((r) => r.plainMs)),
    ),
  );
  console.log(fmt('  NewsBot extractHtml', scoresOf(results.map((r) => r.ours)), timing(results.map((r) => r.ms))));
  console.log(
    `  per page, one run each after the timed ones: Readability${allocation(results.map((r) => r.plainMb))}; NewsBot${allocation(results.map((r) => r.mb))}`,
  );
  const ratio = meanOf(results.map((r) => r.ms)) / meanOf(results.map((r) => r.plainMs));
  const f1Gap = scoresOf(results.map((r) => r.ours)).f1 - scoresOf(results.map((r) => r.plain)).f1;
  console.log(
    `  NewsBot − Readability: F1 ${f1Gap >= 0 ? '+' : ''}${f1Gap.toFixed(3)}; mean time ${ratio.toFixed(2)}× Readability`,
  );
}

function printLosses(results: PageResult[], limit: number): void {
  const losses = results
    .map((r) => ({ r, loss: f1Of(r.plain) - f1Of(r.ours) }))
    .filter(({ loss }) => loss > 0.01)
    .sort((a, b) => b.loss - a.loss);
  console.log(`  pages where NewsBot does worse than plain Readability (F1 lower by > 0.01): ${losses.length}`);
  for (const { r } of losses.slice(0, limit)) {
    console.log(
      `    ${r.page.id}  ours F1=${f1Of(r.ours).toFixed(3)} (P=${precisionOf(r.ours).toFixed(3)} R=${recallOf(r.ours).toFixed(3)})  plain F1=${f1Of(r.plain).toFixed(3)}  ${r.page.url ?? ''}`,
    );
  }
}

function printWorst(results: PageResult[], n: number): void {
  const sorted = [...results].sort((a, b) => f1Of(a.ours) - f1Of(b.ours));
  for (const r of sorted.slice(0, n)) {
    console.log(
      `    ${r.page.id}  F1=${f1Of(r.ours).toFixed(3)}  P=${precisionOf(r.ours).toFixed(3)}  R=${recallOf(r.ours).toFixed(3)}  ${r.page.url ?? ''}`,
    );
  }
}

/** The page at NewsBot's median time (the one `timing` takes the median from) and its slowest page. */
function medianAndSlowest(results: PageResult[]): { median: PageResult; slowest: PageResult } {
  const byTime = [...results].sort((a, b) => a.ms - b.ms);
  return { median: byTime[percentileIndex(byTime.length, 0.5)]!, slowest: byTime.at(-1)! };
}

/**
 * NewsBot's slowest page against its median page, as the `max=… (…× median)`
 * figure above is worked out, with what each allocates: the figure the
 * "no page over 5× the median" target is read from.
 */
function printSlowestAgainstMedian(results: PageResult[], rounds: number): void {
  const { median, slowest } = medianAndSlowest(results);
  const page = (r: PageResult) => `${r.page.id.slice(0, 12)} ${r.ms.toFixed(1)} ms, ${r.mb.toFixed(1)} MB allocated`;
  console.log(
    `  NewsBot slowest page ${(slowest.ms / median.ms).toFixed(1)}× the median page (each page's time is its best of ${rounds} runs; the slowest page's over the median of all pages'): ${page(slowest)}; median page ${page(median)}`,
  );
}

function printSlowest(results: PageResult[], n: number): void {
  const { median } = medianAndSlowest(results);
  console.log(`  slowest pages (NewsBot ms, × its median, MB allocated; Readability ms):`);
  for (const r of [...results].sort((a, b) => b.ms - a.ms).slice(0, n)) {
    console.log(
      `    ${r.page.id.slice(0, 12)}  ${r.ms.toFixed(1)} ms (${(r.ms / median.ms).toFixed(1)}×) ${r.mb.toFixed(1)} MB  Readability ${r.plainMs.toFixed(1)} ms  ${r.page.url ?? ''}`,
    );
  }
}

/** Published outputs of other extractors on the benchmark, scored here with the same code (reproduces upstream's table). */
function printPublished(corpus: Corpus): void {
  const score = (name: string): Scores | undefined => {
    const file = join(corpus.dir, 'output', `${name}.json`);
    if (!existsSync(file)) return undefined;
    const parsed = PublishedOutput.parse(JSON.parse(readFileSync(file, 'utf8')));
    const predictions =
      'output' in parsed && typeof parsed.output === 'object' && !('articleBody' in parsed.output)
        ? (parsed.output as z.infer<typeof Prediction>)
        : (parsed as z.infer<typeof Prediction>);
    return scoresOf(corpus.pages.map((p) => shingleMatch(p.truth, predictions[p.id]?.articleBody ?? '')));
  };
  for (const [name, label] of [
    ['readability_js', 'Readability.js'],
    ['trafilatura', 'trafilatura'],
    ['AutoExtract', 'AutoExtract'],
  ] as const) {
    const scores = score(name);
    if (scores) console.log(fmt(`  ${label} (published output)`, scores));
  }
}

function showPage(corpora: Corpus[], id: string): void {
  const page = corpora.flatMap((c) => c.pages).find((p) => p.id === id);
  if (!page) {
    console.log(`no page ${id}`);
    return;
  }
  const article = extractHtml(page.html(), { url: page.url });
  const { paragraphs, ...meta } = article;
  console.log(JSON.stringify(meta, null, 1));
  console.log('--- ours ---\n' + paragraphs.join('\n\n') + '\n--- truth ---\n' + page.truth);
  const counts = shingleMatch(page.truth, paragraphs.join('\n\n'));
  console.log(`P=${precisionOf(counts).toFixed(3)} R=${recallOf(counts).toFixed(3)}`);
}

function main(): void {
  const only = arg('--corpus');
  const corpora = [
    only !== 'dev2' ? benchmarkCorpus(dataDir) : undefined,
    only !== 'benchmark' ? devTwoCorpus(dataDir) : undefined,
  ].filter((c): c is Corpus => c !== undefined);
  if (corpora.length === 0) {
    console.log('skipped: ../shared not found');
    return;
  }
  const pageArg = arg('--page');
  if (pageArg) {
    showPage(corpora, pageArg);
    return;
  }
  const rounds = Number(arg('--rounds') ?? ROUNDS);
  const schedules = Schedules.parse(arg('--schedule') ?? 'spread');
  const schedule: Schedule = schedules === 'both' ? 'spread' : schedules;
  const half = arg('--half');
  console.log(
    `eval:extract, Node ${process.version} (${youngGeneration()}); metric = 4-token shingles, P/R averaged over pages; ms per page = CPU time, best of ${rounds} runs, schedule ${schedule}`,
  );
  for (const corpus of corpora) {
    const isDevTwo = corpus.name === 'extraction-dev-2';
    const pages = isDevTwo && half ? corpus.pages.filter((p) => devTwoHalf(p.id) === half) : corpus.pages;
    const results = evaluate(pages, rounds, schedule);
    report(isDevTwo && half ? `${corpus.name} (${half} half only)` : corpus.name, results);
    printSlowestAgainstMedian(results, rounds);
    if (schedules === 'both') printOtherSchedule(pages, rounds, 'per-page');
    if (!isDevTwo) printPublished(corpus);
    if (isDevTwo && !half) {
      report(
        `${corpus.name}, tuning half`,
        results.filter((r) => devTwoHalf(r.page.id) === 'tune'),
      );
      report(
        `${corpus.name}, report half (not tuned on)`,
        results.filter((r) => devTwoHalf(r.page.id) === 'report'),
      );
    }
    printLosses(results, Number(arg('--losses') ?? 15));
    const worst = Number(arg('--worst') ?? 0);
    if (worst > 0) printWorst(results, worst);
    const slowest = Number(arg('--slowest') ?? 0);
    if (slowest > 0) printSlowest(results, slowest);
  }
}

main();
