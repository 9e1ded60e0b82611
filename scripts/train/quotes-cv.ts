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
 * wrong on held-out probabilities, and how well those probabilities match the
 * share of right attributions (a reliability table). The candidates' features are the ones the
 * committed model decoded, so "speaker of the previous quote" carries that
 * model's earlier choices, made by a model that saw every outlet.
 * With `--rounds` it also runs the whole procedure per outlet: the weights
 * fitted in their own decode/refit rounds on the other six outlets
 * (quotes-rounds.ts), which then decode the held-out outlet themselves, so
 * no choice a model made on the held-out outlet's articles reaches its
 * features (seven more fits in rounds: a few minutes).
 * Writes nothing. Deterministic. Exits 0 with "skipped" when the data is absent.
 */
import { MODEL } from '../../lambdas/core/quotes/scorer';
import { loadPolnear, type PolnearArticle } from '../eval/quotes-polnear';
import { sharedPath } from '../shared-data';
import { groupsOf, outletOf } from './grouped-folds';
import { type Chosen, cardsAt, chosenOf, decode, rescored, share } from './quotes-decode';
import { committedSetting, crossValidate, fitSetting, logLossOf, outletTable, type Setting } from './quotes-outlets';
import { fitInRounds } from './quotes-rounds';
import { reliability } from './quotes-thresholds';

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
  const runs: [string, Chosen[]][] = [
    ['in-sample', chosenIn],
    ['held out', chosenOut],
  ];
  if (process.argv.includes('--rounds')) {
    const whole = heldOutInRounds(articles, setting);
    console.log('leave one outlet out, each fold fitted in its own rounds and decoding the held-out outlet itself:');
    for (const line of outletTable(chosenOf(decoded), whole)) console.log(line);
    runs.push(['held out, own rounds', whole]);
  }
  console.log('reliability of the held-out probabilities (attributions with a gold name):');
  for (const b of reliability(chosenOut))
    console.log(
      `  p in [${b.from}, ${b.to}${b.to === 1 ? ']' : ')'}: ${String(b.n).padStart(5)} quotes, mean p ${b.meanP.toFixed(3)}, right ${b.right.toFixed(3)}`,
    );
  for (const [name, chosen] of runs) {
    const scored = chosen.filter((c) => c.right !== null);
    const kept = scored.filter((c) => c.p >= MODEL.threshold);
    const keptRight = kept.filter((c) => c.right).length;
    const allRight = scored.filter((c) => c.right).length;
    const card = cardsAt(chosen, MODEL.cardThreshold);
    console.log(
      `  ${name} at the committed thresholds: store (>= ${MODEL.threshold}) keeps ${share(keptRight, allRight)} of right attributions, precision ${share(keptRight, kept.length)}; card (>= ${MODEL.cardThreshold}) wrong ${card.wrong}/${card.cards} (${(card.wrong / Math.max(1, card.cards)).toFixed(3)})`,
    );
  }
}

/** Each outlet's quotes as decoded by a model fitted in rounds on the other outlets' articles. */
function heldOutInRounds(articles: readonly PolnearArticle[], setting: Setting): Chosen[] {
  const out: Chosen[] = [];
  for (const [fold, outlet] of groupsOf(articles, (a) => outletOf(a.id)).entries()) {
    const held = articles.filter((a) => outletOf(a.id) === outlet);
    const model = fitInRounds(
      articles.filter((a) => outletOf(a.id) !== outlet),
      setting,
      () => {},
    );
    // Article numbers are per fold: offset them so that cards stay one per article.
    out.push(...chosenOf(decode(held, model)).map((c) => ({ ...c, article: fold * articles.length + c.article })));
  }
  return out;
}

main();
