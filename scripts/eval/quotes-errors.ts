/**
 * Where quote attribution goes wrong: `npm run eval:quotes-errors [-- --split=dev] [-- --examples=N]`.
 *
 * On PolNeAR (train by default) every gold quote with a gold name is put in
 * one bucket: right, span missed, or the first reason its speaker is wrong,
 * read from what the finder saw (the mention at PolNeAR's Source span, the
 * candidates, the cue of the quote's sentence, the scorer's choice). Prints
 * a count per bucket; quotes whose span the hand rules dropped as a term (and
 * the span model did not take back) are broken down by the rule that dropped
 * them. `--examples=N` prints N quotes of each bucket, on train
 * only: dev stays unread quote by quote (its counts only). `--shapes` counts, per bucket of wrong speakers,
 * the shape of the text between Source and quote in letter classes (quote-shapes.ts), on either split. Exits 0 with
 * "skipped" when ../shared is absent.
 */
import { readQuotes } from '../../lambdas/core/quotes/index';
import { findQuoteSpans, type QuoteSpan } from '../../lambdas/core/quotes/marks';
import { analyzeMentions } from '../../lambdas/core/quotes/mentions';
import { quoteContexts } from '../../lambdas/core/quotes/quote-context';
import { handRulesDrop } from '../../lambdas/core/quotes/scare-quotes';
import { MODEL } from '../../lambdas/core/quotes/scorer';
import { SPAN_MODEL } from '../../lambdas/core/quotes/span-model';
import { tokenize } from '../../lambdas/core/quotes/tokens';
import {
  loadPolnear,
  type PolnearArticle,
  polnearSpeakerRight,
  predictionOfEachGold,
  spansMatch,
} from './quotes-polnear';
import { sharedPath } from '../shared-data';
import { isNamed, mentionAt, sourceAt, storedPredictions } from './polnear-source';
import { shapeBetween, spanMissShape } from './quote-shapes';

const dataDir = sharedPath('data', 'polnear-quotes');

type Gold = PolnearArticle['golds'][number];

/**
 * Why the hand rules dropped a span the marks found (scare-quotes.ts), each one the span model did
 * not take back (its probability under its threshold); printed under the bucket above as a breakdown.
 */
const DROP_REASONS = [
  'a term marker before',
  'title case',
  'a nickname',
  'a short phrase quoted again',
  'a short phrase, no cue in its sentence',
  'a short phrase listed after a term',
  'single marks without a cue of their own',
  'none: the span was kept but matched another line',
] as const;

/** The hand rule that dropped the span the marks found for a gold quote (DROP_REASONS). */
function dropReasonOf(r: Read, body: string, g: Gold): string {
  const found = r.spans.findIndex((sp) => spansMatch({ ...sp, text: body.slice(sp.start, sp.end), speaker: null }, g));
  return r.dropped.get(found) ?? DROP_REASONS[DROP_REASONS.length - 1]!;
}

/** Why the hand rules dropped each span they dropped, by span index (the same reading as readQuotes). */
function droppedSpans(article: PolnearArticle['article'], spans: readonly QuoteSpan[]): Map<number, string> {
  const out = new Map<number, string>();
  if (spans.length === 0) return out;
  const tokens = tokenize(article, spans);
  quoteContexts(article.body, spans, tokens, analyzeMentions(tokens), SPAN_MODEL, (q, evidence, kept) => {
    const reason = kept ? undefined : handRulesDrop(evidence);
    if (reason) out.set(q, reason);
  });
  return out;
}

/** Why a named gold quote was not credited to its speaker; the order is the order the checks run in. */
export const BUCKETS = [
  'right',
  'span missed: quote over paragraphs',
  'span missed: marks found it, dropped as a term, scare quote or apostrophe',
  'span missed: other',
  'gold name not found: our entity splits or merges it',
  'gold name not found at all',
  'no mention of ours at the Source span',
  'Source mention read as another entity',
  'gold entity not among the candidates',
  'abstained: best guess was right',
  'abstained: best guess wrong',
  'Source in the sentence: no cue found for the quote',
  'Source in the sentence: cue subject is another mention',
  'Source in the sentence: scorer overrode the cue subject',
  'Source elsewhere: unnamed source or organisation chosen over the named person',
  'Source elsewhere: previous speaker kept, gold spoke before',
  'Source elsewhere: quote-only paragraph, previous speaker not continued',
  'Source elsewhere: another of several names',
  'no Source span',
] as const;
export type Bucket = (typeof BUCKETS)[number];
const DROPPED: Bucket = 'span missed: marks found it, dropped as a term, scare quote or apostrophe';

interface Read {
  /** Every span the quote marks gave, before terms and scare quotes are dropped. */
  spans: readonly QuoteSpan[];
  /** Why the hand rules dropped each span they dropped, by its index in `spans`. */
  dropped: ReadonlyMap<number, string>;
  tokens: ReturnType<typeof readQuotes>['tokens'];
  analysis: ReturnType<typeof readQuotes>['analysis'];
  contexts: ReturnType<typeof readQuotes>['contexts'];
  attributed: ReturnType<typeof readQuotes>['attributed'];
}

const isGold = isNamed;

/** Words of a name, lower-case, for "split or merged" (an entity sharing a word with the gold name). */
const wordsOf = (name: string) => name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The bucket of one gold quote with a gold name, given the prediction its span matched (if any). */
export function bucketOf(r: Read, body: string, g: Gold, predicted: number | undefined): Bucket {
  const gold = g.speaker!;
  if (predicted === undefined) {
    if (g.unclosed || /\n/.test(g.text)) return 'span missed: quote over paragraphs';
    const dropped =
      g.at && r.spans.some((sp) => spansMatch({ ...sp, text: body.slice(sp.start, sp.end), speaker: null }, g));
    return dropped ? 'span missed: marks found it, dropped as a term, scare quote or apostrophe' : 'span missed: other';
  }
  const q = r.attributed[predicted]!;
  const ctx = r.contexts[predicted]!;
  const final = q.confidence >= MODEL.threshold ? q.entity : null;
  if (final && polnearSpeakerRight(final.name, gold)) return 'right';
  const at = sourceAt(body, g);
  const source = at ? mentionAt(r, at) : undefined;
  const goldEntity = isGold(source?.entity, gold) ? source!.entity! : r.analysis.entities.find((e) => isGold(e, gold));
  if (!goldEntity) {
    const goldWords = new Set(wordsOf(gold));
    const near = r.analysis.entities.some((e) => wordsOf(e.name).some((w) => w.length > 1 && goldWords.has(w)));
    return near ? 'gold name not found: our entity splits or merges it' : 'gold name not found at all';
  }
  if (!at) return 'no Source span';
  if (!source) return 'no mention of ours at the Source span';
  if (source.entity !== goldEntity) return 'Source mention read as another entity';
  if (!q.candidates.some((c) => c.entity === goldEntity)) return 'gold entity not among the candidates';
  if (final === null) return isGold(q.entity, gold) ? 'abstained: best guess was right' : 'abstained: best guess wrong';
  const sentence = r.tokens[ctx.token]!.sentence;
  if (source.sentence === sentence) {
    if (!ctx.cue?.subject?.entity) return 'Source in the sentence: no cue found for the quote';
    if (ctx.cue.subject.entity !== goldEntity) return 'Source in the sentence: cue subject is another mention';
    return 'Source in the sentence: scorer overrode the cue subject';
  }
  if (final.kind !== 'person' && goldEntity.kind === 'person')
    return 'Source elsewhere: unnamed source or organisation chosen over the named person';
  const previous = predicted > 0 ? r.attributed[predicted - 1] : undefined;
  if (previous?.entity === final && source.first < ctx.token)
    return 'Source elsewhere: previous speaker kept, gold spoke before';
  if (ctx.paragraphInitial && !ctx.sentenceHasCue && previous && isGold(previous.entity, gold))
    return 'Source elsewhere: quote-only paragraph, previous speaker not continued';
  return 'Source elsewhere: another of several names';
}

function main(): void {
  const split =
    process.argv.find((a) => a.startsWith('--split='))?.slice('--split='.length) === 'dev' ? 'dev' : 'train';
  const examples = Number(process.argv.find((a) => a.startsWith('--examples='))?.slice('--examples='.length) ?? 0);
  if (split === 'dev' && examples > 0) {
    console.log('dev is never read quote by quote: counts only');
  }
  const articles = loadPolnear(dataDir, split);
  if (!articles) {
    console.log('skipped: ../shared/data/polnear-quotes not found');
    return;
  }
  const counts = new Map<Bucket, number>(BUCKETS.map((b) => [b, 0]));
  // Role and pronoun Sources ("the senator said") have no gold name; CoreNLP's silver one stands in.
  const silver = new Map<string, { n: number; agree: number; none: number }>();
  const shown = new Map<Bucket, string[]>();
  const reasons = new Map<string, number>();
  const withShapes = process.argv.includes('--shapes');
  const shapes = new Map<Bucket, Map<string, number>>();
  let named = 0;
  for (const a of articles) {
    const spans = findQuoteSpans(a.article);
    const r = { ...readQuotes(a.article), spans, dropped: droppedSpans(a.article, spans) };
    const predicted = storedPredictions(a.article.body, r);
    const matchedPrediction = predictionOfEachGold(a, predicted);
    for (const [gi, g] of a.golds.entries()) {
      const i = matchedPrediction[gi]!;
      if (!g.optional && g.speaker === null && g.speaker_silver && i >= 0) {
        const t = silver.get(g.ref ?? 'none') ?? { n: 0, agree: 0, none: 0 };
        t.n++;
        if (predicted[i]!.speaker === null) t.none++;
        else if (polnearSpeakerRight(predicted[i]!.speaker, g.speaker_silver)) t.agree++;
        silver.set(g.ref ?? 'none', t);
      }
      if (g.optional || g.speaker === null) continue;
      named++;
      const bucket = bucketOf(r, a.article.body, g, i >= 0 ? i : undefined);
      counts.set(bucket, counts.get(bucket)! + 1);
      const at = withShapes && bucket !== 'right' ? sourceAt(a.article.body, g) : undefined;
      const missed = bucket.startsWith('span missed');
      if (withShapes && g.at && (missed || at)) {
        const byShape = shapes.get(bucket) ?? new Map<string, number>();
        const shape = missed
          ? spanMissShape(a.article.body, g.at, spans, predicted)
          : shapeBetween(a.article.body, at!, g.at);
        byShape.set(shape, (byShape.get(shape) ?? 0) + 1);
        shapes.set(bucket, byShape);
      }
      if (bucket === DROPPED) {
        const reason = dropReasonOf(r, a.article.body, g);
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      }
      const list = shown.get(bucket) ?? [];
      if (split === 'train' && bucket !== 'right' && list.length < examples) {
        const got = i >= 0 ? JSON.stringify(predicted[i]!.speaker) : 'no span';
        const around = g.at
          ? `${a.article.body.slice(Math.max(0, g.at.start - 160), g.at.start)}[[${g.text.slice(0, 40)}…]]${a.article.body.slice(g.at.end, g.at.end + 100)}`
          : g.text.slice(0, 70);
        list.push(
          `    ${a.id} gold=${JSON.stringify(g.speaker)} source=${JSON.stringify(g.source_mention)} got=${got}\n      ${around.replace(/\s+/g, ' ')}`,
        );
        shown.set(bucket, list);
      }
    }
  }
  console.log(`PolNeAR ${split}: ${named} gold quotes with a gold name (headlines and "don't care" lines left out)`);
  for (const b of BUCKETS) {
    console.log(`  ${String(counts.get(b)).padStart(5)}  ${b}`);
    if (b === DROPPED)
      for (const reason of DROP_REASONS)
        console.log(`  ${String(reasons.get(reason) ?? 0).padStart(9)}  dropped by the rule: ${reason}`);
    for (const line of shown.get(b) ?? []) console.log(line);
    const top = [...(shapes.get(b) ?? [])].sort((x, y) => y[1] - x[1]).slice(0, 8);
    for (const [shape, n] of top) console.log(`  ${String(n).padStart(9)}  shape ${shape}`);
  }
  console.log('Sources without a gold name that CoreNLP tied to one (silver, about 79% right by hand): ours agrees');
  for (const [ref, t] of [...silver.entries()].sort()) {
    console.log(
      `  ${ref.padEnd(8)} ${t.agree}/${t.n} (${(t.agree / t.n).toFixed(3)}), credited to nobody ${t.none}, to someone else ${t.n - t.agree - t.none}`,
    );
  }
}

// Imported by other scripts for bucketOf; run only as the script itself.
if (process.argv[1]?.endsWith('quotes-errors.ts')) main();
