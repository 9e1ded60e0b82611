/**
 * Fits the ranker of "he"/"she" antecedents: `npm run train:pronouns`.
 *
 * On ../shared/data/polnear-quotes/train only (dev is never read here). PolNeAR gives no gold name
 * for a pronoun Source ("he said"); CoreNLP's coreference gives a silver one (`speaker_silver`, about
 * 79% right by hand), so the ranker is fitted to agree with silver, which is noisy: agreement over
 * about 0.8 would be fitting CoreNLP's mistakes. For each pronoun Source with a silver name, the
 * pronoun mention we read there and its candidates (pronoun-features.ts); the candidates silver
 * names are right. A conditional logit (softmax over the candidates) is fitted by Newton's method
 * from zero (scripts/train/logistic.ts; deterministic). Features of a candidate depend on earlier
 * pronouns' resolutions, so the fit runs in rounds: resolve with the current weights, refit, three
 * times, from hand-set weights that trust the subject of the sentence and the last speaker. The L2
 * strength is chosen by leave-one-outlet-out cross-validation: the lowest held-out log loss of the
 * silver candidate (a count of agreements moves by a few examples between near-equal fits). Prints
 * agreement in-sample and held out by outlet, and writes
 * lambdas/core/quotes/pronoun-weights.json. Exits 0 with "skipped" when the data is absent.
 *
 * Then the scale (PronounModel.scale): fitted as if silver were always right, the weights learn silver's
 * mistakes as doubt, and the probabilities come out flatter than the ranker's accuracy. One number multiplies
 * the scores; it is the one under which silver is likeliest when silver names the wrong candidate in 14 of 66
 * (its hand-checked rate), alike any other candidate. It changes no ranking. `-- --scale-only` fits the scale
 * alone for the weights in pronoun-weights.json and keeps them.
 */
import { readFileSync } from 'node:fs';
import { writeWeights } from './write-weights';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuoteSpans } from '../../lambdas/core/quotes/marks';
import { analyzeMentions } from '../../lambdas/core/quotes/mentions';
import { PRONOUN_FEATURE_NAMES } from '../../lambdas/core/quotes/pronoun-features';
import type { PronounModel } from '../../lambdas/core/quotes/pronoun-ranker';
import { tokenize } from '../../lambdas/core/quotes/tokens';
import { isNamed, mentionAt, sourceAt } from '../eval/polnear-source';
import { loadPolnear, type PolnearArticle } from '../eval/quotes-polnear';
import { sharedPath } from '../shared-data';
import { outletOf, outOfFold } from './grouped-folds';
import { type Choice, fitChoices } from './logistic';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = sharedPath('data', 'polnear-quotes');
const outFile = join(repoRoot, 'lambdas/core/quotes/pronoun-weights.json');
const L2_GRID = [0.3, 1, 3, 10, 30];
const ROUNDS = 3;
/** How often silver names someone else than the pronoun's referent: 14 of 66 by hand (the data's README). */
const SILVER_WRONG = 14 / 66;
/** Scales tried, 1 to 4 by 0.05. */
const SCALE_GRID = Array.from({ length: 61 }, (_, i) => 1 + i * 0.05);

/** Where the rounds start: the subject earlier in the sentence, then whoever spoke in the last one, then recency. */
const START: Record<string, number> = {
  'picked by the ordered rules (resolve-pronoun.ts)': 3,
  'subject earlier in the same sentence': 4,
  'cue subject of the previous sentence': 3,
  'subject after a turning "but" in the previous sentence': 3,
  'subject of the previous sentence': 1,
  'latest compatible subject': 1,
  'log1p(sentences since last mention)': -0.5,
  'confirmed person': 0.5,
  'lone word taken for an organisation': -2,
};

/** One pronoun Source: its candidates' features, which of them silver names, and its outlet. */
export interface PronounExample extends Choice {
  outlet: string;
  /** Silver names one of the candidates (else the example only counts as a miss). */
  labelled: boolean;
}

/** The pronoun Sources of the articles, each once, read with the ranker's current weights. */
export function pronounExamples(articles: readonly PolnearArticle[], model: PronounModel): PronounExample[] {
  const out: PronounExample[] = [];
  for (const a of articles) {
    const tokens = tokenize(a.article, findQuoteSpans(a.article));
    const analysis = analyzeMentions(tokens, model);
    const done = new Set<number>();
    for (const g of a.golds) {
      if (g.optional || g.ref !== 'pronoun' || !g.speaker_silver) continue;
      const at = sourceAt(a.article.body, g);
      const m = at ? mentionAt({ tokens, analysis }, at) : undefined;
      if (m?.type !== 'pronoun' || !m.antecedents || done.has(m.first)) continue;
      done.add(m.first);
      const right = m.antecedents.map((c) => isNamed(c.entity, g.speaker_silver!));
      out.push({
        outlet: outletOf(a.id),
        xs: m.antecedents.map((c) => c.x),
        right,
        labelled: right.some(Boolean),
      });
    }
  }
  return out;
}

const scores = (w: readonly number[], ex: PronounExample) =>
  ex.xs.map((x) => x.reduce((s, v, k) => s + v * (w[k] ?? 0), 0));

/** The candidate the weights rank first (the first on a tie, as the ranker) is one silver names. */
function agrees(w: readonly number[], ex: PronounExample): boolean {
  const z = scores(w, ex);
  const top = z.indexOf(Math.max(...z));
  return top >= 0 && ex.right[top]!;
}

/** -log of the probability the weights give the candidates silver names. */
function logLoss(w: readonly number[], ex: PronounExample): number {
  const z = scores(w, ex);
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const right = e.reduce((s, v, i) => s + (ex.right[i] ? v : 0), 0);
  return -Math.log(Math.max(right / e.reduce((s, v) => s + v, 0), 1e-300));
}

const fitSilver = (examples: readonly PronounExample[], l2: number) =>
  fitChoices(
    examples.filter((e) => e.labelled),
    PRONOUN_FEATURE_NAMES.length,
    { l2 },
  );

/** Leave one outlet out: how many held-out examples agree with silver, and the mean log loss of the labelled ones. */
function heldOut(examples: readonly PronounExample[], l2: number): { agreeing: number; logLoss: number } {
  const results = outOfFold(
    examples,
    (e) => e.outlet,
    (rest, held) => {
      const { weights } = fitSilver(rest, l2);
      return held.map((e) => ({ agrees: agrees(weights, e), loss: e.labelled ? logLoss(weights, e) : 0 }));
    },
  );
  const labelled = examples.filter((e) => e.labelled).length;
  return {
    agreeing: results.filter((r) => r.agrees).length,
    logLoss: results.reduce((s, r) => s + r.loss, 0) / Math.max(1, labelled),
  };
}

const share = (k: number, n: number) => `${k}/${n} (${(k / n).toFixed(3)})`;

/**
 * -log P(silver names what it names) when the scores are multiplied by `scale`: silver names the referent with
 * probability 1 − SILVER_WRONG, else any other candidate alike.
 */
function noisyLogLoss(w: readonly number[], scale: number, ex: PronounExample): number {
  const z = scores(w, ex).map((v) => v * scale);
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const p = e.reduce((s, v, i) => s + (ex.right[i] ? v : 0), 0) / e.reduce((s, v) => s + v, 0);
  const others = ex.xs.length - 1;
  const named = ex.right.filter(Boolean).length;
  const likelihood = others === 0 ? 1 : p * (1 - SILVER_WRONG) + (1 - p) * SILVER_WRONG * Math.min(1, named / others);
  return -Math.log(Math.max(likelihood, 1e-300));
}

/** The scale on SCALE_GRID under which silver's names are likeliest (see the header). */
function fitScale(examples: readonly PronounExample[], w: readonly number[]): number {
  const labelled = examples.filter((e) => e.labelled);
  const loss = (scale: number) => labelled.reduce((s, e) => s + noisyLogLoss(w, scale, e), 0);
  const best = SCALE_GRID.reduce((a, b) => (loss(b) < loss(a) ? b : a));
  console.log(
    `scale ${best.toFixed(2)}: silver's log loss under its noise ${(loss(best) / labelled.length).toFixed(4)} (at 1: ${(loss(1) / labelled.length).toFixed(4)})`,
  );
  return Number(best.toFixed(2));
}

/** `--scale-only`: refits the scale for the shipped weights, which stay as they are. */
function refitScaleOnly(articles: readonly PolnearArticle[]): void {
  const shipped = JSON.parse(readFileSync(outFile, 'utf8')) as PronounModel & Record<string, unknown>;
  const examples = pronounExamples(articles, shipped);
  writeWeights(outFile, { ...shipped, scale: fitScale(examples, shipped.weights) });
  console.log(`wrote ${outFile.slice(repoRoot.length + 1)} (weights unchanged)`);
}

function main(): void {
  const articles = loadPolnear(dataDir, 'train');
  if (!articles) {
    console.log('skipped: ../shared/data/polnear-quotes not found');
    return;
  }
  if (process.argv.includes('--scale-only')) {
    refitScaleOnly(articles);
    return;
  }
  let model: PronounModel = {
    features: PRONOUN_FEATURE_NAMES,
    weights: PRONOUN_FEATURE_NAMES.map((f) => START[f] ?? 0),
  };
  let l2 = 1;
  let examples: PronounExample[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    examples = pronounExamples(articles, model);
    const agreeing = examples.filter((e) => agrees(model.weights, e)).length;
    console.log(
      `round ${round}: ${examples.length} pronoun Sources with candidates, ${examples.filter((e) => e.labelled).length} with silver among them; resolved as silver ${share(agreeing, examples.length)}`,
    );
    const trials = L2_GRID.map((l) => ({ l2: l, ...heldOut(examples, l) }));
    l2 = trials.reduce((a, b) => (b.logLoss < a.logLoss ? b : a)).l2;
    for (const t of trials)
      console.log(
        `  L2 ${t.l2}${t.l2 === l2 ? ' (chosen)' : ''}: held out by outlet ${share(t.agreeing, examples.length)}, log loss ${t.logLoss.toFixed(4)}`,
      );
    model = { features: PRONOUN_FEATURE_NAMES, weights: fitSilver(examples, l2).weights };
  }
  examples = pronounExamples(articles, model);
  const inSample = examples.filter((e) => agrees(model.weights, e)).length;
  const held = heldOut(examples, l2).agreeing;
  console.log(
    `final (L2 ${l2}): resolved as silver ${share(inSample, examples.length)} in-sample, ${share(held, examples.length)} held out by outlet`,
  );
  for (const [k, f] of PRONOUN_FEATURE_NAMES.entries())
    console.log(`  ${model.weights[k]!.toFixed(3).padStart(8)}  ${f}`);
  const out = {
    features: [...PRONOUN_FEATURE_NAMES],
    weights: model.weights,
    scale: fitScale(examples, model.weights),
    fit: {
      data: 'PolNeAR train pronoun Sources, CoreNLP silver names',
      l2,
      rounds: ROUNDS,
      examples: examples.length,
      agreementInSample: Number((inSample / examples.length).toFixed(4)),
      agreementHeldOutByOutlet: Number((held / examples.length).toFixed(4)),
    },
  };
  writeWeights(outFile, out);
  console.log(`wrote ${outFile.slice(repoRoot.length + 1)}`);
}

main();
