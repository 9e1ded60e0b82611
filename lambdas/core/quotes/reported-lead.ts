import type { ArticleView, History } from './candidates';
import type { Entity } from './entities';
import type { QuoteContext } from './quote-context';

/**
 * "She said: “…” … The film's director Peter Chelsom said he was disappointed that Lopez did not attend. ¶ “It's
 * a shame. …”": a quote with no cue of its own, right after a sentence that only reports someone's words, is that
 * someone's. The reporter brings in the next speaker this way; the scorer weighs the speaker of the quote before
 * about as much, and took the quote back to her. The sentence's cue must name one speaker, by name or role (a "he"
 * may be anyone), and quote nothing itself. Undefined when the quote has a cue, an introducer or is partial.
 */
export function reportedSpeechLead(view: ArticleView, ctx: QuoteContext): Entity | undefined {
  if (ctx.partial || ctx.sentenceHasCue || ctx.introducer || ctx.speechNounOwner) return undefined;
  const before = view.tokens[ctx.token - 1];
  const sentence = ctx.sentence - 1;
  if (!before || before.sentence !== sentence || before.quote >= 0) return undefined;
  let lead: Entity | undefined;
  for (const m of view.cueSubjects) {
    if (m.first >= ctx.token) break;
    if (m.sentence !== sentence) continue;
    if (m.type === 'pronoun' || !m.entity || m.entity.place || (lead && lead !== m.entity)) return undefined;
    lead = m.entity;
  }
  if (!lead) return undefined;
  for (let k = ctx.token - 1; k >= 0 && view.tokens[k]!.sentence === sentence; k--)
    if (view.tokens[k]!.quote >= 0) return undefined;
  return lead;
}

/**
 * The speaker a reported-speech lead makes of a quote the scorer gave to the speaker of the quote before: the lead,
 * as sure as the scorer was that it was one of the two. Undefined when there is no lead, the scorer already chose
 * it, or its choice was not the speaker going on.
 */
export function leadOverPrevious<T extends { entity: Entity; p: number }>(
  view: ArticleView,
  ctx: QuoteContext,
  previous: History | undefined,
  top: T | undefined,
  candidates: readonly T[],
): { entity: Entity; p: number } | undefined {
  const lead = reportedSpeechLead(view, ctx);
  if (!lead || !top || top.entity === lead || previous?.entity !== top.entity) return undefined;
  const led = candidates.find((c) => c.entity === lead);
  return led ? { entity: lead, p: led.p + top.p } : undefined;
}
