/**
 * Leave-one-outlet-out cross-validation of the quote scorer on decoded
 * PolNeAR train quotes (quotes-decode.ts): each outlet's quotes are scored
 * by weights fitted on the other six outlets' quotes. The candidates'
 * features stay as the decoding model read them, so "speaker of the previous
 * quote" carries that model's earlier choices, a model that did see the
 * held-out outlet; only the weights are refitted per fold (a full decode per
 * fold would cost seven times the decoding).
 */
import { FEATURE_NAMES } from '../../lambdas/core/quotes/features';
import type { ScorerModel } from '../../lambdas/core/quotes/scorer';
import { outOfFold } from './grouped-folds';
import { DEFAULT_L2, fitChoices } from './logistic';
import { type Chosen, choicesOf, chosenOf, type Decoded, rescored, share, speakerAccuracy } from './quotes-decode';

/** What the fit is given besides the data: its L2 strength and the features it leaves out. */
export interface Setting {
  l2: number;
  dropped: readonly string[];
}

/** The setting a weights file was fitted at (its `fit`; files written before it: L2 1, every feature). */
export function committedSetting(model: ScorerModel & { fit?: Setting }): Setting {
  return model.fit ?? { l2: DEFAULT_L2, dropped: [] };
}

/** The scorer's weights fitted on the quotes at a setting (a dropped feature's weight is 0). */
export function fitSetting(decoded: readonly Decoded[], setting: Setting): number[] {
  const keep = FEATURE_NAMES.map((n) => !setting.dropped.includes(n));
  return fitChoices(choicesOf(decoded, keep), FEATURE_NAMES.length, { l2: setting.l2 }).weights;
}

/** Every quote scored by the weights fitted on the outlets other than its own. */
export function heldOutByOutlet(decoded: readonly Decoded[], setting: Setting): Decoded[] {
  return outOfFold(
    decoded,
    (d) => d.outlet,
    (rest, held) => rescored(held, fitSetting(rest, setting)),
  );
}

/**
 * Mean -log P(the right answer) over the labelled quotes (the right candidates' probability, or
 * "nobody here" when none is right): a smoother measure of a fit than accuracy.
 */
export function logLossOf(decoded: readonly Decoded[]): number {
  const losses = quoteLosses(decoded);
  return losses.reduce((s, v) => s + v, 0) / Math.max(1, losses.length);
}

/** -log P(the right answer) of each labelled quote, in order (for paired comparisons of two fits). */
export function quoteLosses(decoded: readonly Decoded[]): number[] {
  const out: number[] = [];
  for (const d of decoded) {
    if (!d.labelled) continue;
    const named = d.candidates.reduce((s, c) => s + c.p, 0);
    const right = d.candidates.reduce((s, c) => s + (c.right ? c.p : 0), 0);
    const p = d.candidates.some((c) => c.right) ? right : 1 - named;
    out.push(-Math.log(Math.max(p, 1e-12)));
  }
  return out;
}

/** Held-out figures of one setting: speaker accuracy and log loss over all outlets. */
export interface CvFigures {
  right: number;
  scored: number;
  logLoss: number;
  heldOut: Decoded[];
}

export function crossValidate(decoded: readonly Decoded[], setting: Setting): CvFigures {
  const heldOut = heldOutByOutlet(decoded, setting);
  return { ...speakerAccuracy(chosenOf(heldOut)), logLoss: logLossOf(heldOut), heldOut };
}

/** One row per outlet and one for all: quotes with a gold name, right in-sample and right held out. */
export function outletRows(
  inSample: readonly Chosen[],
  heldOut: readonly Chosen[],
): { outlet: string; scored: number; inSample: number; heldOut: number }[] {
  const outlets = [...new Set(inSample.map((c) => c.outlet))].sort();
  const row = (outlet: string, pick: (c: Chosen) => boolean) => {
    const a = speakerAccuracy(inSample.filter(pick));
    const b = speakerAccuracy(heldOut.filter(pick));
    return { outlet, scored: a.scored, inSample: a.right, heldOut: b.right };
  };
  return [...outlets.map((o) => row(o, (c) => c.outlet === o)), row('all', () => true)];
}

/** The per-outlet table as printed by train:quotes and train:quotes-cv. */
export function outletTable(inSample: readonly Chosen[], heldOut: readonly Chosen[]): string[] {
  const lines = [
    `  ${'outlet'.padEnd(14)} ${'quotes'.padStart(6)}  ${'in-sample'.padEnd(19)} held out (fit on the other six)`,
  ];
  for (const r of outletRows(inSample, heldOut)) {
    const change = r.heldOut - r.inSample;
    lines.push(
      `  ${r.outlet.padEnd(14)} ${String(r.scored).padStart(6)}  ${share(r.inSample, r.scored).padEnd(19)} ${share(r.heldOut, r.scored)}  ${change >= 0 ? '+' : ''}${change}`,
    );
  }
  return lines;
}
