// The text-only pipeline: pasted text never needs the HTML parser, and the Slack handler stays light.
import { analyzeText } from '../core/analyze-text';
import { UserFacingError } from '../core/errors';
import { countWords } from '../core/word-count';
import type { NewsStore, StoredArticle } from '../store/index';

/** Below this many words, pasted text is a query or a typo, not an article (a fetched page needs more: ingest-url.ts). */
export const MIN_PASTED_ARTICLE_WORDS = 25;

export class NotAnArticleError extends UserFacingError {
  override name = 'NotAnArticleError';
}

/**
 * Store pasted article text for a team. Idempotent: pasting the same text
 * again returns the stored article with `created: false`.
 */
export async function addArticleFromText(
  store: NewsStore,
  input: { teamId: string; text: string; now: Date; url?: string; source?: 'slack' | 'sample' },
): Promise<{ article: StoredArticle; created: boolean }> {
  const record = analyzeText(input.text, input.url);
  const words = countWords(record.body);
  if (words < MIN_PASTED_ARTICLE_WORDS) {
    throw new NotAnArticleError(
      'too_short',
      `That is ${words} word${words === 1 ? '' : 's'}: paste the whole article (at least ${MIN_PASTED_ARTICLE_WORDS} words), or give me its URL.`,
    );
  }
  return store.saveArticle(input.teamId, record, { source: input.source ?? 'slack', ingestedAt: input.now });
}
