/**
 * `npm run eval:summary`: ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 of the
 * summarizer at 3 sentences, next to lead-3 and TextRank-3, on the BBC News
 * Summary set in ../shared (duplicates dropped), with milliseconds per
 * article. Articles go through the product's own layout (toCleanArticle),
 * so the figures measure what the bot does.
 */
import { existsSync } from 'node:fs';
import type { CleanArticle } from '../../lambdas/core/article';
import { summarize } from '../../lambdas/core/summarize';
import { BBC_SUMMARY_FILE, loadBbc } from './bbc';
import { rouge, type RougeScores } from './rouge';
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

function main() {
  if (!existsSync(BBC_SUMMARY_FILE)) {
    console.log('skipped: ../shared not found');
    return;
  }
  const records = loadBbc();
  console.log(`BBC News Summary: ${records.length} articles (duplicates removed); F1 x 100, mean over articles`);
  console.log('system        ROUGE-1  ROUGE-2  ROUGE-Lsum   ms/article');
  for (const system of SYSTEMS) {
    // Warm up so the first articles don't pay for JIT compilation.
    for (const r of records.slice(0, 50)) system.run(r.article);
    const totals = { rouge1: 0, rouge2: 0, rougeLsum: 0 };
    let ms = 0;
    for (const r of records) {
      const t0 = performance.now();
      const output = system.run(r.article);
      ms += performance.now() - t0;
      const s: RougeScores = rouge(output, r.reference);
      totals.rouge1 += s.rouge1.f1;
      totals.rouge2 += s.rouge2.f1;
      totals.rougeLsum += s.rougeLsum.f1;
    }
    const pct = (x: number) => ((100 * x) / records.length).toFixed(1).padStart(7);
    console.log(
      `${system.name.padEnd(12)} ${pct(totals.rouge1)}  ${pct(totals.rouge2)}  ${pct(totals.rougeLsum)}    ${(ms / records.length).toFixed(3).padStart(8)}`,
    );
  }
}

main();
