/**
 * PolNeAR train as the quote scorer sees it, for `npm run train:quotes` and
 * `npm run train:quotes-cv`: each quote the finder reads, its candidates'
 * features, which candidates are the gold speaker, and the outlet the
 * article comes from (the group the cross-validation holds out).
 */
import { FEATURE_NAMES } from '../../lambdas/core/quotes/features';
import { readQuotes } from '../../lambdas/core/quotes/index';
import { choiceProbabilities, type ScorerModel } from '../../lambdas/core/quotes/scorer';
import { emptyScore, type PolnearArticle, polnearSpeakerRight, scoreArticle } from '../eval/quotes-polnear';
import { outletOf } from './grouped-folds';
import type { Choice } from './logistic';
import { nominalSource } from './nominal-source';

/**
 * One quote of a train article as the scorer saw it: its gold speaker (null: no gold name), its
 * candidates and which of them are right, or null when nothing says who is (not fitted).
 */
export interface Decoded {
  article: number;
  /** The article's outlet (`nyt`, `politico`…), from its file name. */
  outlet: string;
  gold: string | null;
  partial: boolean;
  candidates: { name: string; x: number[]; p: number; right: boolean }[];
  /** Whether the candidates' `right` is known: a gold name, or an unnamed source PolNeAR points at. */
  labelled: boolean;
}

/** Every quote of the articles, read with the model (whose choices feed "speaker of the previous quote"). */
export function decode(articles: readonly PolnearArticle[], model: ScorerModel): Decoded[] {
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
        outlet: outletOf(a.id),
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
 * A feature whose `keep` is false is zero in every row, so the fit gives it no weight.
 */
export function choicesOf(
  decoded: readonly Decoded[],
  keep: readonly boolean[] = FEATURE_NAMES.map(() => true),
): Choice[] {
  const out: Choice[] = [];
  const masked = (x: readonly number[]) => x.map((v, k) => (keep[k] ? v : 0));
  for (const d of decoded) {
    if (!d.labelled) continue;
    const right = d.candidates.map((c) => c.right);
    const nobody = !right.some(Boolean);
    out.push({
      xs: [...d.candidates.map((c) => masked(c.x)), FEATURE_NAMES.map(() => 0)],
      right: [...right, nobody],
    });
  }
  return out;
}

/** The same quotes with each candidate's probability under other weights (the decoded features kept). */
export function rescored(decoded: readonly Decoded[], weights: readonly number[]): Decoded[] {
  return decoded.map((d) => {
    const ps = choiceProbabilities(
      weights,
      d.candidates.map((c) => c.x),
    );
    return { ...d, candidates: d.candidates.map((c, i) => ({ ...c, p: ps[i]! })) };
  });
}

/** What the scorer picked for one quote: its probability and whether it is right (null: no gold name). */
export interface Chosen {
  article: number;
  outlet: string;
  partial: boolean;
  p: number;
  right: boolean | null;
}

/** The chosen candidate of each scored quote (the first on a tie, as the scorer's `best`). */
export function chosenOf(decoded: readonly Decoded[]): Chosen[] {
  return decoded.map((d) => {
    const top = d.candidates.reduce<Decoded['candidates'][number] | undefined>(
      (b, c) => (!b || c.p > b.p ? c : b),
      undefined,
    );
    const right = d.gold === null ? null : (top?.right ?? false);
    return { article: d.article, outlet: d.outlet, partial: d.partial, p: top?.p ?? 0, right };
  });
}

/** Quotes with a gold name, and how many of them the scorer credits to the right candidate. */
export function speakerAccuracy(chosen: readonly Chosen[]): { right: number; scored: number } {
  const scored = chosen.filter((c) => c.right !== null);
  return { right: scored.filter((c) => c.right).length, scored: scored.length };
}

/** A share as the fit's reports print it: "0.955 (4606/4821)". */
export const share = (right: number, of: number) => `${(right / Math.max(1, of)).toFixed(3)} (${right}/${of})`;

/** Key quotes at a card threshold, as keyQuote picks them (whole quotes first): cards shown and wrong ones. */
export function cardsAt(chosen: readonly Chosen[], t: number): { cards: number; wrong: number } {
  const byArticle = new Map<number, Chosen[]>();
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
