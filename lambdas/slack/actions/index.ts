import type { NewsAction } from '../action-context';
import { articleQuotesAction } from './article-quotes';
import { fullSummaryAction } from './full-summary';
import { openCardAction } from './open-card';
import { shareArticleAction } from './share-article';
import { showMoreAction } from './show-more';

/**
 * Every button NewsBot answers. To add one: write `actions/<name>.ts`
 * exporting a NewsAction and list it here; bolt-app.ts registers the list.
 */
export const ACTIONS: readonly NewsAction[] = [
  shareArticleAction,
  articleQuotesAction,
  fullSummaryAction,
  openCardAction,
  showMoreAction,
];
