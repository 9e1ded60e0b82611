import type { NewsStore, QuoteHit } from '../../store/index';
import type { QuoteQuery } from './quote-query';

export interface QuoteLookup {
  query: QuoteQuery;
  hits: QuoteHit[];
  /** Pass back to get the next page; absent on the last page. */
  cursor?: string;
  /** When nothing was found for a speaker: known names close to the one asked for. */
  suggestions: string[];
}

/** Quotes shown per page: two blocks each keeps a page far below Slack's 50 blocks. */
export const QUOTES_PER_PAGE = 5;

/**
 * One page of quotes by a speaker or containing a phrase. When a speaker has
 * no quotes yet, look up the names the team's articles do have, so the answer
 * can say "did you mean John Kerry?" instead of a bare "nothing found".
 */
export async function lookupQuotes(
  store: NewsStore,
  input: { teamId: string; query: QuoteQuery; cursor?: string; limit?: number },
): Promise<QuoteLookup> {
  const limit = input.limit ?? QUOTES_PER_PAGE;
  const page =
    input.query.kind === 'speaker'
      ? await store.quotesBySpeaker(input.teamId, input.query.name, { limit, cursor: input.cursor })
      : await store.quotesByPhrase(input.teamId, input.query.phrase, { limit, cursor: input.cursor });
  let suggestions: string[] = [];
  if (page.items.length === 0 && !input.cursor && input.query.kind === 'speaker') {
    const asked = input.query.name.toLowerCase();
    suggestions = (await store.knownSpeakers(input.teamId, input.query.name, 3)).filter(
      (name) => name.toLowerCase() !== asked,
    );
  }
  return { query: input.query, hits: page.items, cursor: page.cursor, suggestions };
}
