import type { ArticleRecord } from '../../core/article';
import { analyze } from '../../core/pipeline';
import { siteHost } from '../article-url';
import type { IngestFeedItemJob } from '../jobs';

/**
 * A feed item whose page could not be read as an article (too short, a
 * paywall, a video page, unreachable) still belongs in the digest: it is
 * stored from what the feed itself said (title, description, link), so the
 * digest shows the feed's own words and the link instead of losing the item,
 * under the feed's host ("news.example feed"), not the linked site's name.
 * Undefined when the feed gave neither a title nor a description.
 */
export function feedItemRecord(job: IngestFeedItemJob): ArticleRecord | undefined {
  const title = job.title?.trim();
  const description = job.summary?.trim();
  if (!title && !description) return undefined;
  const record = analyze({ text: [title, description].filter(Boolean).join('\n\n'), url: job.url });
  record.url = job.url;
  if (title) {
    record.title = title;
    record.summary.headline = title;
  }
  // The feed's date or none: never the day it happened to be read.
  record.publishedAt = job.publishedAt;
  // The words are the feed's, not the linked page's, and a feed may link any
  // site: named by the feed's host, they never pass for that site's story.
  const feedHost = siteHost(job.feedUrl);
  if (feedHost !== undefined) record.site = `${feedHost} feed`;
  return record;
}
