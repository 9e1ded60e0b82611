import { ArticleButtonValue, readValue } from '../action-values';
import type { ActionContext } from '../action-context';
import type { StoredArticle } from '../../store/index';
import { respondPrivately } from './respond';

/** The article a card button points at, or undefined after telling the user why there is none. */
export async function loadArticle(ctx: ActionContext): Promise<StoredArticle | undefined> {
  const value = readValue(ArticleButtonValue, ctx.value);
  const article = value ? await ctx.deps.store.getArticle(ctx.teamId, value.id) : undefined;
  if (!article) {
    await respondPrivately(ctx, { text: 'That article is no longer stored. Add it again with `/news add <url>`.' });
  }
  return article;
}
