/**
 * How the quote scorer's fit does on an outlet it has never seen:
 * `npm run train:quotes-cv`.
 *
 * On ../shared/data/polnear-quotes/train only (dev is never read here). The
 * articles are decoded once with the committed model (scorer-weights.json);
 * then, for each of the seven outlets, the weights are fitted on the other
 * six outlets' quotes at the committed setting (its `fit`: L2, features left out) and score the held-out
 * outlet's quotes (quotes-outlets.ts). Printed per outlet and overall: the
 * speaker accuracy of that held-out fit next to the in-sample one (the same
 * fit on all seven outlets), and what the committed thresholds keep and get
 * wrong on held-out probabilities. The candidates' features are the ones the
 * committed model decoded, so "speaker of the previous quote" carries that
 * model's earlier choices, made by a model that saw every outlet.
 * Writes nothing. Deterministic. Exits 0 with "skipped" when the data is absent.
 */
import { MODEL } from '../../lambdas/core/quotes/scorer';
import { loadPolnear } from '../eval/quotes-polnear';
import { sharedPath } from '../shared-data';
import { cardsAt, chosenOf, decode, rescored } from './quotes-decode';
import { committedSetting, crossValidate, fitSetting, logLossOf, outletTable } from './quotes-outlets';

const share = (right: number, of: number) => `${(right / Math.max(1, of)).toFixed(3)} (${right}/${of})`;

function main(): void {
  const articles = loadPolnear(sharedPath('data', 'polnear-quotes'), 'train');
  if (!articles) {
    console.log('skipped: ../shared/data/polnear-quotes not found');
    return;
  }
  const setting = committedSetting(MODEL);
  const decoded = decode(articles, MODEL);
  const inSample = rescored(decoded, fitSetting(decoded, setting));
  const cv = crossValidate(decoded, setting);
  const chosenIn = chosenOf(inSample);
  const chosenOut = chosenOf(cv.heldOut);

  console.log(
    `PolNeAR train, leave one outlet out (L2 ${setting.l2}, ${setting.dropped.length} features left out; decoded once with the committed weights)`,
  );
  for (const line of outletTable(chosenIn, chosenOut)) console.log(line);
  console.log(
    `  log loss per labelled quote: in-sample ${logLossOf(inSample).toFixed(4)}, held out ${cv.logLoss.toFixed(4)}`,
  );
  for (const [name, chosen] of [
    ['in-sample', chosenIn],
    ['held out', chosenOut],
  ] as const) {
    const scored = chosen.filter((c) => c.right !== null);
    const kept = scored.filter((c) => c.p >= MODEL.threshold);
    const keptRight = kept.filter((c) => c.right).length;
    const allRight = scored.filter((c) => c.right).length;
    const card = cardsAt(chosen, MODEL.cardThreshold);
    console.log(
      `  ${name.padEnd(9)} at the committed thresholds: store (>= ${MODEL.threshold}) keeps ${share(keptRight, allRight)} of right attributions, precision ${share(keptRight, kept.length)}; card (>= ${MODEL.cardThreshold}) wrong ${card.wrong}/${card.cards} (${(card.wrong / Math.max(1, card.cards)).toFixed(3)})`,
    );
  }
}

main();
