/**
 * The quote scorer extended with features the committed weights file does not have yet:
 * `npm run train:quotes -- --extend`. A full refit moves every weight, and the hand rules added since the
 * committed fit were kept only where they did not lower PolNeAR train under those weights, so a refit on
 * today's pipeline scores a little lower than the committed file (README, "Fitted weights"). Here the committed
 * weights stay as they are: each candidate's score under them is a fixed offset, and only the new features'
 * weights are fitted on PolNeAR train (same L2, decode/refit rounds as quotes-rounds.ts, deterministic). The
 * thresholds stay the committed ones: the committed part of every score is unchanged.
 */
import { FEATURE_NAMES } from '../../lambdas/core/quotes/features';
import { linearScore, type ScorerModel } from '../../lambdas/core/quotes/scorer';
import type { PolnearArticle } from '../eval/quotes-polnear';
import { type Choice, fitChoices } from './logistic';
import { choicesOf, chosenOf, decode, share, speakerAccuracy } from './quotes-decode';
import { committedSetting, type Setting } from './quotes-outlets';

const ROUNDS = 3;

export interface Extended {
  model: ScorerModel & { fit: Setting & { extended: string[] } };
  added: string[];
}

/** The committed weights on today's feature list (0 for a feature the file lacks), and which features those are. */
export function committedOnToday(committed: ScorerModel): { weights: number[]; added: number[] } {
  const weights: number[] = [];
  const added: number[] = [];
  for (const [k, name] of FEATURE_NAMES.entries()) {
    const at = committed.features.indexOf(name);
    if (at < 0) added.push(k);
    weights.push(at < 0 ? 0 : committed.weights[at]!);
  }
  const gone = committed.features.filter((n) => !(FEATURE_NAMES as readonly string[]).includes(n));
  if (gone.length) throw new Error(`the committed weights have features no longer computed: ${gone.join(', ')}`);
  return { weights, added };
}

/** A choice over the new features only, the committed part of each option's score as its offset. */
function onNewFeatures(c: Choice, base: readonly number[], added: readonly number[]): Choice {
  return {
    xs: c.xs.map((x) => added.map((k) => x[k]!)),
    right: c.right,
    offsets: c.xs.map((x) => linearScore(base, x)),
  };
}

export function extendCommitted(
  articles: readonly PolnearArticle[],
  committed: ScorerModel & { fit?: Setting },
  log: (line: string) => void = console.log,
): Extended {
  const setting = committedSetting(committed);
  const { weights: base, added } = committedOnToday(committed);
  let weights = [...base];
  for (let round = 0; round < (added.length ? ROUNDS : 0); round++) {
    const decoded = decode(articles, { ...committed, features: FEATURE_NAMES, weights });
    const { right, scored } = speakerAccuracy(chosenOf(decoded));
    const fit = fitChoices(
      choicesOf(decoded).map((c) => onNewFeatures(c, base, added)),
      added.length,
      { l2: setting.l2 },
    );
    log(`  round ${round + 1}: decoded with the previous weights, speaker right ${share(right, scored)}`);
    weights = [...base];
    added.forEach((k, i) => {
      weights[k] = fit.weights[i]!;
    });
  }
  const names = added.map((k) => FEATURE_NAMES[k]!);
  return {
    model: {
      features: FEATURE_NAMES,
      weights,
      threshold: committed.threshold,
      cardThreshold: committed.cardThreshold,
      fit: { ...setting, extended: [...((committed.fit as { extended?: string[] })?.extended ?? []), ...names] },
    },
    added: names,
  };
}
