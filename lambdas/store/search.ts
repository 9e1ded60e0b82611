import { batchGet, query, type Item, type StoreContext } from './db';
import { decodeCursor, encodeCursor } from './cursor';
import { articleHeadKey, articleWordsKey, wordPostingPartition } from './keys';
import { parseListing } from './article-read';
import { articleWordsSchema, parseItem } from './items';
import { pageLimit } from './paging';
import { queryTerms } from './terms';
import type { ArticleListing, Page, PageOptions } from './types';

/** Postings read per Query: how far back (newest first) one search page looks in each word's list. */
export const SEARCH_WINDOW = 1000;
/** Candidates checked per page when the query has more words than the two Queries cover (two keys each in one BatchGet of 100). */
const CHECKED_PER_PAGE = 50;

interface Candidate {
  /** The posting's sort key, `<ingestedAt>#<id>`: recency, and the position a cursor resumes below. */
  position: string;
  articleId: string;
  titleHits: number;
}

interface PostingList {
  /** Sort key → title flag, newest first. */
  postings: Map<string, boolean>;
  /** The oldest position read when the list was cut by the window (more lies below it), else undefined. */
  cutAt?: string;
}

/** The two words whose lists are read: the longest (a cheap stand-in for the rarest, so the window reaches furthest back). */
function probeWords(terms: string[]): string[] {
  return [...terms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, 2);
}

async function postingList(
  ctx: StoreContext,
  teamId: string,
  term: string,
  before: string | undefined,
): Promise<PostingList> {
  const partition = wordPostingPartition(teamId, term);
  const out = await query(ctx, {
    KeyConditionExpression: before === undefined ? 'PK = :pk' : 'PK = :pk AND SK < :before',
    ExpressionAttributeValues: { ':pk': partition.value, ...(before === undefined ? {} : { ':before': before }) },
    ProjectionExpression: 'SK, t',
    ScanIndexForward: false,
    Limit: SEARCH_WINDOW,
  });
  const postings = new Map<string, boolean>();
  for (const item of out.Items ?? []) postings.set(String(item.SK), item.t === 1);
  const last = [...postings.keys()].at(-1);
  return { postings, cutAt: out.LastEvaluatedKey && last !== undefined ? last : undefined };
}

/**
 * The articles in every list, ranked by title hits then recency. Only what
 * lies at or above every cut is complete (an article below a cut may be in
 * the part of that list not read yet), so the window ends at the highest cut.
 */
function intersect(lists: PostingList[]): { candidates: Candidate[]; windowEnd?: string } {
  const cuts = lists.map((l) => l.cutAt).filter((c): c is string => c !== undefined);
  // The latest cut, compared as ISO strings (Math.max would turn them into NaN).
  // biome-ignore lint/complexity/useMathMinMax: strings, not numbers
  const windowEnd = cuts.length > 0 ? cuts.reduce((a, b) => (a > b ? a : b)) : undefined;
  const [first, ...rest] = lists;
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const [position, inTitle] of first!.postings) {
    if (windowEnd !== undefined && position < windowEnd) continue;
    const articleId = position.slice(position.lastIndexOf('#') + 1);
    // An article re-indexed under a later time has two postings in a list: the newest stands for it.
    if (seen.has(articleId)) continue;
    if (!rest.every((l) => l.postings.has(position))) continue;
    const titleHits = Number(inTitle) + rest.reduce((n, l) => n + Number(l.postings.get(position)), 0);
    seen.add(articleId);
    candidates.push({ position, articleId, titleHits });
  }
  candidates.sort(
    (a, b) => b.titleHits - a.titleHits || (a.position < b.position ? 1 : a.position > b.position ? -1 : 0),
  );
  return { candidates, windowEnd };
}

/**
 * Search: every word of the query must be in the article (title or body).
 * The posting lists of the two longest words are read with one Query each
 * (in parallel, at most SEARCH_WINDOW postings, newest first) and intersected;
 * one BatchGet fetches the heads of the page (and, for a query of three or
 * more words, each candidate's word list to check the others). At most three
 * requests, whatever the number of articles. Within the window read, results
 * are ranked by title hits, then recency; the cursor resumes in the same
 * window (skipping what was shown) and then below it.
 */
export async function searchArticles(
  ctx: StoreContext,
  teamId: string,
  words: string,
  options: PageOptions = {},
): Promise<Page<ArticleListing>> {
  const terms = queryTerms(words);
  const probes = probeWords(terms);
  if (probes.length === 0) return { items: [] };
  const partition = wordPostingPartition(teamId, probes[0]!);
  const start = decodeCursor(options.cursor, partition);
  const before = start.startKey?.SK;
  const limit = pageLimit(options.limit, 10);
  const lists = await Promise.all(probes.map((term) => postingList(ctx, teamId, term, before)));
  const { candidates, windowEnd } = intersect(lists);
  const others = terms.filter((t) => !probes.includes(t));

  const checked = candidates.slice(start.skip, start.skip + (others.length > 0 ? CHECKED_PER_PAGE : limit));
  const keys = checked.flatMap((c) => [
    articleHeadKey(teamId, c.articleId),
    ...(others.length > 0 ? [articleWordsKey(teamId, c.articleId)] : []),
  ]);
  const fetched = checked.length > 0 ? await batchGet(ctx, keys) : [];
  const stride = others.length > 0 ? 2 : 1;

  const items: ArticleListing[] = [];
  let consumed = 0;
  for (let i = 0; i < checked.length && items.length < limit; i++) {
    consumed = i + 1;
    const head = fetched[i * stride];
    // A head missing here was deleted after its postings were read; skip it.
    if (head === undefined) continue;
    if (others.length > 0 && !hasAll(fetched[i * stride + 1], others)) continue;
    items.push(parseListing(head as Item));
  }
  const skip = start.skip + consumed;
  const cursor =
    skip < candidates.length
      ? encodeCursor(before === undefined ? { PK: partition.value } : { PK: partition.value, SK: before }, skip)
      : windowEnd !== undefined
        ? encodeCursor({ PK: partition.value, SK: windowEnd })
        : undefined;
  return { items, cursor };
}

function hasAll(wordsItem: Item | undefined, terms: string[]): boolean {
  if (wordsItem === undefined) return false;
  const indexed = new Set(parseItem(articleWordsSchema, wordsItem, 'article words').terms);
  return terms.every((t) => indexed.has(t));
}
