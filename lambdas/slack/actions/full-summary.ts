import { ACTION_IDS } from '../action-values';
import type { NewsAction } from '../action-context';
import { fullSummaryView } from '../views/full-summary';
import { loadArticle } from './load-article';
import { respondPrivately } from './respond';

/** "Full summary": a longer summary and the article's speakers, to the user who clicked. */
export const fullSummaryAction: NewsAction = {
  actionId: ACTION_IDS.fullSummary,
  dedupe: 'click',
  async run(ctx) {
    const article = await loadArticle(ctx);
    if (!article) return;
    // The summarizer loads on the first click, not at every cold start of the Slack handler.
    const { fullSummary } = await import('../../app/full-summary');
    await respondPrivately(ctx, fullSummaryView(article, fullSummary(article)));
  },
};
