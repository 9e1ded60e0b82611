import { batchGet, query, type Item, type StoreContext } from './db';
import { decodeCursor, encodeCursor } from './cursor';
import { articleHeadKey, articleWordsKey, wordPostingPartition } from './keys';
import { parseListing } from './article-read';
import { articleWordsSchema, parseItem } from './items';
import { pageLimit } from './paging';
import { queryRequirements } from './terms';
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

/** Posting-list Queries one search makes at most (with the BatchGet of the page: three requests). */
const PROBE_QUERIES = 2;

/**
 * The requirements whose lists are read, at most PROBE_QUERIES Queries in
 * all: those of one term first, longest first (a cheap stand-in for the
 * rarest, so the window reaches furthest back); one met by any of several
 * terms ("email" or "mail") costs a Query a term and is read when the
 * Queries left cover it, else checked on the candidates' word lists.
 */
function probeRequirements(requirements: string[][]): string[][] {
  const longest = (anyOf: string[]) => Math.max(...anyOf.map((t) => t.length));
  const ordered = [...requirements].sort(
    (a, b) => a.length - b.length || longest(b) - longest(a) || (a.join(' ') < b.join(' ') ? -1 : 1),
  );
  const probes: string[][] = [];
  let queries = 0;
  for (const anyOf of ordered) {
    if (probes.length > 0 && queries + anyOf.length > PROBE_QUERIES) continue;
    probes.push(anyOf);
    queries += anyOf.length;
  }
  return probes;
}

/** The postings of any of `terms`: one list, complete down to the highest of their cuts. */
async function anyOfList(
  ctx: StoreContext,
  teamId: string,
  terms: string[],
  before: string | undefined,
): Promise<PostingList> {
  const lists = await Promise.all(terms.map((term) => postingList(ctx, teamId, term, before)));
  if (lists.length === 1) return lists[0]!;
  const postings = new Map<string, boolean>();
  for (const list of lists)
    for (const [position, inTitle] of list.postings) postings.set(position, inTitle || postings.get(position) === true);
  const sorted = new Map([...postings].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)));
  return { postings: sorted, cutAt: highestCut(lists) };
}

/** The latest cut of some lists, compared as ISO strings (Math.max would turn them into NaN). */
function highestCut(lists: PostingList[]): string | undefined {
  const cuts = lists.map((l) => l.cutAt).filter((c): c is string => c !== undefined);
  // biome-ignore lint/complexity/useMathMinMax: strings, not numbers
  return cuts.length > 0 ? cuts.reduce((a, b) => (a > b ? a : b)) : undefined;
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
  const windowEnd = highestCut(lists);
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
 * Search: every word of the query must be in the article (title or body;
 * a compound either way it is written, queryRequirements). The posting lists
 * of at most two terms are read with one Query each (in parallel, at most
 * SEARCH_WINDOW postings, newest first; probeRequirements) and intersected;
 * one BatchGet fetches the heads of the page (and, when a requirement was not
 * read, each candidate's word list to check it). At most three
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
  const requirements = queryRequirements(words);
  const probes = probeRequirements(requirements);
  if (probes.length === 0) return { items: [] };
  const partition = wordPostingPartition(teamId, probes[0]![0]!);
  const start = decodeCursor(options.cursor, partition);
  const before = start.startKey?.SK;
  const limit = pageLimit(options.limit, 10);
  const lists = await Promise.all(probes.map((anyOf) => anyOfList(ctx, teamId, anyOf, before)));
  const { candidates, windowEnd } = intersect(lists);
  const others = requirements.filter((r) => !probes.includes(r));

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

/** Whether an article's word list meets every requirement (by any one of its terms). */
function hasAll(wordsItem: Item | undefined, requirements: string[][]): boolean {
  if (wordsItem === undefined) return false;
  const indexed = new Set(parseItem(articleWordsSchema, wordsItem, 'article words').terms);
  return requirements.every((anyOf) => anyOf.some((t) => indexed.has(t)));
}
