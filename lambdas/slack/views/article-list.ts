import type { ArticleListing } from '../../store/index';
import { ACTION_IDS, articleValue, moreValue, type MoreButtonValue } from '../action-values';
import { escapeText, link } from '../escape';
import { displayTitle } from '../../core/display-title';
import { actions, button, clip, context, formatDate, section } from './limits';
import type { KnownBlock } from '@slack/types';
import { sourceLabel } from './source-label';

/** Articles per page of `latest` and `search`: two blocks each, far below 50. */
export const ARTICLES_PER_PAGE = 10;
export const MAX_LATEST = 20;

/**
 * A list of articles (`latest`, `search`): each title linked to its source
 * with its one-line summary, a "Summary" button opening its card, and the
 * site, date and id; "Show more" when the store has another page.
 */
export function articleList(
  heading: string,
  articles: readonly ArticleListing[],
  more: MoreButtonValue | undefined,
): { text: string; blocks: KnownBlock[] } {
  const blocks: KnownBlock[] = [section(`*${escapeText(heading)}*`)];
  for (const article of articles) {
    const title = displayTitle(article);
    const tldr = article.summary.tldr ? `\n${escapeText(clip(article.summary.tldr, 280))}` : '';
    const row = section(`*${link(article.url, title)}*${tldr}`);
    const open = button('Summary', ACTION_IDS.card, articleValue(article.id));
    blocks.push(open ? { ...row, accessory: open } : row);
    const meta = [sourceLabel(article), formatDate(article.publishedAt), `id \`${escapeText(article.id)}\``];
    blocks.push(context(meta.filter(Boolean).join(' · ')));
  }
  if (more) {
    const row = actions([button('Show more', ACTION_IDS.more, moreValue(more))]);
    if (row) blocks.push(row);
  }
  return { text: escapeText(heading), blocks };
}
