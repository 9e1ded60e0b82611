import type { QuoteLookup } from '../../app/quotes/lookup-quotes';
import type { QuoteQuery } from '../../app/quotes/quote-query';
import type { QuoteHit } from '../../store/index';
import { ACTION_IDS, moreValue } from '../action-values';
import { escapeText, link } from '../escape';
import { quoteLine } from './article-card';
import { actions, button, context, formatDate, section } from './limits';
import type { KnownBlock } from '@slack/types';
import { sourceLabel } from './source-label';

function describe(query: QuoteQuery, hits: readonly QuoteHit[] = []): string {
  switch (query.kind) {
    case 'speaker':
      return `by ${escapeText(oneSpeakerOf(hits) ?? query.name)}`;
    case 'role':
      return `by speakers described as “${escapeText(query.role)}”`;
    default:
      return `containing “${escapeText(query.phrase)}”`;
  }
}

/**
 * The name the articles give when every quote on the page is by one speaker:
 * `/news quote lavrov` is headed "Quotes by Sergei Lavrov", as the quotes
 * themselves are signed. Several speakers ("smith") keep the words asked for.
 */
function oneSpeakerOf(hits: readonly QuoteHit[]): string | undefined {
  const names = new Set(hits.map((hit) => hit.speaker));
  const [only] = names;
  return names.size === 1 && only ? only : undefined;
}

/** What a "Show more" button carries to ask the same query again. */
function queryText(query: QuoteQuery): string {
  return query.kind === 'speaker' ? query.name : query.kind === 'role' ? query.role : query.phrase;
}

/** "No quotes by Kerry yet — did you mean John Kerry? Try /news add <url>" */
export function noQuotesText(lookup: QuoteLookup): string {
  const hint = lookup.suggestions.length
    ? ` — did you mean ${lookup.suggestions.map((s) => escapeText(s)).join(' or ')}? Try`
    : '. Try';
  return `No quotes ${describe(lookup.query)} yet${hint} \`/news add <url>\` to give me an article where they appear.`;
}

/**
 * A page of quotes: each quote with its speaker and role, then the article
 * (linked) and its date; "Show more" carries the store's cursor to the next page.
 */
export function quoteResults(
  lookup: QuoteLookup,
  options: { continued?: boolean } = {},
): { text: string; blocks: KnownBlock[] } {
  const heading = `Quotes ${describe(lookup.query, lookup.hits)}${options.continued ? ' (continued)' : ''}`;
  const blocks: KnownBlock[] = [section(`*${heading}*`)];
  for (const hit of lookup.hits) {
    blocks.push(section(quoteLine(hit)));
    const meta = [
      link(hit.articleUrl, hit.articleTitle),
      sourceLabel({ site: hit.site, url: hit.articleUrl }),
      hit.undated ? undefined : formatDate(hit.date),
      `id \`${escapeText(hit.articleId)}\``,
    ];
    blocks.push(context(meta.filter(Boolean).join(' · ')));
  }
  if (lookup.hits.length === 0) blocks.push(context('None in this stretch of articles; older ones may have some.'));
  if (lookup.cursor) {
    const row = actions([
      button(
        'Show more',
        ACTION_IDS.more,
        moreValue({ l: lookup.query.kind, q: queryText(lookup.query), c: lookup.cursor }),
      ),
    ]);
    if (row) blocks.push(row);
  }
  return { text: heading, blocks };
}
