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
 * What the fit is given besides the data (its L2 strength, features left
 * out) is chosen by leave-one-outlet-out cross-validation on the quotes a
 * fit at the default setting decoded (quotes-setting.ts: the L2 by held-out
 * log loss with the one-standard-error rule, a drop only when clearly better
 * held out); at another setting the rounds are run again.
 * Written with its setting and thresholds to lambdas/core/quotes/scorer-weights.json.
 * Both thresholds are read off held-out-outlet probabilities (each quote
 * scored by the weights refitted without its outlet, quotes-outlets.ts), as
 * a new user's news is unseen: in-sample probabilities are surer than that.
 * - `threshold`: the highest probability that still keeps 99.5% of the
 *   right attributions; below it the quote is stored unattributed;
 * - `cardThreshold`: the lowest probability at which a card's key quote, as
 *   keyQuote picks it, credits the wrong person on under 1 in 75 articles
 *   (the target is under 1 in 50; the margin is for unseen news).
 * Prints the fit's figures. Exits 0 with "skipped" when the data is absent.
 * With `--extend`, the committed weights are kept and only features the file
 * lacks are fitted, the committed score as a fixed offset (quotes-extend.ts).
 */
import { readFileSync } from 'node:fs';
import { writeWeights } from './write-weights';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES } from '../../lambdas/core/quotes/features';
import type { ScorerModel } from '../../lambdas/core/quotes/scorer';
import { loadPolnear, type PolnearArticle } from '../eval/quotes-polnear';
import { sharedPath } from '../shared-data';
import { DEFAULT_L2 } from './logistic';
import { cardsAt, chosenOf, decode } from './quotes-decode';
import { cardThreshold, storeThreshold } from './quotes-thresholds';
import { heldOutByOutlet, outletTable, type Setting } from './quotes-outlets';
import { fitInRounds } from './quotes-rounds';
import { committedOnToday, extendCommitted } from './quotes-extend';
import { chooseDrops, chooseL2, trialLine } from './quotes-setting';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = sharedPath('data', 'polnear-quotes');
const outFile = join(repoRoot, 'lambdas/core/quotes/scorer-weights.json');
const KEEP_RIGHT = 0.995;
const CARD_WRONG = 1 / 75;

/**
 * The setting chosen by leave-one-outlet-out cross-validation on the quotes decoded by a fit at the
 * default setting: the L2 strength, then the features left out (quotes-outlets.ts).
 */
function chooseSetting(articles: readonly PolnearArticle[]): { setting: Setting; defaultFit: ScorerModel } {
  console.log(`fit at the default setting (L2 ${DEFAULT_L2}, every feature):`);
  const defaultFit = fitInRounds(articles, { l2: DEFAULT_L2, dropped: [] });
  const decoded = decode(articles, defaultFit);
  const grid = chooseL2(decoded);
  console.log('L2 strength, leave one outlet out (quotes gained and lost against L2 1):');
  for (const t of grid.trials)
    console.log(trialLine(`L2 ${t.setting.l2}${t.setting.l2 === grid.l2 ? ' (chosen)' : ''}`, t));
  const drops = chooseDrops(decoded, grid.l2);
  console.log(
    `each feature left out at L2 ${grid.l2} (quotes gained and lost against every feature; a drop needs sign test p <= 0.05 / ${drops.trials.length}):`,
  );
  for (const t of drops.trials)
    console.log(
      trialLine(`${t.setting.dropped[0]}${drops.dropped.includes(t.setting.dropped[0]!) ? ' (left out)' : ''}`, t),
    );
  console.log(`left out: ${drops.dropped.length ? drops.dropped.join(', ') : 'none'}`);
  return { setting: { l2: grid.l2, dropped: drops.dropped }, defaultFit };
}

/** Keeps the committed weights and fits only the features the file lacks, then writes the file. */
function extend(articles: readonly PolnearArticle[]): void {
  const committed = JSON.parse(readFileSync(outFile, 'utf8')) as ScorerModel;
  console.log('committed weights kept; fitting the features they lack, the committed score as a fixed offset:');
  const { model, added } = extendCommitted(articles, committed);
  const before = chosenOf(decode(articles, { ...committed, features: FEATURE_NAMES, ...committedOnToday(committed) }));
  const after = chosenOf(decode(articles, model));
  const right = (of: typeof after) => of.filter((c) => c.right === true).length;
  console.log(
    `PolNeAR train, in-sample: ${after.filter((c) => c.right !== null).length} quotes with a gold name matched by a span, right ${right(before)} with the committed weights, ${right(after)} extended`,
  );
  writeWeights(outFile, model);
  for (const name of added)
    console.log(`  ${name.padEnd(62)} ${model.weights[FEATURE_NAMES.indexOf(name as never)]!.toFixed(4)}`);
  console.log(
    added.length ? `written: ${outFile.slice(repoRoot.length + 1)}` : 'no new features: file rewritten unchanged',
  );
}

function main(): void {
  const articles = loadPolnear(dataDir, 'train');
  if (!articles) {
    console.log('skipped: ../shared/data/polnear-quotes not found');
    return;
  }
  if (process.argv.includes('--extend')) {
    extend(articles);
    return;
  }
  const { setting, defaultFit } = chooseSetting(articles);
  const same = setting.l2 === DEFAULT_L2 && setting.dropped.length === 0;
  console.log(
    same ? 'the chosen setting is the default: its fit is kept' : `fit at the chosen setting (L2 ${setting.l2}):`,
  );
  const model = same ? defaultFit : fitInRounds(articles, setting);
  const decoded = decode(articles, model);
  const chosen = chosenOf(decoded);
  const heldOut = chosenOf(heldOutByOutlet(decoded, setting));
  console.log('speaker accuracy per outlet, the final fit in-sample and refitted without the outlet:');
  for (const line of outletTable(chosen, heldOut)) console.log(line);

  // Read off the held-out-outlet probabilities: in-sample ones are surer than unseen news bears out.
  const threshold = storeThreshold(heldOut, KEEP_RIGHT);
  const cardAt = cardThreshold(heldOut, threshold, CARD_WRONG);
  writeWeights(outFile, {
    features: FEATURE_NAMES,
    weights: model.weights,
    threshold,
    cardThreshold: cardAt,
    fit: setting,
  });

  for (const [name, of] of [
    ['held out', heldOut],
    ['in-sample', chosen],
  ] as const) {
    const scored = of.filter((c) => c.right !== null);
    const right = scored.filter((c) => c.right).length;
    console.log(
      `PolNeAR train, ${name}: ${scored.length} quotes with a gold name matched by a span, ${right} right (${(right / scored.length).toFixed(3)}); thresholds read off these would be ${storeThreshold(of, KEEP_RIGHT)} and ${cardThreshold(of, storeThreshold(of, KEEP_RIGHT), CARD_WRONG)}`,
    );
    for (const t of [threshold, 0.5, 0.7, 0.9, cardAt]) {
      const kept = scored.filter((c) => c.p >= t);
      const r = kept.filter((c) => c.right).length;
      console.log(
        `  probability >= ${t.toFixed(2)}: keeps ${((r / right) * 100).toFixed(1)}% of right attributions, precision ${(r / Math.max(1, kept.length)).toFixed(3)} (${r}/${kept.length})`,
      );
    }
    const card = cardsAt(of, cardAt);
    console.log(
      `  card key quote at ${cardAt}: ${card.wrong}/${card.cards} wrong (${(card.wrong / Math.max(1, card.cards)).toFixed(3)})`,
    );
  }
  console.log(
    `threshold ${threshold} (store the speaker: keeps ${KEEP_RIGHT * 100}% of right attributions held out), cardThreshold ${cardAt} (card key quote wrong under 1 in ${Math.round(1 / CARD_WRONG)} held out); weights:`,
  );
  for (const [k, name] of FEATURE_NAMES.entries()) console.log(`  ${name.padEnd(62)} ${model.weights[k]!.toFixed(4)}`);
  console.log(`written: ${outFile.slice(repoRoot.length + 1)}`);
}

main();
