import { ACTION_IDS } from '../action-values';
import type { NewsAction } from '../action-context';
import { articleQuotesView } from '../views/article-quotes';
import { loadArticle } from './load-article';
import { respondPrivately } from './respond';

/** "Quotes": every quotation in the card's article, with speakers, to the user who clicked. */
export const articleQuotesAction: NewsAction = {
  actionId: ACTION_IDS.quotes,
  dedupe: 'click',
  async run(ctx) {
    const article = await loadArticle(ctx);
    if (article) await respondPrivately(ctx, articleQuotesView(article, 0));
  },
};
