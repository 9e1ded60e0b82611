/**
 * Quote finder evaluation: `npm run eval:quotes`.
 *
 * On ../shared/data/quotes-dev (BBC articles with every quotation annotated)
 * prints quote-span precision/recall/F1, speaker accuracy over matched
 * quotes, joint F1, and a breakdown by how each quote is attributed; then
 * pass/fail for each expected quote of the seed article; then counts of
 * always-wrong attributions on unannotated BBC sport articles. Articles are built
 * through the repo pipeline so offsets are the ones the product stores.
 * Exits 0 printing "skipped: ../shared not found" when the data is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CleanArticle } from '../../lambdas/core/article';
import { analyze } from '../../lambdas/core/pipeline';
import { findQuotes } from '../../lambdas/core/quotes/index';
import { type ArticleCounts, bootstrapF1 } from './bootstrap';
import { speaksAsI } from '../../lambdas/core/quotes/lexicon/pronouns';
import { speakerMatches } from '../../lambdas/core/quotes/speaker-key';
import { keyQuote } from '../../lambdas/core/quotes/key-quote';
import { regexBaseline } from './quotes-baseline';
import {
  emptyScore,
  loadPolnear,
  type PolnearArticle,
  polnearSpeakerRight as polnearSpeakerRightFn,
  type Predicted,
  prf,
  scoreArticle,
} from './quotes-polnear';
import { buildArticle, type GoldQuote, locate, matchGold, overlapEnough, speakerCorrect } from './quotes-scoring';
import { SHARED_DIR } from '../shared-data';

const shared = SHARED_DIR;
const devDir = join(shared, 'data/quotes-dev');
const seedFile = join(shared, 'seed/voa-kerry-lavrov.txt');
const polnearDir = join(shared, 'data/polnear-quotes');

/** One column of the side-by-side table. */
interface Column {
  name: string;
  rows: Map<string, string>;
  /** Lines too long for the table, printed under it. */
  notes: string[];
}
const columns: Column[] = [];

interface Tally {
  gold: number;
  pred: number;
  spanHits: number;
  speakerHits: number;
}

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

function evaluateDev(verbose: boolean): void {
  const lines = readFileSync(join(devDir, 'bbc-quotes-dev.jsonl'), 'utf8').split('\n').filter(Boolean);
  const gold = lines.map((l) => JSON.parse(l) as GoldQuote);
  const ids = [...new Set(gold.map((g) => g.id))];
  const total: Tally = { gold: 0, pred: 0, spanHits: 0, speakerHits: 0 };
  const byCase = new Map<string, Tally>();
  const bump = (name: string, spanHit: boolean, speakerHit: boolean) => {
    const t = byCase.get(name) ?? { gold: 0, pred: 0, spanHits: 0, speakerHits: 0 };
    t.gold++;
    if (spanHit) t.spanHits++;
    if (speakerHit) t.speakerHits++;
    byCase.set(name, t);
  };
  const built: CleanArticle[] = [];
  const base: Tally = { gold: 0, pred: 0, spanHits: 0, speakerHits: 0 };
  const cards: CardTally = { cards: 0, right: 0, wrong: 0, unverifiable: 0, notGold: 0 };

  const perArticle: ArticleCounts[] = [];
  for (const id of ids) {
    const before = { ...total };
    const fileText = readFileSync(join(devDir, 'articles', `${id.replace('/', '-')}.txt`), 'utf8');
    const { article, shift } = buildArticle(fileText);
    built.push(article);
    const { quotes } = findQuotes(article);
    const golds = gold.filter((g) => g.id === id);
    const matches = matchGold(article.body, golds, quotes, shift);
    total.gold += golds.length;
    total.pred += quotes.length;
    for (const [i, g] of golds.entries()) {
      const match = matches[i];
      const speakerHit = match !== undefined && speakerCorrect(match.speaker, g.speaker);
      if (match) total.spanHits++;
      if (speakerHit) total.speakerHits++;
      bump(`kind=${g.kind}`, match !== undefined, speakerHit);
      if (g.partial) bump('partial', match !== undefined, speakerHit);
      if (g.multi_paragraph) bump('multi-paragraph', match !== undefined, speakerHit);
      if (verbose && !speakerHit) {
        console.log(
          `  MISS ${id} [${g.kind}] gold=${JSON.stringify(g.speaker)} got=${match ? JSON.stringify(match.speaker) : 'no span'} :: ${g.text.slice(0, 60)}`,
        );
      }
    }
    const key = keyQuote(quotes);
    if (key) {
      cards.cards++;
      const g = golds.find((x) => overlapEnough(key, locate(article.body, x, shift) ?? { start: -1, end: -1 }));
      if (!g) cards.notGold++;
      else if (speakerCorrect(key.speaker, g.speaker)) cards.right++;
      else cards.wrong++;
    }
    perArticle.push({
      hits: total.speakerHits - before.speakerHits,
      pred: total.pred - before.pred,
      gold: total.gold - before.gold,
    });
    tallyBaseline(base, article, golds, shift);
    if (verbose) {
      for (const q of quotes) {
        if (!matches.includes(q))
          console.log(`  EXTRA ${id} speaker=${JSON.stringify(q.speaker)} :: ${q.text.slice(0, 60)}`);
      }
    }
  }

  const span = prf(total.spanHits, total.pred, total.gold);
  const joint = prf(total.speakerHits, total.pred, total.gold);
  console.log(`quotes-dev: ${ids.length} articles, ${total.gold} gold quotes, ${total.pred} predicted`);
  console.log(`  span      precision ${fmt(span.p)}  recall ${fmt(span.r)}  F1 ${fmt(span.f)}`);
  console.log(
    `  speaker   accuracy over matched quotes ${fmt(total.spanHits ? total.speakerHits / total.spanHits : 0)} (${total.speakerHits}/${total.spanHits})`,
  );
  console.log(`  joint     precision ${fmt(joint.p)}  recall ${fmt(joint.r)}  F1 ${fmt(joint.f)}`);
  console.log('  by case (gold annotation): span recall, speaker accuracy over matched, joint recall');
  const order = [
    'kind=name',
    'kind=pronoun',
    'kind=role',
    'kind=earlier_paragraph',
    'kind=organisation',
    'kind=unnamed',
    'kind=none',
    'partial',
    'multi-paragraph',
  ];
  for (const name of order) {
    const t = byCase.get(name);
    if (!t) continue;
    console.log(
      `    ${name.padEnd(24)} n=${String(t.gold).padStart(3)}  span ${fmt(t.spanHits / t.gold)}  speaker ${fmt(t.spanHits ? t.speakerHits / t.spanHits : 0)}  joint ${fmt(t.speakerHits / t.gold)}`,
    );
  }
  const baseSpan = prf(base.spanHits, base.pred, base.gold);
  const baseJoint = prf(base.speakerHits, base.pred, base.gold);
  const rows = new Map<string, string>([
    ['articles/gold(named)', `${ids.length}/${total.gold}(${total.gold})`],
    ['span P/R/F1', `${fmt(span.p)}/${fmt(span.r)}/${fmt(span.f)}`],
    [
      'speaker acc',
      `${fmt(total.spanHits ? total.speakerHits / total.spanHits : 0)} (${total.speakerHits}/${total.spanHits})`,
    ],
    ['joint P/R/F1', `${fmt(joint.p)}/${fmt(joint.r)}/${fmt(joint.f)}`],
    ['joint F1 95% interval', bootstrapF1(perArticle).map(fmt).join('-')],
    ['card key quote wrong', `${cards.wrong}/${cards.cards} (${fmt(cards.cards ? cards.wrong / cards.cards : 0)})`],
    ['regex span P/R/F1', `${fmt(baseSpan.p)}/${fmt(baseSpan.r)}/${fmt(baseSpan.f)}`],
    [
      'regex speaker acc',
      `${fmt(base.spanHits ? base.speakerHits / base.spanHits : 0)} (${base.speakerHits}/${base.spanHits})`,
    ],
    ['regex joint P/R/F1', `${fmt(baseJoint.p)}/${fmt(baseJoint.r)}/${fmt(baseJoint.f)}`],
    ['ms/article', msPerArticle(built, finder, 20).toFixed(3)],
    ['regex ms/article', msPerArticle(built, regexBaseline, 20).toFixed(3)],
  ]);
  columns.push({ name: 'BBC dev', rows, notes: [`card key quote: ${cardLine(cards)}`] });
  // Timing after warm-up (the first calls include compiling): the best of 20 rounds over all articles.
  const words = built.reduce((n, a) => n + a.body.split(/\s+/).length, 0) / built.length;
  let best = Infinity;
  for (let round = 0; round < 20; round++) {
    const t0 = performance.now();
    for (const a of built) findQuotes(a);
    best = Math.min(best, (performance.now() - t0) / built.length);
  }
  console.log(
    `  findQuotes time: ${best.toFixed(3)} ms per article (best of 20 warm rounds; ${Math.round(words)} words per article on average)`,
  );
}

type Finder = (article: CleanArticle) => Predicted[];
const finder: Finder = (article) => findQuotes(article).quotes;

/** Best of `rounds` passes over the articles, in ms per article (the first pass warms the JIT). */
function msPerArticle(articles: readonly CleanArticle[], find: Finder, rounds = 3): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const t0 = performance.now();
    for (const a of articles) find(a);
    best = Math.min(best, (performance.now() - t0) / articles.length);
  }
  return best;
}

/** Key quote of each card, checked against the gold line its span matches. */
interface CardTally {
  cards: number;
  right: number;
  wrong: number;
  /** Matched a gold quote whose speaker is a pronoun or nominal (no gold name). */
  unverifiable: number;
  /** Matched no gold quote, or a "don't care" line (a title, a scare quote). */
  notGold: number;
}

function cardLine(t: CardTally): string {
  return `${t.wrong}/${t.cards} wrong (${fmt(t.cards ? t.wrong / t.cards : 0)}); right ${t.right}, no gold name ${t.unverifiable}, not a gold quote ${t.notGold}`;
}

function polnearColumn(name: string, articles: readonly PolnearArticle[]): Column {
  const ours = emptyScore();
  const base = emptyScore();
  const cards: CardTally = { cards: 0, right: 0, wrong: 0, unverifiable: 0, notGold: 0 };
  const confident = { n: 0, right: 0 };
  const perArticle: (ArticleCounts & { wrong: number })[] = [];
  for (const a of articles) {
    const quotes = findQuotes(a.article).quotes;
    const before = { ...ours };
    const matched = scoreArticle(ours, a, quotes);
    perArticle.push({
      hits: ours.speakerHits - before.speakerHits,
      pred: ours.jointPred - before.jointPred,
      gold: ours.namedGold - before.namedGold,
      wrong: ours.namedMatched - before.namedMatched - (ours.speakerHits - before.speakerHits),
    });
    scoreArticle(base, a, regexBaseline(a.article));
    quotes.forEach((q, i) => {
      const g = matched[i];
      if (q.speaker === null || !g || g.optional || g.speaker === null) return;
      confident.n++;
      if (polnearRight(q.speaker, g.speaker)) confident.right++;
    });
    const key = keyQuote(quotes);
    if (!key) continue;
    cards.cards++;
    const g = matched[quotes.indexOf(key)];
    if (!g || g.optional) cards.notGold++;
    else if (g.speaker === null) cards.unverifiable++;
    else if (polnearRight(key.speaker, g.speaker)) cards.right++;
    else cards.wrong++;
  }
  const rows = new Map<string, string>();
  const fill = (prefix: string, s: typeof ours) => {
    const span = prf(s.spanHits, s.pred, s.gold);
    const joint = prf(s.speakerHits, s.jointPred, s.namedGold);
    rows.set(`${prefix}span P/R/F1`, `${fmt(span.p)}/${fmt(span.r)}/${fmt(span.f)}`);
    rows.set(
      `${prefix}speaker acc`,
      `${fmt(s.namedMatched ? s.speakerHits / s.namedMatched : 0)} (${s.speakerHits}/${s.namedMatched})`,
    );
    rows.set(`${prefix}joint P/R/F1`, `${fmt(joint.p)}/${fmt(joint.r)}/${fmt(joint.f)}`);
  };
  rows.set('articles/gold(named)', `${ours.articles}/${ours.gold}(${ours.namedGold})`);
  fill('', ours);
  const [low, high] = bootstrapF1(perArticle);
  rows.set('joint F1 95% interval', `${fmt(low)}-${fmt(high)}`);
  const worst = Math.max(...perArticle.map((a) => a.wrong));
  rows.set('wrong speakers, worst article', `${worst} of ${ours.namedMatched - ours.speakerHits}`);
  rows.set(
    'attributed precision',
    `${fmt(confident.n ? confident.right / confident.n : 0)} (${confident.right}/${confident.n})`,
  );
  rows.set(
    'card key quote wrong',
    `${cards.wrong}/${cards.cards} (${fmt(cards.cards ? cards.wrong / cards.cards : 0)})`,
  );
  fill('regex ', base);
  rows.set(
    'ms/article',
    msPerArticle(
      articles.map((a) => a.article),
      finder,
    ).toFixed(3),
  );
  rows.set(
    'regex ms/article',
    msPerArticle(
      articles.map((a) => a.article),
      regexBaseline,
    ).toFixed(3),
  );
  return { name, rows, notes: [`card key quote: ${cardLine(cards)}`] };
}

function polnearRight(predicted: string | null, gold: string): boolean {
  return polnearSpeakerRightFn(predicted, gold);
}

function printTable(): void {
  const labels: string[] = [];
  for (const c of columns) for (const k of c.rows.keys()) if (!labels.includes(k)) labels.push(k);
  const first = Math.max(...labels.map((l) => l.length)) + 2;
  const width = Math.max(...columns.flatMap((c) => [c.name.length, ...[...c.rows.values()].map((v) => v.length)])) + 2;
  console.log('\nside by side (tuned on PolNeAR train only; PolNeAR dev and BBC dev are never tuned on)');
  console.log(`  ${''.padEnd(first)}${columns.map((c) => c.name.padEnd(width)).join('')}`);
  for (const l of labels)
    console.log(`  ${l.padEnd(first)}${columns.map((c) => (c.rows.get(l) ?? '-').padEnd(width)).join('')}`);
  for (const c of columns) for (const note of c.notes) console.log(`  ${c.name}: ${note}`);
}

/** The regex baseline on the BBC dev set, scored as the finder is. */
function tallyBaseline(base: Tally, article: CleanArticle, golds: readonly GoldQuote[], shift: number): void {
  const predicted = regexBaseline(article);
  const matches = matchGold(article.body, golds, predicted, shift);
  base.gold += golds.length;
  base.pred += predicted.length;
  for (const [i, g] of golds.entries()) {
    const match = matches[i];
    if (!match) continue;
    base.spanHits++;
    if (speakerCorrect(match.speaker, g.speaker)) base.speakerHits++;
  }
}

/** Expected seed quotes, by short anchors (the seed's text stays in ../shared). */
const SEED_EXPECTED: { speaker: string; check: (text: string) => boolean; label: string }[] = [
  { speaker: 'Kerry', label: 'moments of disagreement', check: (t) => t.includes('moments of disagreement') },
  { speaker: 'Kerry', label: 'colliding ... interests (partial)', check: (t) => t.startsWith('colliding') },
  {
    speaker: 'Kerry',
    label: 'paragraph-long hockey quote',
    check: (t) => t.startsWith('Now I think') && t.includes('hockey'),
  },
  { speaker: 'Kerry', label: 'candid', check: (t) => t === 'candid' },
  { speaker: 'Lavrov', label: 'top priority', check: (t) => t === 'top priority' },
  { speaker: 'Hagel', label: 'very positive', check: (t) => t === 'very positive' },
  {
    speaker: 'Carney',
    label: 'We did not see, on a range of fronts ...',
    check: (t) => t.startsWith('We did not see, on a range of fronts'),
  },
];

function evaluateSeed(): boolean {
  const record = analyze({ text: readFileSync(seedFile, 'utf8') });
  let allPass = true;
  console.log(`seed: ${record.quotes.length} quotes found`);
  for (const e of SEED_EXPECTED) {
    const q = record.quotes.find((x) => e.check(x.text));
    const pass = q !== undefined && q.speaker !== null && speakerMatches(e.speaker, q.speaker);
    allPass &&= pass;
    console.log(
      `  ${pass ? 'PASS' : 'FAIL'} ${e.speaker}: ${e.label}${q ? ` -> ${JSON.stringify(q.speaker)}` : ' -> not found'}`,
    );
  }
  const kerry = record.quotes.filter((q) => q.speaker !== null && speakerMatches('kerry', q.speaker));
  const expectedKerry = SEED_EXPECTED.filter((e) => e.speaker === 'Kerry');
  const lookupPass =
    kerry.length === expectedKerry.length && expectedKerry.every((e) => kerry.some((q) => e.check(q.text)));
  allPass &&= lookupPass;
  const passed = SEED_EXPECTED.filter((e) => {
    const q = record.quotes.find((x) => e.check(x.text));
    return q !== undefined && q.speaker !== null && speakerMatches(e.speaker, q.speaker);
  }).length;
  const seedBase = regexBaseline(record).filter((q) =>
    SEED_EXPECTED.some((e) => e.check(q.text) && q.speaker !== null && speakerMatches(e.speaker, q.speaker)),
  ).length;
  const key = keyQuote(record.quotes);
  const keyRight =
    key !== undefined &&
    SEED_EXPECTED.some((e) => e.check(key.text) && key.speaker !== null && speakerMatches(e.speaker, key.speaker));
  columns.push({
    name: 'seed',
    rows: new Map([
      ['articles/gold(named)', `1/${SEED_EXPECTED.length}(${SEED_EXPECTED.length})`],
      ['expected quotes right', `${passed}/${SEED_EXPECTED.length}`],
      ['card key quote wrong', key ? (keyRight ? '0/1' : '1/1') : '0/0'],
      ['regex expected right', `${seedBase}/${SEED_EXPECTED.length}`],
    ]),
    notes: [],
  });
  console.log(`  ${lookupPass ? 'PASS' : 'FAIL'} /news quote kerry: ${kerry.length} quotes, Kerry's and no one else's`);
  for (const q of record.quotes) {
    if (!SEED_EXPECTED.some((e) => e.check(q.text)))
      console.log(`  note: also found ${JSON.stringify(q.text.slice(0, 40))} -> ${JSON.stringify(q.speaker)}`);
  }
  return allPass;
}

/**
 * Without annotations, on the BBC sport articles (a category neither the dev set
 * nor the held-out set uses, so nothing here was tuned on the test data): how
 * many quotes get a speaker, and two counts that are always mistakes: a
 * whole-sentence quote credited to nobody, and a first-person ("I", "my")
 * quote credited to an organisation. Prints counts, not a score.
 */
function sanityOnSport(): void {
  const file = join(shared, 'data/bbc-news-summary/bbc-news-summary.jsonl');
  if (!existsSync(file)) return;
  const articles = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { category: string; title: string; text: string })
    .filter((a) => a.category === 'sport');
  let quotes = 0;
  let attributed = 0;
  let wholeUnattributed = 0;
  let firstPersonOrganisation = 0;
  for (const a of articles) {
    const record = analyze({ text: `${a.title}\n\n${a.text}` });
    for (const q of record.quotes) {
      quotes++;
      if (q.speaker !== null) attributed++;
      else if (!q.partial) wholeUnattributed++;
      const kind = record.speakers.find((s) => s.name === q.speaker)?.kind;
      if (kind === 'organisation' && !q.partial && speaksAsI(q.text)) firstPersonOrganisation++;
    }
  }
  console.log(
    `unannotated check, BBC sport (${articles.length} articles, ${quotes} quotes): ${fmt(attributed / quotes)} with a speaker; always wrong: ${wholeUnattributed} whole-sentence quotes credited to nobody, ${firstPersonOrganisation} first-person quotes credited to an organisation`,
  );
}

if (!existsSync(devDir) || !existsSync(seedFile)) {
  console.log('skipped: ../shared not found');
  process.exit(0);
}
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
for (const split of ['train', 'dev'] as const) {
  if (only && only !== `polnear-${split}`) continue;
  const articles = loadPolnear(polnearDir, split);
  if (articles) columns.push(polnearColumn(`PolNeAR ${split}`, articles));
  else console.log(`PolNeAR ${split}: skipped (../shared/data/polnear-quotes not found)`);
}
if (!only || only === 'bbc') evaluateDev(process.argv.includes('--verbose'));
if (!only || only === 'seed') evaluateSeed();
if (!only) sanityOnSport();
printTable();
