/**
 * Fits the quote-attribution scorer: `npm run train:quotes`.
 *
 * On ../shared/data/polnear-quotes/train only (dev is never read here): for
 * every quote whose span matches a gold quote with a named speaker, each
 * candidate speaker's features (lambdas/core/quotes/features.ts) and which
 * candidates are the gold speaker. A conditional logit (softmax over the
 * quote's candidates and "nobody here") is fitted by Newton's method from zero (fixed
 * iterations, L2; deterministic). PolNeAR gives no gold name for unnamed
 * sources; a quote whose Source is a nominal with no name anywhere ("officials",
 * "a spokesman for the council") is fitted with the entity we read at that
 * Source as the right candidate, so unnamed sources and groups are taught as
 * right as well as wrong. The feature "speaker of the previous quote" depends on
 * the scorer's own earlier choices, so the fit runs in rounds: decode with
 * the current weights, refit, three times, starting from hand-set weights
 * that only trust the cue of the quote's sentence.
 * Written with its thresholds to lambdas/core/quotes/scorer-weights.json:
 * - `threshold`: the highest probability that still keeps 99.5% of the
 *   right attributions on train; below it the quote is stored unattributed;
 * - `cardThreshold`: the lowest probability at which a card's key quote, as
 *   keyQuote picks it, credits the wrong person on under 1 in 75 train
 *   articles (the target is under 1 in 50; the margin is for unseen news).
 * Prints the fit's figures. Exits 0 with "skipped" when the data is absent.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES } from '../../lambdas/core/quotes/features';
import { readQuotes } from '../../lambdas/core/quotes/index';
import type { ScorerModel } from '../../lambdas/core/quotes/scorer';
import {
  emptyScore,
  loadPolnear,
  type PolnearArticle,
  polnearSpeakerRight,
  scoreArticle,
} from '../eval/quotes-polnear';
import { type Choice, fitChoices } from './logistic';
import { nominalSource } from './nominal-source';
import { sharedPath } from '../shared-data';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = sharedPath('data', 'polnear-quotes');
const outFile = join(repoRoot, 'lambdas/core/quotes/scorer-weights.json');
const ROUNDS = 3;
const KEEP_RIGHT = 0.999;
const CARD_WRONG = 1 / 75;

/** Hand-set start: the subject of the sentence's own cue, else whoever spoke last. */
const START: Record<string, number> = {
  bias: -3,
  'subject of the cue after the quote': 6,
  'subject of the cue before the quote': 5,
  'introduces the quote': 5,
  'speaker of the previous quote': 2,
  'latest cue subject before the quote': 1.5,
};

/**
 * One quote of a train article as the scorer saw it: its gold speaker (null: no gold name), its
 * candidates and which of them are right, or null when nothing says who is (not fitted).
 */
interface Decoded {
  article: number;
  gold: string | null;
  partial: boolean;
  candidates: { name: string; x: number[]; p: number; right: boolean }[];
  /** Whether the candidates' `right` is known: a gold name, or an unnamed source PolNeAR points at. */
  labelled: boolean;
}

function decode(articles: readonly PolnearArticle[], model: ScorerModel): Decoded[] {
  const out: Decoded[] = [];
  articles.forEach((a, article) => {
    const { attributed, tokens, analysis } = readQuotes(a.article, model);
    const predicted = attributed.map(({ span, entity }) => ({
      start: span.start,
      end: span.end,
      text: a.article.body.slice(span.start, span.end),
      speaker: entity?.name ?? null,
    }));
    const matched = scoreArticle(emptyScore(), a, predicted);
    attributed.forEach((q, i) => {
      const g = matched[i];
      const gold = g && !g.optional ? g.speaker : null;
      const source = g && !g.optional && gold === null ? nominalSource(g, tokens, analysis) : undefined;
      out.push({
        article,
        gold,
        partial: q.partial,
        labelled: gold !== null || source !== undefined,
        candidates: q.candidates.map((c) => ({
          name: c.entity.name,
          x: c.x,
          p: c.p,
          right: gold !== null ? polnearSpeakerRight(c.entity.name, gold) : c.entity === source,
        })),
      });
    });
  });
  return out;
}

/**
 * The choice each labelled quote offered: its candidates and "nobody here" (an all-zero row, the
 * scorer's null option), right when no candidate is the speaker. Quotes of unnamed sources are
 * in the fit as well as named ones, so the scorer learns when "a spokesman said" is the answer.
 */
function choicesOf(decoded: readonly Decoded[]): Choice[] {
  const out: Choice[] = [];
  for (const d of decoded) {
    if (!d.labelled) continue;
    const right = d.candidates.map((c) => c.right);
    const nobody = !right.some(Boolean);
    out.push({ xs: [...d.candidates.map((c) => c.x), FEATURE_NAMES.map(() => 0)], right: [...right, nobody] });
  }
  return out;
}

/** The chosen candidate of each scored quote: its probability and whether it is right. */
function choices(decoded: readonly Decoded[]) {
  return decoded.map((d) => {
    const top = d.candidates.reduce<Decoded['candidates'][number] | undefined>(
      (b, c) => (!b || c.p > b.p ? c : b),
      undefined,
    );
    const right = d.gold === null ? null : (top?.right ?? false);
    return { article: d.article, partial: d.partial, p: top?.p ?? 0, right };
  });
}

/** Key quotes on train at a card threshold, as keyQuote picks them: cards shown and wrong ones. */
function cardsAt(chosen: ReturnType<typeof choices>, t: number) {
  const byArticle = new Map<number, typeof chosen>();
  for (const c of chosen) byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), c]);
  let cards = 0;
  let wrong = 0;
  for (const qs of byArticle.values()) {
    const sure = qs.filter((q) => q.p >= t);
    const key = sure.find((q) => !q.partial) ?? sure[0];
    if (!key) continue;
    cards++;
    if (key.right === false) wrong++;
  }
  return { cards, wrong };
}

const articles = loadPolnear(dataDir, 'train');
if (!articles) {
  console.log('skipped: ../shared/data/polnear-quotes not found');
  process.exit(0);
}
let model: ScorerModel = {
  features: FEATURE_NAMES,
  weights: FEATURE_NAMES.map((n) => START[n] ?? 0),
  threshold: 0,
  cardThreshold: 1,
};
for (let round = 0; round < ROUNDS; round++) {
  const decoded = decode(articles, model);
  const fit = fitChoices(choicesOf(decoded), FEATURE_NAMES.length);
  const scored = choices(decoded).filter((c) => c.right !== null);
  const right = scored.filter((c) => c.right).length;
  console.log(
    `round ${round + 1}: decoded with the previous weights, speaker right ${right}/${scored.length} (${(right / scored.length).toFixed(3)}); fit on ${fit.choices} quotes, log loss ${fit.logLoss.toFixed(4)}`,
  );
  model = { ...model, weights: fit.weights };
}

const chosen = choices(decode(articles, model));
const scored = chosen.filter((c) => c.right !== null);
const rightAt = (t: number) => scored.filter((c) => c.right && c.p >= t).length;
let threshold = 0;
for (let t = 0.01; t <= 0.99; t = Math.round((t + 0.01) * 100) / 100)
  if (rightAt(t) >= KEEP_RIGHT * rightAt(0)) threshold = t;
let cardThreshold = 0.99;
for (let t = 0.99; t >= threshold; t = Math.round((t - 0.01) * 100) / 100) {
  const { cards, wrong } = cardsAt(chosen, t);
  if (cards > 0 && wrong / cards >= CARD_WRONG) break;
  cardThreshold = t;
}
writeFileSync(
  outFile,
  `${JSON.stringify({ features: FEATURE_NAMES, weights: model.weights, threshold, cardThreshold }, null, 2)}\n`,
);
// In the tree's format, so `npm run lint` passes on a fresh fit.
execFileSync('npx', ['biome', 'format', '--write', outFile], { cwd: repoRoot, stdio: 'ignore' });

console.log(
  `PolNeAR train: ${scored.length} quotes with a gold name matched by a span, ${rightAt(0)} right (${(rightAt(0) / scored.length).toFixed(3)})`,
);
for (const t of [threshold, 0.5, 0.7, 0.9, cardThreshold]) {
  const kept = scored.filter((c) => c.p >= t);
  const r = kept.filter((c) => c.right).length;
  console.log(
    `  probability >= ${t.toFixed(2)}: keeps ${((kept.length / scored.length) * 100).toFixed(1)}% of attributions, precision ${(r / Math.max(1, kept.length)).toFixed(3)} (${r}/${kept.length})`,
  );
}
const card = cardsAt(chosen, cardThreshold);
console.log(
  `threshold ${threshold} (store the speaker), cardThreshold ${cardThreshold} (card key quote: ${card.wrong}/${card.cards} wrong on train); weights:`,
);
for (const [k, name] of FEATURE_NAMES.entries()) console.log(`  ${name.padEnd(62)} ${model.weights[k]!.toFixed(4)}`);
console.log(`written: ${outFile.slice(repoRoot.length + 1)}`);
