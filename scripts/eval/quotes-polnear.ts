/**
 * PolNeAR scoring for `npm run eval:quotes`, to the rules of
 * ../shared/data/polnear-quotes/README.md (our own scorer):
 * - a prediction matches a gold quote when they overlap by half of the longer
 *   span, or their texts are equal after normalising spaces and marks; one to one;
 * - "don't care" lines (`optional`) neither count as misses nor make a
 *   prediction wrong; headline quotes are left out;
 * - speaker accuracy is over matched quotes whose gold speaker is a name;
 * - the joint figure counts only quotes with a known speaker: a prediction
 *   matched to a `speaker: null` or optional line is "don't care" there.
 * The data stays in ../shared: nothing here is copied from it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CleanArticle } from '../../lambdas/core/article';
import { buildArticle } from './quotes-scoring';

/** One line of train.jsonl / dev.jsonl. */
export interface PolnearGold {
  id: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  optional?: boolean;
  headline: boolean;
  ref?: string;
  partial?: boolean;
  /** PolNeAR's Source span in the file (null when the attribution has none). */
  source_mention?: string | null;
  source_start?: number | null;
  source_end?: number | null;
  /** The paragraph's opening mark is never closed: the quote runs on over paragraphs. */
  unclosed?: boolean;
  /** CoreNLP's coreference guess for a pronoun or nominal source: the source may be a named person. */
  speaker_silver?: string;
}

/** What a finder returns for scoring: spans into the article body and a speaker. */
export interface Predicted {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
}

export interface PolnearArticle {
  id: string;
  article: CleanArticle;
  golds: (PolnearGold & { at: { start: number; end: number } | null })[];
}

/** Read one compartment: each article built through the repo pipeline, gold offsets moved into its body. */
export function loadPolnear(dir: string, split: 'train' | 'dev'): PolnearArticle[] | null {
  const file = join(dir, `${split}.jsonl`);
  if (!existsSync(file)) return null;
  const golds = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as PolnearGold);
  const byId = new Map<string, PolnearGold[]>();
  for (const g of golds) byId.set(g.id, [...(byId.get(g.id) ?? []), g]);
  const names = readdirNames(join(dir, 'articles', split)).map((n) => `${split}/${n}`);
  return names.map((id) => {
    const fileText = readFileSync(join(dir, 'articles', id), 'utf8');
    const { article, shift } = buildArticle(fileText);
    const inArticle = (byId.get(id) ?? []).filter((g) => !g.headline);
    return {
      id,
      article,
      golds: inArticle.map((g) => ({ ...g, at: locateNear(article.body, g.text, g.start - shift) })),
    };
  });
}

/** Sorted, so runs are deterministic. */
function readdirNames(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.txt'))
        .sort()
    : [];
}

/** The gold words in the body (which trims and joins paragraphs), nearest the shifted file offset. */
function locateNear(body: string, text: string, want: number): { start: number; end: number } | null {
  let best = -1;
  for (let i = body.indexOf(text); i >= 0; i = body.indexOf(text, i + 1)) {
    if (best < 0 || Math.abs(i - want) < Math.abs(best - want)) best = i;
  }
  return best < 0 ? null : { start: best, end: best + text.length };
}

const MARKS = /^[\s"“”'‘’`]+|[\s"“”'‘’`]+$/g;
const normText = (t: string) =>
  t
    .replace(MARKS, '')
    .replace(/[“”"]|''/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

function trimmed(p: Predicted): { start: number; end: number } {
  let { start, end } = p;
  const lead = p.text.length - p.text.replace(/^[\s"“”'‘’`]+/, '').length;
  const tail = p.text.length - p.text.replace(/[\s"“”'‘’`]+$/, '').length;
  start += lead;
  end -= tail;
  return { start, end: Math.max(start, end) };
}

export function spansMatch(p: Predicted, g: PolnearGold & { at: { start: number; end: number } | null }): boolean {
  if (g.at) {
    const a = trimmed(p);
    const overlap = Math.min(a.end, g.at.end) - Math.max(a.start, g.at.start);
    if (overlap > 0 && overlap >= 0.5 * Math.max(a.end - a.start, g.at.end - g.at.start)) return true;
  }
  return normText(p.text) === normText(g.text);
}

/** Titles, honorifics and generational suffixes PolNeAR drops from a Source (a closed class). */
const TITLE_WORDS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sen',
  'senator',
  'rep',
  'gov',
  'governor',
  'president',
  'sir',
  'dame',
  'lord',
  'lady',
  'jr',
  'sr',
  'qc',
  'iii',
  'ii',
  'iv',
  // Academic, military, judicial and clerical titles are titles too ("Professor Alba", "Admiral Harris").
  'professor',
  'prof',
  'dean',
  'admiral',
  'adm',
  'general',
  'gen',
  'col',
  'lt',
  'capt',
  'sgt',
  'justice',
  'judge',
  'rev',
  'reverend',
  'father',
  'pastor',
  'bishop',
  'archbishop',
  'rabbi',
  'imam',
  'the',
]);

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !TITLE_WORDS.has(w));
}

/** Names agree after normalising; a surname alone matches the full name (either side); so does an acronym. */
export function polnearSpeakerRight(predicted: string | null, gold: string): boolean {
  if (predicted === null) return false;
  // Gold is spelled as in the Source span: "DNC" there is the "Democratic National Committee" named elsewhere.
  if (abbreviates(gold, predicted) || abbreviates(predicted, gold)) return true;
  const p = nameWords(predicted);
  const g = nameWords(gold);
  if (p.length === 0 || g.length === 0) return false;
  if (p.join(' ') === g.join(' ')) return true;
  // "Marine Le Pen" for "Le Pen": the gold name ends the predicted one (or the other way round).
  const [shorter, longer] = p.length <= g.length ? [p, g] : [g, p];
  if (shorter.length > 1) return longer.slice(-shorter.length).join(' ') === shorter.join(' ');
  return p[p.length - 1] === g[g.length - 1];
}

/** `short` is an acronym of `long`'s capitalised words ("RNC", "Republican National Committee"). */
function abbreviates(short: string, long: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(short)) return false;
  const capitalised = long.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return capitalised.length === short.length && capitalised.map((w) => w[0]).join('') === short;
}

export interface PolnearScore {
  articles: number;
  gold: number;
  pred: number;
  spanHits: number;
  /** Matched quotes whose gold speaker is a name, and how many of those got it right. */
  namedMatched: number;
  speakerHits: number;
  /** Joint, over quotes with a known speaker. */
  namedGold: number;
  jointPred: number;
  /** By gold `ref`: gold count, span hits. */
  byRef: Map<string, { gold: number; spanHits: number }>;
}

export function emptyScore(): PolnearScore {
  return {
    articles: 0,
    gold: 0,
    pred: 0,
    spanHits: 0,
    namedMatched: 0,
    speakerHits: 0,
    namedGold: 0,
    jointPred: 0,
    byRef: new Map(),
  };
}

/**
 * A prediction that runs over paragraphs, cut at each paragraph break: PolNeAR stores a quote that runs
 * on over paragraphs as one record per paragraph (README: `unclosed`), so one span over three paragraphs
 * could match only one of its three records. Each piece keeps the speaker; `of` is the prediction's index.
 */
export function paragraphPieces(predicted: readonly Predicted[]): (Predicted & { of: number })[] {
  return predicted.flatMap((p, of) => {
    const pieces: (Predicted & { of: number })[] = [];
    let from = 0;
    for (let at = p.text.indexOf('\n\n'); at >= 0; at = p.text.indexOf('\n\n', from)) {
      pieces.push({ ...p, start: p.start + from, end: p.start + at, text: p.text.slice(from, at), of });
      from = at + 2;
    }
    pieces.push({ ...p, start: p.start + from, text: p.text.slice(from), of });
    return pieces.filter((piece) => piece.text.trim() !== '');
  });
}

/**
 * Each prediction cut at paragraph breaks (paragraphPieces), and the gold line each piece matched:
 * gold (non-optional) lines first, so a don't-care line never steals a real match.
 */
function matchPieces(a: PolnearArticle, predictedQuotes: readonly Predicted[]) {
  const predicted = paragraphPieces(predictedQuotes);
  const pieceGold: (PolnearArticle['golds'][number] | undefined)[] = predicted.map(() => undefined);
  const taken = new Set<number>();
  const order = a.golds
    .map((_, i) => i)
    .sort((x, y) => Number(a.golds[x]!.optional ?? false) - Number(a.golds[y]!.optional ?? false));
  for (const gi of order) {
    const g = a.golds[gi]!;
    const pi = predicted.findIndex((p, i) => !taken.has(i) && spansMatch(p, g));
    if (pi >= 0) {
      taken.add(pi);
      pieceGold[pi] = g;
    }
  }
  return { predicted, pieceGold };
}

/**
 * For each gold line, the index of the prediction one of whose pieces matched it (a quote over three
 * paragraphs can match three lines), or -1: what the error study buckets quote by quote.
 */
export function predictionOfEachGold(a: PolnearArticle, predictedQuotes: readonly Predicted[]): number[] {
  const { predicted, pieceGold } = matchPieces(a, predictedQuotes);
  return a.golds.map((g) => {
    const piece = pieceGold.indexOf(g);
    return piece < 0 ? -1 : predicted[piece]!.of;
  });
}

/**
 * Add one article's predictions to a running score (each cut at paragraph breaks, above). Returns for
 * each prediction the gold line its first matched piece matched.
 */
export function scoreArticle(
  score: PolnearScore,
  a: PolnearArticle,
  predictedQuotes: readonly Predicted[],
): (PolnearArticle['golds'][number] | undefined)[] {
  score.articles++;
  const { predicted, pieceGold } = matchPieces(a, predictedQuotes);
  for (const g of a.golds) {
    if (g.optional) continue;
    score.gold++;
    if (g.speaker !== null) score.namedGold++;
    const ref = g.ref ?? 'none';
    const r = score.byRef.get(ref) ?? { gold: 0, spanHits: 0 };
    r.gold++;
    score.byRef.set(ref, r);
  }
  predicted.forEach((p, i) => {
    const g = pieceGold[i];
    if (g?.optional) return; // don't care
    score.pred++;
    if (!g) {
      score.jointPred++;
      return;
    }
    score.spanHits++;
    score.byRef.get(g.ref ?? 'none')!.spanHits++;
    if (g.speaker === null) return; // spans only
    score.jointPred++;
    score.namedMatched++;
    if (polnearSpeakerRight(p.speaker, g.speaker)) score.speakerHits++;
  });
  const matchedGold: (PolnearArticle['golds'][number] | undefined)[] = predictedQuotes.map(() => undefined);
  predicted.forEach((piece, i) => {
    matchedGold[piece.of] ??= pieceGold[i];
  });
  return matchedGold;
}

export function prf(hits: number, pred: number, gold: number) {
  const p = pred ? hits / pred : 0;
  const r = gold ? hits / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
