/**
 * `npm run eval:summary`: ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 of the
 * summarizer at 3 sentences, next to lead-3 and TextRank-3, on the BBC News
 * Summary set in ../shared (duplicates dropped), with milliseconds per
 * article. Articles go through the product's own layout (toCleanArticle),
 * so the figures measure what the bot does.
 *
 * A second table is a lead check. The BBC references are long and
 * machine-selected and reward central sentences; human highlights
 * (CNN/DailyMail style) reward the lead instead. Each BBC article's first
 * sentence, written by a journalist to sum up the story, serves as a
 * one-sentence human reference for the rest of the article: a summarizer
 * that drifts away from what news writers consider the point scores below
 * lead-3 there. A third table does the same with the headline: ROUGE
 * recall of each BBC title (written by an editor) by summaries made with
 * the title hidden from the summarizer.
 */
import { existsSync } from 'node:fs';
import type { CleanArticle } from '../../lambdas/core/article';
import { toCleanArticle } from '../../lambdas/core/pipeline';
import { splitSentences } from '../../lambdas/core/sentences';
import { summarize } from '../../lambdas/core/summarize';
import { BBC_SUMMARY_FILE, loadBbc, type BbcArticle } from './bbc';
import { rouge } from './rouge';
import { textRank } from './textrank';

interface System {
  name: string;
  run: (article: CleanArticle) => string[];
}

const SYSTEMS: System[] = [
  { name: 'newsbot-3', run: (a) => summarize(a, { sentences: 3 }).sentences.map((s) => s.text) },
  { name: 'lead-3', run: (a) => a.sentences.slice(0, 3).map((s) => s.text) },
  {
    name: 'textrank-3',
    run: (a) => {
      const texts = a.sentences.map((s) => s.text);
      return textRank(texts, 3).map((i) => texts[i]!);
    },
  },
];

interface Case {
  article: CleanArticle;
  reference: string[];
}

const words = (texts: string[]) => texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);

function table(title: string, cases: Case[], withTime: boolean) {
  console.log(`\n${title}`);
  console.log(`system        ROUGE-1  ROUGE-2  ROUGE-Lsum   words${withTime ? '   ms/article (mean, median)' : ''}`);
  for (const system of SYSTEMS) {
    // Warm up so the first articles don't pay for JIT compilation.
    for (const c of cases.slice(0, 50)) system.run(c.article);
    let r1 = 0;
    let r2 = 0;
    let rl = 0;
    let length = 0;
    const ms: number[] = [];
    for (const c of cases) {
      const t0 = performance.now();
      const output = system.run(c.article);
      ms.push(performance.now() - t0);
      const s = rouge(output, c.reference);
      r1 += s.rouge1.f1;
      r2 += s.rouge2.f1;
      rl += s.rougeLsum.f1;
      length += words(output);
    }
    const pct = (x: number) => ((100 * x) / cases.length).toFixed(1).padStart(7);
    const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
    const median = [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
    const time = withTime ? `${mean.toFixed(3).padStart(13)} ${median.toFixed(3).padStart(7)}` : '';
    console.log(
      `${system.name.padEnd(12)} ${pct(r1)}  ${pct(r2)}  ${pct(rl)}  ${(length / cases.length).toFixed(0).padStart(6)}${time}`,
    );
  }
}

/** The article without its first sentence, and that sentence as the reference. */
function ledeCase(r: BbcArticle): Case | null {
  const paragraphs = r.text.split(/\n\s*\n/);
  const lede = splitSentences(paragraphs[0] ?? '')[0];
  if (!lede) return null;
  paragraphs[0] = paragraphs[0]!.slice(lede.end);
  const article = toCleanArticle({ title: r.title, paragraphs });
  return article.sentences.length >= 6 ? { article, reference: [lede.text] } : null;
}

function titleCheck(records: BbcArticle[]) {
  console.log(`\nTitle check: ${records.length} BBC articles, the title hidden, ROUGE recall x 100 of the title`);
  console.log('system        ROUGE-1  ROUGE-2  ROUGE-Lsum');
  for (const system of SYSTEMS) {
    let r1 = 0;
    let r2 = 0;
    let rl = 0;
    for (const r of records) {
      const s = rouge(system.run({ ...r.article, title: undefined }), [r.title]);
      r1 += s.rouge1.recall;
      r2 += s.rouge2.recall;
      rl += s.rougeLsum.recall;
    }
    const pct = (x: number) => ((100 * x) / records.length).toFixed(1).padStart(7);
    console.log(`${system.name.padEnd(12)} ${pct(r1)}  ${pct(r2)}  ${pct(rl)}`);
  }
}

/** Where the summarizer's picks sit in the article: how lead-like it is. */
function positions(records: BbcArticle[]) {
  let first = 0;
  let inFirstThree = 0;
  let picks = 0;
  for (const r of records) {
    const summary = summarize(r.article, { sentences: 3 });
    const indices = summary.sentences.map((s) => r.article.sentences.findIndex((a) => a.end === s.end));
    if (indices.includes(0)) first++;
    inFirstThree += indices.filter((i) => i < 3).length;
    picks += indices.length;
  }
  const pct = (x: number, n: number) => `${((100 * x) / n).toFixed(0)}%`;
  console.log(
    `\nnewsbot-3 picks: the first sentence in ${pct(first, records.length)} of articles; ${pct(inFirstThree, picks)} of picks among the first three sentences`,
  );
}

function main() {
  if (!existsSync(BBC_SUMMARY_FILE)) {
    console.log('skipped: ../shared not found');
    return;
  }
  const records = loadBbc();
  console.log('F1 x 100, mean over articles; ROUGE with Porter stemming, ROUGE-Lsum summary-level');
  table(`BBC News Summary: ${records.length} articles (duplicates removed), reference summaries`, records, true);
  const ledes = records.map(ledeCase).filter((c): c is Case => c !== null);
  table(
    `Lead check: ${ledes.length} BBC articles without their first sentence, that sentence as the reference`,
    ledes,
    false,
  );
  titleCheck(records);
  positions(records);
}

main();
