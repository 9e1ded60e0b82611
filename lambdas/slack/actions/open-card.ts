import { ACTION_IDS } from '../action-values';
import type { NewsAction } from '../action-context';
import { articleCard } from '../views/article-card';
import { loadArticle } from './load-article';
import { respondPrivately } from './respond';

/** "Summary" next to an article in a list: its card, with the card's own buttons. */
export const openCardAction: NewsAction = {
  actionId: ACTION_IDS.card,
  dedupe: 'click',
  async run(ctx) {
    const article = await loadArticle(ctx);
    if (article) await respondPrivately(ctx, articleCard(article));
  },
};
