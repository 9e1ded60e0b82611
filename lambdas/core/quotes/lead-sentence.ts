import type { ArticleView } from './candidates';
import type { Entity } from './entities';
import type { QuoteContext } from './quote-context';

/**
 * "Marsh spent five weeks at the top before a back injury let Cole back in front. “Since then, I feel very
 * strong…”": a whole quote with no cue of its own that opens its sentence, right after a sentence of the
 * reporter's that quotes no one, is often the words of a person that sentence is about: the reporter sets the
 * speaker up and lets them speak. The people who are the subject of a clause of that sentence (a "he" counts as
 * whom it resolved to). Empty when the quote has a cue or an introducer, is partial, opens its paragraph (the
 * paragraph before is weighed apart, features.ts) or does not follow such a sentence.
 */
export function leadSentenceSubjects(view: ArticleView, ctx: QuoteContext): ReadonlySet<Entity> {
  const subjects = new Set<Entity>();
  const sentence = leadSentence(view, ctx);
  if (sentence === undefined) return subjects;
  for (const m of view.mentions) {
    if (m.first >= ctx.token) break;
    if (m.sentence === sentence && m.subject && m.entity?.kind === 'person') subjects.add(m.entity);
  }
  return subjects;
}

/** The sentence right before a quote with no cue of its own that opens its sentence, when it quotes no one. */
function leadSentence(view: ArticleView, ctx: QuoteContext): number | undefined {
  if (ctx.partial || ctx.sentenceHasCue || ctx.introducer || ctx.speechNounOwner || ctx.paragraphInitial)
    return undefined;
  const before = view.tokens[ctx.token - 1];
  if (!before || before.sentence !== ctx.sentence - 1) return undefined;
  for (let k = ctx.token - 1; k >= 0 && view.tokens[k]!.sentence === before.sentence; k--)
    if (view.tokens[k]!.quote >= 0) return undefined;
  return before.sentence;
}
