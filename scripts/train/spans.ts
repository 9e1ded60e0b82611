/**
 * Fits the span model (is this pair of quote marks a quotation?): `npm run train:spans`.
 *
 * On ../shared/data/polnear-quotes/train only (dev is never read here): every
 * partial or single-marked span the quote marks give (lambdas/core/quotes/marks.ts;
 * a whole passage in double marks is always kept), with the evidence of
 * span-features.ts. Quotation: the span matches a gold quote, or a one-word
 * piece PolNeAR attributes (a "short" line); not one: it matches no line, or
 * only regions the annotators left unattributed (titles, terms, scare quotes:
 * "no-attribution" lines); other "don't care" lines are left out of the fit
 * (scripts/train/spans-data.ts).
 * A logistic model (a choice between "quotation" and an all-zero "not a
 * quotation" row, scripts/train/logistic.ts) is fitted by Newton's method
 * from zero (fixed iterations, L2; deterministic). Whether a span was kept
 * changes its neighbours' evidence (a term is the reporter's text; a list of
 * terms), so the fit runs in rounds: decode with the current weights, refit,
 * three times, from hand-set weights.
 * The model overrules the rules' drops only: the threshold is the lowest
 * probability from which down the spans it keeps there are right at least as
 * often as the spans the rules keep, on train, with each span's probability
 * from a fit on the other half of the articles (a term kept as a quote is a
 * false quote on a card: in-sample probabilities are too sure).
 * Written to lambdas/core/quotes/span-weights.json. Prints the fit's figures.
 * Exits 0 with "skipped" when the data is absent.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SPAN_FEATURE_NAMES } from '../../lambdas/core/quotes/span-features';
import type { SpanModel } from '../../lambdas/core/quotes/span-model';
import { loadPolnear } from '../eval/quotes-polnear';
import { type Choice, fitChoices } from './logistic';
import { decideAll, type LabelledSpan } from './spans-data';
import { sharedPath } from '../shared-data';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = sharedPath('data', 'polnear-quotes');
const outFile = join(repoRoot, 'lambdas/core/quotes/span-weights.json');
const ROUNDS = 3;

/** Hand-set start: a span is a quotation when it has a cue and some length. */
const START: Record<string, number> = {
  bias: 1,
  'one word': -4,
  'two words': -2,
  'three words': -1,
  'a cue in the sentence': 1,
  'own cue before the quote': 1,
  'own cue after the quote': 1,
  'single marks without a cue of its own': -3,
  'title case': -3,
  'a term marker right before': -3,
};

function choicesOf(spans: readonly LabelledSpan[]): Choice[] {
  const zero = SPAN_FEATURE_NAMES.map(() => 0);
  return spans
    .filter((s) => s.label !== null)
    .map((s) => ({ xs: [s.x, zero], right: [s.label === true, s.label === false] }));
}

/** Spans kept at a threshold (the rules' keeps, and the others at or above it): how many, how many right. */
function countsAt(spans: readonly LabelledSpan[], t: number) {
  const labelled = spans.filter((s) => s.label !== null);
  const kept = labelled.filter((s) => s.rulesKeep || s.p >= t);
  const right = kept.filter((s) => s.label).length;
  const positives = labelled.filter((s) => s.label).length;
  return {
    kept: kept.length,
    right,
    positives,
    precision: right / Math.max(1, kept.length),
    recall: right / positives,
  };
}

/** Precision of what the model alone keeps at t (spans the rules drop). */
function rescuedAt(spans: readonly LabelledSpan[], t: number) {
  const rescued = spans.filter((s) => s.label !== null && !s.rulesKeep && s.p >= t);
  const right = rescued.filter((s) => s.label).length;
  return { rescued: rescued.length, right, precision: right / Math.max(1, rescued.length) };
}

/**
 * Each span with the probability of a model fitted on the other half of the articles (two halves,
 * alternate articles in file order): the threshold is chosen on probabilities the fit has not seen,
 * which are less sure than in-sample ones.
 */
function outOfFold(spans: readonly LabelledSpan[]): LabelledSpan[] {
  const ids = [...new Set(spans.map((s) => s.article))];
  const fold = new Map(ids.map((id, i) => [id, i % 2]));
  const out: LabelledSpan[] = [];
  for (const f of [0, 1]) {
    const { weights } = fitChoices(
      choicesOf(spans.filter((s) => fold.get(s.article) !== f)),
      SPAN_FEATURE_NAMES.length,
    );
    for (const s of spans) {
      if (fold.get(s.article) !== f) continue;
      const z = s.x.reduce((sum, v, k) => sum + v * weights[k]!, 0);
      out.push({ ...s, p: 1 / (1 + Math.exp(-z)) });
    }
  }
  return out;
}

function main(): void {
  const articles = loadPolnear(dataDir, 'train');
  if (!articles) {
    console.log('skipped: ../shared/data/polnear-quotes not found');
    return;
  }
  let model: SpanModel = {
    features: SPAN_FEATURE_NAMES,
    weights: SPAN_FEATURE_NAMES.map((n) => START[n] ?? 0),
    threshold: 0.9,
  };
  let spans: LabelledSpan[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    spans = decideAll(articles, model);
    const fit = fitChoices(choicesOf(spans), SPAN_FEATURE_NAMES.length);
    const before = countsAt(spans, model.threshold);
    console.log(
      `round ${round + 1}: decoded with the previous weights, ${spans.length} partial or single-marked spans (${before.positives} quotations, ${spans.filter((s) => s.label === null).length} don't care), kept precision ${before.precision.toFixed(3)} recall ${before.recall.toFixed(3)}; fit log loss ${fit.logLoss.toFixed(4)}`,
    );
    model = { ...model, weights: fit.weights };
  }
  spans = outOfFold(decideAll(articles, model));
  // The rules' keeps set the bar: a span they drop is kept only where, on train, the model's keeps
  // there are right at least as often as the rules' keeps.
  const rulesKept = spans.filter((s) => s.label !== null && s.rulesKeep);
  const bar = rulesKept.filter((s) => s.label).length / Math.max(1, rulesKept.length);
  let threshold = 0.99;
  for (let t = 0.99; t >= 0.5; t = Math.round((t - 0.01) * 100) / 100) {
    if (rescuedAt(spans, t).precision < bar) break;
    threshold = t;
  }
  model = { ...model, threshold };
  writeFileSync(outFile, `${JSON.stringify(model, null, 2)}\n`);
  execFileSync('npx', ['biome', 'format', '--write', outFile], { cwd: repoRoot, stdio: 'ignore' });

  const none = countsAt(spans, 2);
  console.log(
    `PolNeAR train, partial or single-marked spans: the hand rules keep ${none.kept}, precision ${bar.toFixed(3)}, recall ${none.recall.toFixed(3)} (${none.right}/${none.positives})`,
  );
  console.log(
    `threshold ${threshold}: the model keeps a span the rules drop at or above it (figures below: probabilities out of fold)`,
  );
  for (const t of [...new Set([0.5, 0.7, 0.8, threshold, 0.9, 0.95])].sort()) {
    const c = countsAt(spans, t);
    const r = rescuedAt(spans, t);
    console.log(
      `  probability >= ${t.toFixed(2)}: rescues ${r.rescued} (${r.right} right, ${r.precision.toFixed(3)}); all kept ${c.kept}, precision ${c.precision.toFixed(3)}, recall ${c.recall.toFixed(3)} (${c.right}/${c.positives})`,
    );
  }
  console.log('weights:');
  for (const [k, name] of SPAN_FEATURE_NAMES.entries())
    console.log(`  ${name.padEnd(44)} ${model.weights[k]!.toFixed(4)}`);
  console.log(`written: ${outFile.slice(repoRoot.length + 1)}`);
}

main();
