import type { ArticleView } from './candidates';
import { compatible } from './antecedents';
import type { Entity } from './entities';
import { GENDERED_PRONOUNS, type Gender } from './lexicon/pronouns';
import type { QuoteContext } from './quote-context';

/** How many sentences before the quote's the one spoken of may last have been named. */
const REACH = 2;

/**
 * "And the young forward Dan Hale looks certain to get the call. “…he has earned it…”": the person a "he" or "she" in
 * the quote most likely stands for, the latest person of that gender named just before it, is spoken of, and so is
 * seldom the one speaking. The quote's own names are weighed apart (features.ts, "named inside the quote").
 */
export function spokenOf(view: ArticleView, ctx: QuoteContext, quoteWords: ReadonlySet<string>): ReadonlySet<Entity> {
  const genders = new Set<Gender>();
  for (const w of quoteWords) {
    const g = GENDERED_PRONOUNS.get(w);
    if (g) genders.add(g);
  }
  const found = new Set<Entity>();
  for (const g of genders) {
    let latest: Entity | undefined;
    for (const m of view.mentions) {
      if (m.first >= ctx.token) break;
      const e = m.entity;
      if (m.sentence < ctx.sentence - REACH || e?.kind !== 'person' || !compatible(e, g)) continue;
      latest = e;
    }
    if (latest) found.add(latest);
  }
  return found;
}
