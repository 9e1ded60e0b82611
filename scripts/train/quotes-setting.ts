/**
 * Chooses what the quote scorer's fit is given besides the data, by
 * leave-one-outlet-out cross-validation on PolNeAR train (quotes-outlets.ts):
 * the L2 strength, and features left out. Held-out accuracy moves by a few
 * quotes between near-equal fits, so a change from the default is taken
 * only when the held-out evidence for it is beyond chance.
 */
import { FEATURE_NAMES } from '../../lambdas/core/quotes/features';
import { DEFAULT_L2 } from './logistic';
import { type Chosen, chosenOf, type Decoded, share } from './quotes-decode';
import { crossValidate, quoteLosses, type Setting } from './quotes-outlets';

/** The L2 strengths train:quotes tries (the fit's default, 1, in the middle). */
export const L2_GRID: readonly number[] = [0.1, 0.3, 1, 3, 10];

/** Quotes one fit credits right where another credits them wrong (`gained`), and the other way round. */
export function pairedChange(base: readonly Chosen[], other: readonly Chosen[]): { gained: number; lost: number } {
  let gained = 0;
  let lost = 0;
  other.forEach((c, i) => {
    const was = base[i]!.right;
    if (c.right === true && was === false) gained++;
    if (c.right === false && was === true) lost++;
  });
  return { gained, lost };
}

/**
 * The two-sided exact sign test: the chance that a change which does nothing moves its d = gained
 * + lost quotes at least this unevenly (each way with probability ½).
 */
export function signTestP(gained: number, lost: number): number {
  const d = gained + lost;
  const k = Math.max(gained, lost);
  if (d === 0) return 1;
  // P(X >= k) for X ~ Binomial(d, ½), summed in log space from C(d, d) upwards.
  let logTerm = -d * Math.LN2;
  let tail = 0;
  for (let j = d; j >= k; j--) {
    tail += Math.exp(logTerm);
    logTerm += Math.log(j / (d - j + 1));
  }
  return Math.min(1, 2 * tail);
}

/**
 * Whether a change gains clearly more held-out quotes than it loses: the sign test at 5%, divided
 * among the `comparisons` tried (Bonferroni), since trying 36 drops at 5% each finds about two by
 * chance alone.
 */
export function clearlyBetter({ gained, lost }: { gained: number; lost: number }, comparisons = 1): boolean {
  return gained > lost && signTestP(gained, lost) <= 0.05 / comparisons;
}

/** One setting's held-out figures, and how its choices differ from a reference setting's. */
export interface Trial {
  setting: Setting;
  right: number;
  scored: number;
  logLoss: number;
  gained: number;
  lost: number;
}

/** A setting cross-validated, with its held-out choices and per-quote losses (for paired comparisons). */
function tryout(decoded: readonly Decoded[], setting: Setting) {
  const cv = crossValidate(decoded, setting);
  const trial: Trial = { setting, right: cv.right, scored: cv.scored, logLoss: cv.logLoss, gained: 0, lost: 0 };
  return { trial, chosen: chosenOf(cv.heldOut), losses: quoteLosses(cv.heldOut) };
}

/** The standard error of the mean of the paired differences a − b. */
function pairedStandardError(a: readonly number[], b: readonly number[]): number {
  const diff = a.map((v, i) => v - b[i]!);
  const mean = diff.reduce((s, v) => s + v, 0) / diff.length;
  const variance = diff.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, diff.length - 1);
  return Math.sqrt(variance / diff.length);
}

/**
 * The L2 strength by held-out log loss (the fit's own objective on outlets it did not see, which
 * moves smoothly with the penalty where accuracy moves by a few quotes), with the one-standard-error
 * rule: the strongest penalty whose held-out log loss is within one paired standard error of the
 * lowest. Stronger shrinkage gives less extreme probabilities, so it says less where the data
 * cannot tell the strengths apart. Quotes gained and lost are counted against the default strength.
 */
export function chooseL2(
  decoded: readonly Decoded[],
  grid: readonly number[] = L2_GRID,
): { l2: number; trials: Trial[] } {
  const runs = grid.map((l2) => tryout(decoded, { l2, dropped: [] }));
  const reference = (runs.find((r) => r.trial.setting.l2 === DEFAULT_L2) ?? runs[0]!).chosen;
  const best = runs.reduce((b, r) => (r.trial.logLoss < b.trial.logLoss ? r : b));
  const close = runs.filter((r) => r.trial.logLoss - best.trial.logLoss <= pairedStandardError(r.losses, best.losses));
  const l2 = Math.max(...close.map((r) => r.trial.setting.l2));
  return { l2, trials: runs.map((r) => ({ ...r.trial, ...pairedChange(reference, r.chosen) })) };
}

/**
 * The features left out of the fit: each feature but the bias is dropped alone and cross-validated
 * against the fit with all of them. A drop qualifies when it is clearly better held out
 * (`clearlyBetter`, over all the drops tried) without a higher held-out log loss (the thresholds
 * are read off those probabilities). Qualifying drops are taken in order of net gain, each kept
 * only if it still qualifies against the drops taken before it.
 */
export function chooseDrops(decoded: readonly Decoded[], l2: number): { dropped: string[]; trials: Trial[] } {
  const features = FEATURE_NAMES.filter((f) => f !== 'bias');
  let current = tryout(decoded, { l2, dropped: [] });
  const qualifies = (t: Trial, against: Trial) => clearlyBetter(t, features.length) && t.logLoss <= against.logLoss;
  const trials = features.map((f) => {
    const r = tryout(decoded, { l2, dropped: [f] });
    return { ...r.trial, ...pairedChange(current.chosen, r.chosen) };
  });
  const base = current.trial;
  const candidates = trials
    .filter((t) => qualifies(t, base))
    .sort((a, b) => b.gained - b.lost - (a.gained - a.lost) || a.logLoss - b.logLoss);
  const dropped: string[] = [];
  for (const t of candidates) {
    const next = tryout(decoded, { l2, dropped: [...dropped, ...t.setting.dropped] });
    if (!qualifies({ ...next.trial, ...pairedChange(current.chosen, next.chosen) }, current.trial)) continue;
    dropped.push(...t.setting.dropped);
    current = next;
  }
  return { dropped, trials };
}

/** One trial as a line: held-out accuracy, log loss, quotes gained and lost against its reference, the sign test. */
export function trialLine(label: string, t: Trial): string {
  const p = signTestP(t.gained, t.lost);
  return `  ${label.padEnd(62)} held out ${share(t.right, t.scored)}, log loss ${t.logLoss.toFixed(4)}, +${t.gained} −${t.lost} (sign test p ${p < 0.001 ? p.toExponential(1) : p.toFixed(3)})`;
}
