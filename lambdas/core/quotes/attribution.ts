import { type ArticleView, candidatesFor, type History } from './candidates';
import { continuesConfidentSpeaker } from './continued-speaker';
import type { Entity } from './entities';
import { pairFeatures, quoteFacts } from './features';
import { resolutionCertainty } from './pronoun-certainty';
import { labelOverTop } from './introducer-lead';
import { leadOverPrevious } from './reported-lead';
import type { QuoteSpan } from './marks';
import type { QuoteContext } from './quote-context';
import { viewWithSpeakingOwner } from './speech-noun-content';
import { best, choiceProbabilities, type Scored, type ScorerModel } from './scorer';

/**
 * Who said each quotation: candidates (candidates.ts), their features
 * (features.ts), a share of the probability each (scorer.ts), the most probable one.
 * Quotes are read in order, so "the speaker of the previous quote" is the
 * scorer's own choice for it: interviews run on over many paragraphs.
 */
export interface AttributedQuote {
  span: QuoteSpan;
  /** The most probable candidate, before any threshold; null when the article offers none. */
  entity: Entity | null;
  /** The scorer's probability that `entity` said the quote (0 with no candidate). */
  confidence: number;
  partial: boolean;
  /** Every candidate with its features and score (read by the training script). */
  candidates: Scored[];
}

export function attributeQuotes(
  view: ArticleView,
  contexts: readonly QuoteContext[],
  model: ScorerModel,
): AttributedQuote[] {
  let previous: History | undefined;
  let previousConfident = false;
  const quotedParagraphs = new Set(contexts.map((ctx) => ctx.paragraph));
  return contexts.map((ctx) => {
    const quoteView = ctx.speechNounOwner ? viewWithSpeakingOwner(view, ctx.speechNounOwner) : view;
    const facts = quoteFacts(quoteView, ctx, previous, quotedParagraphs);
    const found = candidatesFor(quoteView, ctx, previous);
    const xs = found.map((c) => pairFeatures(quoteView, facts, c));
    const ps = choiceProbabilities(model.weights, xs);
    const candidates = found.map((c, i) => ({ entity: c.entity, x: xs[i]!, p: ps[i]! }));
    const scored = best(candidates);
    const top =
      labelOverTop(view, ctx, scored, candidates) ??
      leadOverPrevious(view, ctx, previous, scored, candidates) ??
      scored;
    // Credited through "he said", the quote is as sure as the scorer and the pronoun's resolution together, unless
    // a cue before the quote names the same speaker ("Monfils said: “…,” he said") or the pronoun is the confident
    // speaker of the quote before going on.
    const named = ctx.cueBefore?.subject;
    const namedBefore = top !== undefined && named?.type !== 'pronoun' && named?.entity === top.entity;
    const entity = top?.entity ?? null;
    const goesOn = continuesConfidentSpeaker(view, ctx.cue?.subject, entity, previous, previousConfident, ctx);
    const certainty = namedBefore || goesOn ? 1 : resolutionCertainty(ctx.cue?.subject, entity, view.tokens);
    const confidence = (top?.p ?? 0) * certainty;
    // Words of someone's claim, quoted in another's sentence, are no turn of theirs: the one before spoke last.
    if (!ctx.speechNounOwner) {
      previous = { entity, token: ctx.token, paragraph: ctx.paragraph };
      previousConfident = confidence >= model.threshold;
    }
    return { span: ctx.span, entity, confidence, partial: ctx.partial, candidates };
  });
}
