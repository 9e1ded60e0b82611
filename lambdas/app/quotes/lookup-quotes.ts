import type { NewsStore, QuoteHit } from '../../store/index';
import type { QuoteQuery } from './quote-query';
import { roleAskedFor } from './role-asked-for';

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
 * One page of quotes by a speaker, by speakers described by a role, or
 * containing a phrase. A speaker query that finds no one but is a role ("the
 * mayor") is answered as a role: the quotes of speakers the articles
 * described so. When a speaker has no quotes yet, look up the names the
 * team's articles do have, so the answer can say "did you mean John Kerry?"
 * instead of a bare "nothing found".
 */
export async function lookupQuotes(
  store: NewsStore,
  input: { teamId: string; query: QuoteQuery; cursor?: string; limit?: number },
): Promise<QuoteLookup> {
  const limit = input.limit ?? QUOTES_PER_PAGE;
  const options = { limit, cursor: input.cursor };
  const { query } = input;
  const page =
    query.kind === 'speaker'
      ? await store.quotesBySpeaker(input.teamId, query.name, options)
      : query.kind === 'role'
        ? await store.quotesByRole(input.teamId, query.role, options)
        : await store.quotesByPhrase(input.teamId, query.phrase, options);
  const role =
    query.kind === 'speaker' && page.items.length === 0 && !input.cursor ? roleAskedFor(query.name) : undefined;
  if (role !== undefined) {
    // A role is not a misspelt name: no "did you mean" after it, so the lookup stays at two requests.
    const byRole = await store.quotesByRole(input.teamId, role, { limit });
    if (byRole.items.length > 0)
      return { query: { kind: 'role', role }, hits: byRole.items, cursor: byRole.cursor, suggestions: [] };
    return { query, hits: [], suggestions: [] };
  }
  let suggestions: string[] = [];
  if (page.items.length === 0 && !input.cursor && input.query.kind === 'speaker') {
    const asked = input.query.name.toLowerCase();
    suggestions = (await store.knownSpeakers(input.teamId, input.query.name, 3)).filter(
      (name) => name.toLowerCase() !== asked,
    );
  }
  return { query: input.query, hits: page.items, cursor: page.cursor, suggestions };
}
