import type { ArticleRecord } from '../../core/article';
import { analyze } from '../../core/pipeline';
import { siteHost } from '../article-url';
import type { IngestFeedItemJob } from '../jobs';

/**
 * A feed item whose page could not be read as an article (too short, a
 * paywall, a video page, unreachable) still belongs in the digest: it is
 * stored from what the feed itself said (title, description, link), so the
 * digest shows the feed's own words and the link instead of losing the item,
 * under the feed's host ("news.example feed"), not the linked site's name,
 * and with the link's host when it is another.
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
  const site = feedItemSource(job.feedUrl, job.url);
  if (site !== undefined) record.site = site;
  return record;
}

/**
 * The words are the feed's, not the linked page's, and a feed may link any
 * site: named by the feed's host, they never pass for that site's story. The
 * page was never read, so where the title's link goes is said too when it is
 * another host ("news.example feed (link to wire.example)"): the title is the
 * feed's to write ("Reuters: …") and would otherwise lead off unannounced.
 */
function feedItemSource(feedUrl: string, itemUrl: string): string | undefined {
  const feedHost = siteHost(feedUrl);
  if (feedHost === undefined) return undefined;
  const linkHost = siteHost(itemUrl);
  return linkHost === undefined || linkHost === feedHost
    ? `${feedHost} feed`
    : `${feedHost} feed (link to ${linkHost})`;
}
