/**
 * Who "he", "she", "it" and "they" are when they introduce a quote: `npm run eval:pronouns [-- --examples=N]`.
 *
 * PolNeAR gives no gold name for a pronoun Source ("he said"); CoreNLP's coreference gives a silver
 * one (`speaker_silver`, about 79% right by hand: ../shared/data/polnear-quotes/README.md), so
 * agreement with silver is a proxy, and over about 0.8 it says nothing more. For every PolNeAR quote
 * whose Source is a pronoun with a silver name and whose span we found, prints how often:
 * - the resolver: the entity our pronoun mention at the Source span was resolved to is the silver name;
 * - the stored speaker (scorer's choice at or above the store threshold) is the silver name, nobody,
 *   or someone else; someone else at or above the card threshold; someone else as a card's key quote;
 * broken down by the pronoun, by where the silver name was last mentioned before the pronoun, and by
 * whether the pronoun's sentence turned to someone else. Train, then dev (counts only, never read
 * quote by quote), then BBC dev's pronoun quotes against their gold names (counts only).
 * `--examples=N` prints N train disagreements of the resolver per row of "where". Exits 0 with
 * "skipped" when ../shared is absent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes, readQuotes } from '../../lambdas/core/quotes/index';
import { keyQuote } from '../../lambdas/core/quotes/key-quote';
import { MODEL } from '../../lambdas/core/quotes/scorer';
import { sharedPath } from '../shared-data';
import { isNamed, mentionAt, sourceAt, storedPredictions } from './polnear-source';
import { emptyScore, loadPolnear, polnearSpeakerRight, scoreArticle } from './quotes-polnear';
import { buildArticle, type GoldQuote, matchGold, speakerCorrect } from './quotes-scoring';

const polnearDir = sharedPath('data', 'polnear-quotes');
const bbcDir = sharedPath('data', 'quotes-dev');

const COLUMNS = [
  'n',
  'resolver agrees',
  'stored agrees',
  'nobody',
  'stored other',
  'other >= card',
  'key quote other',
] as const;
type Column = (typeof COLUMNS)[number];
type Row = Record<Column, number>;

class Table {
  readonly rows = new Map<string, Row>();
  add(row: string, column: Column): void {
    let r = this.rows.get(row);
    if (!r) {
      r = Object.fromEntries(COLUMNS.map((c) => [c, 0])) as Row;
      this.rows.set(row, r);
    }
    r[column]++;
  }
  print(order: readonly string[]): void {
    console.log(`  ${''.padEnd(44)}${COLUMNS.map((c) => c.padStart(17)).join('')}`);
    for (const name of order) {
      const r = this.rows.get(name);
      if (!r) continue;
      const cells = COLUMNS.map((c) => (c === 'n' ? String(r.n) : `${r[c]} (${(r[c] / r.n).toFixed(3)})`).padStart(17));
      console.log(`  ${name.padEnd(44)}${cells.join('')}`);
    }
  }
}

/** The pronoun of a Source ("he", "she", "they", "it", "I/we"; anything else "other"). */
export function pronounOf(sourceMention: string): string {
  const w = sourceMention.trim().toLowerCase().split(/\s+/)[0] ?? '';
  if (['he', 'she', 'they', 'it'].includes(w)) return w;
  if (['i', 'we', 'me', 'us'].includes(w)) return 'I/we';
  return 'other';
}

const WHERE_ROWS = [
  'silver last named: same sentence',
  'silver last named: previous sentence',
  'silver last named: 2-3 sentences back',
  'silver last named: further back',
  'silver last named: not before the pronoun',
  'silver name not among our entities',
] as const;

const PRONOUN_ROWS = ['he', 'she', 'they', 'it', 'I/we', 'other'].map((p) => `pronoun: ${p}`);
const MENTION_ROWS = ['our mention there: a pronoun', 'our mention there: other', 'our mention there: none'];
const ORDER = ['all', ...PRONOUN_ROWS, ...WHERE_ROWS, ...MENTION_ROWS];

function wherePolnear(
  r: ReturnType<typeof readQuotes>,
  silver: string,
  pronounToken: number | undefined,
): (typeof WHERE_ROWS)[number] {
  const entity = r.analysis.entities.find((e) => isNamed(e, silver));
  if (!entity) return 'silver name not among our entities';
  if (pronounToken === undefined) return 'silver last named: not before the pronoun';
  const here = r.tokens[pronounToken]!.sentence;
  let last: number | undefined;
  for (const m of r.analysis.mentions) {
    if (m.first >= pronounToken) break;
    if (m.entity === entity && m.type !== 'pronoun') last = m.sentence;
  }
  if (last === undefined) return 'silver last named: not before the pronoun';
  const back = here - last;
  if (back === 0) return 'silver last named: same sentence';
  if (back === 1) return 'silver last named: previous sentence';
  if (back <= 3) return 'silver last named: 2-3 sentences back';
  return 'silver last named: further back';
}

/** The token at or after a body offset. */
function tokenAt(r: ReturnType<typeof readQuotes>, offset: number): number | undefined {
  const i = r.tokens.findIndex((t) => t.end > offset);
  return i >= 0 ? i : undefined;
}

function polnear(split: 'train' | 'dev', examples: number): boolean {
  const articles = loadPolnear(polnearDir, split);
  if (!articles) return false;
  const table = new Table();
  const shown = new Map<string, string[]>();
  for (const a of articles) {
    const r = readQuotes(a.article);
    const { quotes } = findQuotes(a.article);
    const key = keyQuote(quotes);
    const predicted = storedPredictions(a.article.body, r);
    const matched = scoreArticle(emptyScore(), a, predicted);
    for (const g of a.golds) {
      if (g.optional || g.ref !== 'pronoun' || !g.speaker_silver || !g.source_mention) continue;
      const i = matched.indexOf(g);
      if (i < 0) continue;
      const silver = g.speaker_silver;
      const at = sourceAt(a.article.body, g);
      const mention = at ? mentionAt(r, at) : undefined;
      const pronounToken = at ? tokenAt(r, at.start) : undefined;
      const q = r.attributed[i]!;
      const stored = q.confidence >= MODEL.threshold ? q.entity : null;
      const where = wherePolnear(r, silver, pronounToken);
      const rows = [
        'all',
        `pronoun: ${pronounOf(g.source_mention)}`,
        where,
        mention ? `our mention there: ${mention.type === 'pronoun' ? 'a pronoun' : 'other'}` : MENTION_ROWS[2]!,
      ];
      const resolverAgrees = isNamed(mention?.entity, silver);
      for (const row of rows) {
        table.add(row, 'n');
        if (resolverAgrees) table.add(row, 'resolver agrees');
        if (!stored) table.add(row, 'nobody');
        else if (polnearSpeakerRight(stored.name, silver)) table.add(row, 'stored agrees');
        else {
          table.add(row, 'stored other');
          if (q.confidence >= MODEL.cardThreshold) table.add(row, 'other >= card');
          if (key && quotes[i] === key) table.add(row, 'key quote other');
        }
      }
      const list = shown.get(where) ?? [];
      if (split === 'train' && !resolverAgrees && mention?.type === 'pronoun' && list.length < examples && at) {
        const around = `${a.article.body.slice(Math.max(0, at.start - 300), at.start)}[[${a.article.body.slice(at.start, at.end)}]]${a.article.body.slice(at.end, at.end + 60)}`;
        list.push(
          `    ${a.id} silver=${JSON.stringify(silver)} resolver=${JSON.stringify(mention.entity?.name ?? null)} stored=${JSON.stringify(stored?.name ?? null)} p=${q.confidence.toFixed(2)}\n      ${around.replace(/\s+/g, ' ')}`,
        );
        shown.set(where, list);
      }
    }
  }
  console.log(
    `PolNeAR ${split}: quotes whose Source is a pronoun with a silver name, span found (silver is about 79% right)`,
  );
  table.print(ORDER);
  for (const [where, list] of shown) {
    console.log(`  resolver disagrees, ${where}:`);
    for (const line of list) console.log(line);
  }
  return true;
}

/** BBC dev's pronoun quotes against their gold names: counts only. */
function bbc(): void {
  let lines: string[];
  try {
    lines = readFileSync(join(bbcDir, 'bbc-quotes-dev.jsonl'), 'utf8').split('\n').filter(Boolean);
  } catch {
    return;
  }
  const gold = lines.map((l) => JSON.parse(l) as GoldQuote);
  const t = { n: 0, right: 0, nobody: 0, wrong: 0, wrongCard: 0, keyWrong: 0, missed: 0 };
  for (const id of [...new Set(gold.map((g) => g.id))]) {
    const fileText = readFileSync(join(bbcDir, 'articles', `${id.replace('/', '-')}.txt`), 'utf8');
    const { article, shift } = buildArticle(fileText);
    const { quotes } = findQuotes(article);
    const key = keyQuote(quotes);
    const golds = gold.filter((x) => x.id === id);
    const matches = matchGold(article.body, golds, quotes, shift);
    for (const [i, g] of golds.entries()) {
      const match = matches[i];
      if (g.kind !== 'pronoun') continue;
      t.n++;
      if (!match) t.missed++;
      else if (match.speaker === null) t.nobody++;
      else if (speakerCorrect(match.speaker, g.speaker)) t.right++;
      else {
        t.wrong++;
        if ((match.confidence ?? 1) >= MODEL.cardThreshold) t.wrongCard++;
        if (match === key) t.keyWrong++;
      }
    }
  }
  console.log(
    `BBC dev, quotes attributed by a pronoun (gold names; counts only): ${t.n}, right ${t.right}, nobody ${t.nobody}, wrong ${t.wrong} (>= card ${t.wrongCard}, key quote ${t.keyWrong}), span missed ${t.missed}`,
  );
}

function main(): void {
  const examples = Number(process.argv.find((a) => a.startsWith('--examples='))?.slice('--examples='.length) ?? 0);
  if (!polnear('train', examples)) {
    console.log('skipped: ../shared/data/polnear-quotes not found');
    return;
  }
  polnear('dev', 0);
  bbc();
}

main();
