/**
 * Where PolNeAR's Source span of a gold quote sits among what the finder read: the body offsets of
 * the Source and our mention there. Shared by `eval:quotes-errors` and `eval:pronouns`.
 */
import type { Entity } from '../../lambdas/core/quotes/entities';
import type { readQuotes } from '../../lambdas/core/quotes/index';
import type { Mention } from '../../lambdas/core/quotes/mentions';
import { MODEL } from '../../lambdas/core/quotes/scorer';
import { type PolnearArticle, polnearSpeakerRight } from './quotes-polnear';

type Gold = PolnearArticle['golds'][number];
type Reading = Pick<ReturnType<typeof readQuotes>, 'tokens' | 'analysis'>;

/** The body offsets of PolNeAR's Source span: the mention's words nearest where the file offsets point. */
export function sourceAt(body: string, g: Gold): { start: number; end: number } | undefined {
  if (g.source_start == null || g.source_end == null || !g.at || !g.source_mention) return undefined;
  const want = g.source_start - (g.start - g.at.start);
  const words = g.source_mention.split(' ')[0]!;
  let best = -1;
  for (let i = body.indexOf(words); i >= 0; i = body.indexOf(words, i + 1))
    if (best < 0 || Math.abs(i - want) < Math.abs(best - want)) best = i;
  if (best < 0) return { start: want, end: want + (g.source_end - g.source_start) };
  return { start: best, end: best + (g.source_end - g.source_start) };
}

/** Our speaker mention overlapping the offsets most. */
export function mentionAt(r: Reading, at: { start: number; end: number }): Mention | undefined {
  let found: { m: Mention; overlap: number } | undefined;
  for (const m of r.analysis.mentions) {
    const overlap = Math.min(at.end, r.tokens[m.last]!.end) - Math.max(at.start, r.tokens[m.first]!.start);
    if (overlap > 0 && (!found || overlap > found.overlap)) found = { m, overlap };
  }
  return found?.m;
}

/** The entity is known by the name (under its canonical name or an alias). */
export const isNamed = (e: Entity | null | undefined, name: string): e is Entity =>
  !!e && (polnearSpeakerRight(e.name, name) || e.aliases.some((a) => polnearSpeakerRight(a, name)));

/** The quotes as stored, for scoring against PolNeAR: a speaker only where the store threshold keeps one. */
export function storedPredictions(body: string, r: Pick<ReturnType<typeof readQuotes>, 'attributed'>) {
  return r.attributed.map((q) => ({
    start: q.span.start,
    end: q.span.end,
    text: body.slice(q.span.start, q.span.end),
    speaker: q.confidence >= MODEL.threshold ? (q.entity?.name ?? null) : null,
  }));
}
