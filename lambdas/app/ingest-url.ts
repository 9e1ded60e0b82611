import { decodeBytes } from '../core/decode';
import { UserFacingError } from '../core/errors';
import { countWords } from '../core/word-count';
import { analyze } from '../core/pipeline';
import type { Logger } from '../config/logger';
import type { NewsStore, StoredArticle } from '../store/index';
import { trustedArticleUrl } from './article-url';
import { trustedSiteName } from './site-name';
import type { IngestUrlJob } from './jobs';

/** A fetched page, as the worker needs it (the safe fetcher in AWS and locally). */
export interface FetchedPage {
  url: string;
  contentType?: string;
  bytes: Uint8Array;
}

export type PageFetcher = (url: string) => Promise<FetchedPage>;

const ARTICLE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;
/** Shorter than this, a fetched page is a landing page, a paywall or an error page (pasted text has its own limit: add-article.ts). */
const MIN_FETCHED_ARTICLE_WORDS = 60;

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
    throw new UserFacingError('not_an_article', `That page is not an article: ${host} sent ${type}, not a web page.`);
  }
  const text = decodeBytes(page.bytes, page.contentType);
  const record = /^text\/plain/i.test(type) ? analyze({ text, url: page.url }) : analyze({ html: text, url: page.url });
  const words = countWords(record.body);
  if (words < MIN_FETCHED_ARTICLE_WORDS) {
    throw new UserFacingError(
      'too_short',
      `That page is not an article: I found only ${words} word${words === 1 ? '' : 's'} of story text on ${host}.`,
    );
  }
  // Keyed by the URL fetched (or the page's canonical on the same site), never by another site's URL the page claims.
  record.url = trustedArticleUrl(record.url, page.url, job.url);
  // Shown on cards and digests beside the link: a name the host does not bear out gives way to the host.
  const site = trustedSiteName(record.site, page.url);
  if (site === undefined) delete record.site;
  else record.site = site;
  return deps.store.saveArticle(job.teamId, record, {
    source: job.source ?? 'slack',
    ingestedAt: deps.clock(),
    feedUrl: job.feedUrl,
    // Keyed by a same-site canonical: the link given is remembered, so asking for it again is answered from the table.
    fetchedUrl: job.url,
  });
}
