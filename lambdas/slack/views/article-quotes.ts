import type { StoredArticle } from '../../store/index';
import { ACTION_IDS, moreValue } from '../action-values';
import { escapeText, link } from '../escape';
import { displayTitle } from '../../core/display-title';
import { quoteLine } from './article-card';
import { actions, button, context, section } from './limits';
import type { KnownBlock } from '@slack/types';

/** Quotes of one article shown per page: one block each, with room for the heading and buttons. */
export const ARTICLE_QUOTES_PER_PAGE = 20;

/** Every quote in one article, in reading order, paged by offset. */
export function articleQuotesView(article: StoredArticle, offset: number): { text: string; blocks: KnownBlock[] } {
  const title = displayTitle(article);
  const quotes = article.quotes.slice(offset, offset + ARTICLE_QUOTES_PER_PAGE);
  const heading = `Quotes in ${link(article.url, title)}${offset > 0 ? ' (continued)' : ''}`;
  const blocks: KnownBlock[] = [section(`*${heading}*`)];
  if (article.quotes.length === 0) blocks.push(context('I found no quotations in this article.'));
  for (const quote of quotes) blocks.push(section(quoteLine(quote)));
  const next = offset + ARTICLE_QUOTES_PER_PAGE;
  if (next < article.quotes.length) {
    const row = actions([
      button('Show more', ACTION_IDS.more, moreValue({ l: 'article-quotes', id: article.id, o: next })),
    ]);
    if (row) blocks.push(row);
  }
  return { text: `Quotes in ${escapeText(title)}`, blocks };
}
