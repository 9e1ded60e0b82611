import { lookupQuotes } from '../../app/quotes/lookup-quotes';
import { InvalidCursorError } from '../../store/index';
import { ACTION_IDS, MoreButtonValue, readValue } from '../action-values';
import type { ActionContext, NewsAction } from '../action-context';
import type { SlackMessage } from '../poster';
import { ARTICLES_PER_PAGE, articleList } from '../views/article-list';
import { articleQuotesView } from '../views/article-quotes';
import { quoteResults } from '../views/quote-results';
import { respondPrivately } from './respond';

/** The next page of a listing, or a sentence saying why there is none. */
async function nextPage(ctx: ActionContext, more: MoreButtonValue): Promise<Omit<SlackMessage, 'response_type'>> {
  const { store } = ctx.deps;
  switch (more.l) {
    case 'speaker':
    case 'role':
    case 'phrase': {
      const query =
        more.l === 'speaker'
          ? { kind: 'speaker' as const, name: more.q }
          : more.l === 'role'
            ? { kind: 'role' as const, role: more.q }
            : { kind: 'phrase' as const, phrase: more.q };
      return quoteResults(await lookupQuotes(store, { teamId: ctx.teamId, query, cursor: more.c }), {
        continued: true,
      });
    }
    case 'latest': {
      const page = await store.latestArticles(ctx.teamId, { limit: ARTICLES_PER_PAGE, cursor: more.c });
      return articleList(
        'Latest articles (continued)',
        page.items,
        page.cursor ? { l: 'latest', c: page.cursor } : undefined,
      );
    }
    case 'search': {
      const page = await store.searchArticles(ctx.teamId, more.q, { limit: ARTICLES_PER_PAGE, cursor: more.c });
      const next = page.cursor ? { l: 'search' as const, q: more.q, c: page.cursor } : undefined;
      return articleList(`Articles matching “${more.q}” (continued)`, page.items, next);
    }
    case 'article-quotes': {
      const article = await store.getArticle(ctx.teamId, more.id);
      if (!article) return { text: 'That article is no longer stored.' };
      return articleQuotesView(article, more.o);
    }
  }
}

/**
 * "Show more": the next page replaces the current one in place, so paging
 * never piles up messages and a double click shows the same page, not two.
 */
export const showMoreAction: NewsAction = {
  actionId: ACTION_IDS.more,
  dedupe: 'click',
  async run(ctx) {
    const more = readValue(MoreButtonValue, ctx.value);
    if (!more) return respondPrivately(ctx, { text: 'This button is from an older message; run the command again.' });
    try {
      const page = await nextPage(ctx, more);
      await respondPrivately(ctx, { ...page, replace_original: true });
    } catch (error) {
      if (!(error instanceof InvalidCursorError)) throw error;
      await respondPrivately(ctx, { text: 'This list has moved on since; run the command again for a fresh one.' });
    }
  },
};
