/**
 * Fits the attribution-confidence model: `npm run train:quotes`.
 *
 * On ../shared/data/polnear-quotes/train only (dev is never read here): for
 * every quote the finder credits to someone whose span matches a gold quote
 * with a named speaker, the features of lambdas/core/quotes/confidence.ts and
 * whether the speaker is right. A logistic regression (batch gradient
 * descent from zero, fixed iterations, L2; deterministic) is fitted and
 * written with its thresholds to lambdas/core/quotes/confidence-weights.json:
 * - `threshold`: the highest confidence that still keeps 99.9% of the right
 *   attributions on train; below it the quote is stored unattributed;
 * - `cardThreshold`: the lowest confidence at which the attributions kept on
 *   train are right 98% of the time (a card's key quote must be a safe bet).
 * Prints the fit's figures. Exits 0 with "skipped" when the data is absent.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES, features, logistic } from '../../lambdas/core/quotes/confidence';
import { attributeArticle } from '../../lambdas/core/quotes/index';
import { emptyScore, loadPolnear, polnearSpeakerRight, scoreArticle } from '../eval/quotes-polnear';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = resolve(repoRoot, '../shared/data/polnear-quotes');
const outFile = join(repoRoot, 'lambdas/core/quotes/confidence-weights.json');
const ITERATIONS = 3000;
const LEARNING_RATE = 0.5;
const L2 = 1e-3;
const CARD_PRECISION = 0.98;
const KEEP_RIGHT = 0.999;

interface Example {
  x: number[];
  y: number;
}

function collect(): Example[] {
  const articles = loadPolnear(dataDir, 'train');
  if (!articles) return [];
  const examples: Example[] = [];
  for (const a of articles) {
    const attributed = attributeArticle(a.article);
    const predicted = attributed.map(({ span, entity }) => ({ start: span.start, end: span.end, text: a.article.body.slice(span.start, span.end), speaker: entity?.name ?? null }));
    const matched = scoreArticle(emptyScore(), a, predicted);
    attributed.forEach(({ evidence }, i) => {
      const g = matched[i];
      if (!evidence || !g || g.optional || g.speaker === null) return;
      examples.push({ x: features(evidence), y: polnearSpeakerRight(predicted[i]!.speaker, g.speaker) ? 1 : 0 });
    });
  }
  return examples;
}

function fitLogistic(examples: readonly Example[]): number[] {
  const n = FEATURE_NAMES.length;
  const w = new Array<number>(n).fill(0);
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Array<number>(n).fill(0);
    for (const { x, y } of examples) {
      const err = logistic(w, x) - y;
      for (let k = 0; k < n; k++) grad[k]! += err * x[k]!;
    }
    for (let k = 0; k < n; k++) w[k]! -= LEARNING_RATE * (grad[k]! / examples.length + (k === 0 ? 0 : L2 * w[k]!));
  }
  return w.map((v) => Math.round(v * 10000) / 10000);
}

/** Precision and share kept of the attributions at or above a confidence. */
function keptAt(scored: readonly { p: number; y: number }[], t: number) {
  const kept = scored.filter((s) => s.p >= t);
  const right = kept.filter((s) => s.y === 1).length;
  return { precision: kept.length ? right / kept.length : 1, kept: kept.length / scored.length, right, total: kept.length };
}

const examples = collect();
if (examples.length === 0) {
  console.log('skipped: ../shared/data/polnear-quotes not found');
  process.exit(0);
}
const weights = fitLogistic(examples);
const scored = examples.map((e) => ({ p: logistic(weights, e.x), y: e.y }));
const logLoss = -scored.reduce((s, { p, y }) => s + Math.log(y ? Math.max(p, 1e-9) : Math.max(1 - p, 1e-9)), 0) / scored.length;
// Store threshold: the highest that still keeps 99.9% of the right attributions on train, so
// abstaining drops mostly wrong speakers and costs at most 0.1% of the right ones.
let threshold = 0;
for (let t = 0.01; t <= 0.99; t = Math.round((t + 0.01) * 100) / 100) {
  if (keptAt(scored, t).right >= KEEP_RIGHT * keptAt(scored, 0).right) threshold = t;
}
let cardThreshold = 0.99;
for (let t = 0.5; t <= 0.99; t = Math.round((t + 0.01) * 100) / 100) {
  if (keptAt(scored, t).precision >= CARD_PRECISION) {
    cardThreshold = t;
    break;
  }
}
writeFileSync(outFile, `${JSON.stringify({ features: FEATURE_NAMES, weights, threshold, cardThreshold }, null, 2)}\n`);

const base = keptAt(scored, 0);
console.log(`PolNeAR train: ${examples.length} attributions with a gold name, ${base.right} right (${base.precision.toFixed(3)})`);
console.log(`fit: logistic regression, ${ITERATIONS} iterations, log loss ${logLoss.toFixed(4)}`);
for (const t of [threshold, 0.5, 0.7, 0.9, cardThreshold]) {
  const k = keptAt(scored, t);
  console.log(`  confidence >= ${t.toFixed(2)}: keeps ${(k.kept * 100).toFixed(1)}% of attributions, precision ${k.precision.toFixed(3)} (${k.right}/${k.total})`);
}
console.log(`threshold ${threshold} (store the speaker), cardThreshold ${cardThreshold} (card key quote); weights:`);
for (const [k, name] of FEATURE_NAMES.entries()) console.log(`  ${name.padEnd(28)} ${weights[k]!.toFixed(4)}`);
console.log(`written: ${outFile.slice(repoRoot.length + 1)}`);
