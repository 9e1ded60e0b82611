import { ACTION_IDS, articleValue } from '../action-values';
import { actions, button } from './limits';
import type { ActionsBlock } from '@slack/types';

/**
 * The buttons under an article card. A card already shared in a channel
 * gets no "Share" button: sharing it again would only repeat it.
 */
export function articleButtons(articleId: string, options: { share: boolean }): ActionsBlock | undefined {
  const value = articleValue(articleId);
  return actions([
    options.share ? button('Share in channel', ACTION_IDS.share, value, 'primary') : undefined,
    button('Quotes', ACTION_IDS.quotes, value),
    button('Full summary', ACTION_IDS.fullSummary, value),
  ]);
}
