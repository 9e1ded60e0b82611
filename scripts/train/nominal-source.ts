import type { Entity } from '../../lambdas/core/quotes/entities';
import type { MentionAnalysis } from '../../lambdas/core/quotes/mentions';
import type { Token } from '../../lambdas/core/quotes/tokens';
import type { PolnearArticle } from '../eval/quotes-polnear';

/**
 * The entity our reading gives the Source span of a quote PolNeAR attributes to a nominal source
 * with no name anywhere ("officials", "a spokesman for the council", "the report"), when it is an
 * unnamed source, a group or an organisation. A Source that CoreNLP tied to a name
 * (`speaker_silver`), or that we resolved to a person, may be a named person: left out.
 */
export function nominalSource(
  g: PolnearArticle['golds'][number],
  tokens: readonly Token[],
  analysis: MentionAnalysis,
): Entity | undefined {
  if (g.ref !== 'nominal' || g.speaker_silver || g.source_start == null || g.source_end == null || !g.at) return;
  const delta = g.start - g.at.start;
  const from = g.source_start - delta;
  const to = g.source_end - delta;
  let best: { entity: Entity; overlap: number } | undefined;
  for (const m of analysis.mentions) {
    const lo = Math.max(from, tokens[m.first]!.start);
    const hi = Math.min(to, tokens[m.last]!.end);
    if (m.entity && hi - lo > 0 && (!best || hi - lo > best.overlap)) best = { entity: m.entity, overlap: hi - lo };
  }
  return best && best.entity.kind !== 'person' ? best.entity : undefined;
}
