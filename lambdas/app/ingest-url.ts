import { decodeBytes } from '../core/decode';
import { countWords } from '../core/word-count';
import { analyze } from '../core/pipeline';
import type { Logger } from '../config/logger';
import type { NewsStore, StoredArticle } from '../store/index';
import { trustedArticleUrl } from './article-url';
import type { IngestUrlJob } from './jobs';

/** A fetched page, as the worker needs it (the safe fetcher in AWS and locally). */
export interface FetchedPage {
  url: string;
  contentType?: string;
  bytes: Uint8Array;
}

export type PageFetcher = (url: string) => Promise<FetchedPage>;

/** A failure the user should read as it is ("I couldn't reach example.com …"). */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}

const ARTICLE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;
/** Shorter than this, a page is a landing page, a paywall or an error page. */
const MIN_ARTICLE_WORDS = 60;

/**
 * Fetch a URL and store it as an article for the team. Returns the stored
 * article; idempotent because the store keys articles by canonical URL and body.
 */
export async function ingestUrl(
  deps: { store: NewsStore; fetchPage: PageFetcher; clock: () => Date; log: Logger },
  job: Pick<IngestUrlJob, 'teamId' | 'url'> & { source?: 'slack' | 'feed'; feedUrl?: string },
): Promise<{ article: StoredArticle; created: boolean }> {
  const existing = await deps.store.findArticleByUrl(job.teamId, job.url);
  if (existing) return { article: existing, created: false };
  const page = await deps.fetchPage(job.url);
  const host = new URL(page.url).hostname;
  const type = (page.contentType ?? 'text/html').split(';')[0]!.trim();
  if (!ARTICLE_TYPES.test(type)) {
    throw new UserFacingError(`That page is not an article: ${host} sent ${type}, not a web page.`);
  }
  const text = decodeBytes(page.bytes, page.contentType);
  const record = /^text\/plain/i.test(type) ? analyze({ text, url: page.url }) : analyze({ html: text, url: page.url });
  const words = countWords(record.body);
  if (words < MIN_ARTICLE_WORDS) {
    throw new UserFacingError(`That page is not an article: I found only ${words} words of story text on ${host}.`);
  }
  // Keyed by the URL fetched (or the page's canonical on the same site), never by another site's URL the page claims.
  record.url = trustedArticleUrl(record.url, page.url, job.url);
  return deps.store.saveArticle(job.teamId, record, {
    source: job.source ?? 'slack',
    ingestedAt: deps.clock(),
    feedUrl: job.feedUrl,
  });
}

/**
 * Errors written for people are shown as they are: UserFacingError, anything
 * with a `userMessage`, and the fetcher's FetchError, whose message names the
 * host and the reason ("I couldn't reach example.com (timed out after 10 s)").
 * Matched by name so this use case does not import the fetcher.
 */
export function userMessageOf(error: unknown): string | undefined {
  if (error instanceof UserFacingError) return error.message;
  const message = (error as { userMessage?: unknown })?.userMessage;
  if (typeof message === 'string') return message;
  if (error instanceof Error && error.name === 'FetchError') return error.message;
  return undefined;
}
