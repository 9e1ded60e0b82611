import type * as z from 'zod/mini';
import { personalNameWords, speakerKeyCandidates, speakerMatches } from '../core/quotes/speaker-key';
import { displayText } from './bounds';
import { query, type Item, type StoreContext } from './db';
import { parseItem, quoteTextSchema, speakerDirectorySchema, speakerQuotesSchema } from './items';
import { recentQuotesPartition, speakerDirectoryPartition, speakerPartitionName, speakerQuotesPartition } from './keys';
import { newestFirstPage } from './paging';
import { foldText } from './terms';
import type { Page, PageOptions, QuoteHit } from './types';
import { editDistance } from '../core/edit-distance';
import { givenNameKey } from './given-name';

/**
 * Quote lookups. Each call is one Query:
 * - by speaker: the speaker's partition of GSI1 (one item per speaker per
 *   article, holding that speaker's quotes), newest article first;
 * - by phrase: the team's recent-quotes partition of GSI2 (one item per
 *   article, holding a folded copy of its quotes), limited to the last
 *   `days` days and to PHRASE_WINDOW articles per page, filtered on the server.
 */

/** Articles examined per phrase page: how far one `/news quote "…"` call looks. */
export const PHRASE_WINDOW = 200;
export const PHRASE_DAYS = 30;

export async function quotesBySpeaker(
  ctx: StoreContext,
  teamId: string,
  queryText: string,
  options: PageOptions = {},
): Promise<Page<QuoteHit>> {
  const candidates = speakerKeyCandidates(queryText).filter((k) => k.length > 0);
  const first = candidates[0];
  if (first === undefined || speakerPartitionName(first) === '') return { items: [] };
  // Every candidate that shares the first one's partition is answered by the same Query ("microsoft" and "org:microsoft").
  const partition = speakerQuotesPartition(teamId, first);
  const keys = new Set(candidates.filter((k) => speakerPartitionName(k) === speakerPartitionName(first)));
  // A first name narrows the surname's partition to that person; a bare surname takes everyone under it.
  const hasGivenName = personalNameWords(queryText).length > 1;
  const hitsOf = (item: Item): QuoteHit[] => {
    const s = parseItem(speakerQuotesSchema, item, 'speaker quotes');
    if (!keys.has(s.speakerKey)) return [];
    // Stored names are clipped for display (bounds.ts): a long query is compared clipped the same way.
    if (hasGivenName && !speakerMatches(displayText(queryText), s.speaker)) return [];
    return s.quotes.map((q) =>
      compactHit({
        articleId: s.articleId,
        articleTitle: s.articleTitle,
        articleUrl: s.articleUrl,
        site: s.site,
        date: s.date,
        undated: s.undated,
        text: q.text,
        speaker: s.speaker,
        speakerRole: q.speakerRole ?? s.speakerRole,
        partial: q.partial,
      }),
    );
  };
  return newestFirstPage(ctx, partition, options, { defaultLimit: 10, answersOf: hitsOf });
}

type TextIndexedQuote = z.infer<typeof quoteTextSchema>['quotes'][number];

/** The quotes of one article's quote-text item that `keep` accepts, each with its article's citation. */
function quoteTextHits(item: Item, keep: (quote: TextIndexedQuote) => boolean): QuoteHit[] {
  const q = parseItem(quoteTextSchema, item, 'quote text');
  return q.quotes.filter(keep).map((quote) =>
    compactHit({
      articleId: q.articleId,
      articleTitle: q.articleTitle,
      articleUrl: q.articleUrl,
      site: q.site,
      date: q.date,
      undated: q.undated,
      text: quote.text,
      speaker: quote.speaker,
      speakerRole: quote.speakerRole,
      partial: quote.partial,
    }),
  );
}

function compactHit(hit: QuoteHit): QuoteHit {
  return Object.fromEntries(Object.entries(hit).filter(([, v]) => v !== undefined)) as unknown as QuoteHit;
}

/** Where a phrase or role lookup starts: `days` back (1 to 365, PHRASE_DAYS unless asked), as a sort key. */
function windowStart(ctx: StoreContext, days = PHRASE_DAYS): string {
  const clamped = Math.max(1, Math.min(365, days));
  return new Date(ctx.now().getTime() - clamped * 86_400_000).toISOString();
}

export async function quotesByPhrase(
  ctx: StoreContext,
  teamId: string,
  phrase: string,
  options: PageOptions & { days?: number } = {},
): Promise<Page<QuoteHit>> {
  const folded = foldText(phrase)
    .replace(/^["']+|["']+$/g, '')
    .trim();
  if (folded.length === 0) return { items: [] };
  const partition = recentQuotesPartition(teamId);
  const from = windowStart(ctx, options.days);
  const hitsOf = (item: Item) => quoteTextHits(item, (quote) => foldText(quote.text).includes(folded));
  return newestFirstPage(ctx, partition, options, {
    defaultLimit: 10,
    answersOf: hitsOf,
    sortKeyFrom: from,
    filter: { expression: 'contains(folded, :phrase)', values: { ':phrase': folded } },
    window: PHRASE_WINDOW,
  });
}

/**
 * Quotes whose speaker the article described by a role ("the mayor", "a
 * spokeswoman for the ministry"): `role` is folded words that must stand,
 * as whole words, in the speaker's role. One Query on the recent-quotes
 * partition, like a phrase, over the same window and days; the role is
 * matched here (it sits inside each item's quote list, where no server
 * filter reaches).
 */
export async function quotesByRole(
  ctx: StoreContext,
  teamId: string,
  role: string,
  options: PageOptions & { days?: number } = {},
): Promise<Page<QuoteHit>> {
  // Whole words on both sides, so "minister" does not match "administrator" and "vice-president" matches "vice president".
  const spaced = (text: string) =>
    ` ${foldText(text)
      .replace(/[^\p{L}\p{N}']+/gu, ' ')
      .trim()} `;
  const wanted = spaced(role);
  if (wanted.trim().length === 0) return { items: [] };
  const from = windowStart(ctx, options.days);
  const describedAs = (speakerRole: string | undefined) =>
    speakerRole !== undefined && spaced(speakerRole).includes(wanted);
  const hitsOf = (item: Item) =>
    quoteTextHits(item, (quote) => quote.speaker !== null && describedAs(quote.speakerRole));
  return newestFirstPage(ctx, recentQuotesPartition(teamId), options, {
    defaultLimit: 10,
    answersOf: hitsOf,
    sortKeyFrom: from,
    window: PHRASE_WINDOW,
  });
}

/** Directory entries read per suggestion lookup. */
const DIRECTORY_WINDOW = 200;

/** 0 when the key opens with the query ("kerr" → "kerry"), else the edit distance to it or to its opening. */
function distanceToKey(query: string, key: string): number {
  if (key.startsWith(query)) return 0;
  return Math.min(editDistance(query, key.slice(0, query.length + 2)), editDistance(query, key));
}

/**
 * Names of speakers whose key or given name is close to the query's ("kery" → "John
 * Kerry", "sergei" → "Sergei Lavrov"), for "did you mean". One Query on the team's speaker directory,
 * on the first two letters of the key, at most DIRECTORY_WINDOW entries.
 */
export async function knownSpeakers(
  ctx: StoreContext,
  teamId: string,
  queryText: string,
  limit = 5,
): Promise<string[]> {
  const key = speakerPartitionName(speakerKeyCandidates(queryText)[0] ?? '');
  if (key.length === 0) return [];
  const partition = speakerDirectoryPartition(teamId);
  const out = await query(ctx, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': partition.value, ':prefix': key.slice(0, 2) },
    Limit: DIRECTORY_WINDOW,
  });
  const threshold = Math.max(1, Math.floor(key.length / 3));
  const scored = (out.Items ?? [])
    .map((item) => parseItem(speakerDirectorySchema, item, 'speaker directory'))
    .map((entry) => {
      const filedUnder = [speakerPartitionName(entry.speakerKey), givenNameKey(entry.name)];
      const distances = filedUnder.filter((k) => k !== undefined).map((bare) => distanceToKey(key, bare));
      return { name: entry.name, distance: Math.min(...distances) };
    })
    .filter((s) => s.distance <= threshold)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name));
  return [...new Set(scored.map((s) => s.name))].slice(0, Math.max(1, limit));
}
