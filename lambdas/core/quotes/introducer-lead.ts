import type { ArticleView } from './candidates';
import type { Entity } from './entities';
import { DASHES } from './lexicon/function-words';
import type { QuoteContext } from './quote-context';

/**
 * "- Manchester City boss Kevin Keegan: “…” “…” - Manchester United boss Sir Alex Ferguson: “…”": a name set
 * before the quote as its label, by a colon or as an item opened by a dash, is its speaker. The scorer weighs
 * the next item's name as much, since the quotes and the labels run on as one sentence, and gave two of three
 * such quotes to the other manager. A name merely opening the sentence before a partial quote ("Obama “opted
 * for …”" after another's quote) is no label. The label, as sure as the scorer was that it was one of the two.
 */
export function labelOverTop<T extends { entity: Entity; p: number }>(
  view: ArticleView,
  ctx: QuoteContext,
  top: T | undefined,
  candidates: readonly T[],
): { entity: Entity; p: number } | undefined {
  const label = ctx.introducer;
  if (!label?.entity || !top || top.entity === label.entity) return undefined;
  const colon = view.tokens[ctx.token - 1]?.text === ':';
  const item = DASHES.has(view.tokens[label.first - 1]?.text ?? '');
  if (!colon && !item) return undefined;
  const labelled = candidates.find((c) => c.entity === label.entity);
  return labelled ? { entity: labelled.entity, p: labelled.p + top.p } : undefined;
}
