import { displayTitle } from '../../core/display-title';
import type { Quote } from '../../core/article';
import { confidentSpeaker } from '../../core/quotes/key-quote';
import type { ArticleListing } from '../../store/index';
import { groupStories, type GroupableArticle } from './story-groups';

/**
 * What a digest says, before any Slack formatting: the channel's new
 * articles grouped into stories, ranked, the top ones shown in full and the
 * rest listed under "More". Pure: the articles and "now" come in.
 */

export const MAX_FULL_STORIES = 10;

export interface DigestStory {
  title: string;
  url?: string;
  /** Distinct sources (site names or hosts), best article's first. */
  sources: string[];
  /** One line: the best article's TL;DR. */
  tldr?: string;
  quote?: { text: string; speaker: string; speakerRole?: string };
  /** ISO-8601 of the newest article in the story. */
  latest: string;
  articleIds: string[];
}

export interface DigestContent {
  stories: DigestStory[];
  more: DigestStory[];
  articleCount: number;
}

/** The name of where an article came from: its site, else its host, else its feed's host. */
export function sourceName(article: Pick<ArticleListing, 'site' | 'url' | 'feedUrl'>): string {
  if (article.site?.trim()) return article.site.trim();
  for (const url of [article.url, article.feedUrl]) {
    if (!url) continue;
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      // not a URL: try the next
    }
  }
  return 'unknown source';
}

/** The quote worth showing: attributed, whole, and a readable length. */
export function keyQuote(quotes: readonly Quote[]): Quote | undefined {
  const attributed = quotes.filter(confidentSpeaker);
  return (
    attributed.find((q) => !q.partial && q.text.length >= 30 && q.text.length <= 280) ??
    attributed.find((q) => !q.partial) ??
    attributed[0]
  );
}

/** How good an article is as the face of its story: a real TL;DR first, a quote and a full summary next. */
export function summaryQuality(article: Pick<ArticleListing, 'summary' | 'quotes' | 'title'>): number {
  const tldr = article.summary.tldr?.trim() ?? '';
  let quality = 0;
  if (tldr.length >= 40) quality += 1;
  if (tldr.length > 0 && tldr.length <= 300) quality += 0.5;
  if (keyQuote(article.quotes)) quality += 0.5;
  quality += Math.min(article.summary.sentences.length, 3) / 6;
  if (article.title || article.summary.headline) quality += 0.25;
  return quality;
}

/** When an article happened: its published date when plausible (not in the future), else when it was stored. */
function articleTime(article: ArticleListing, now: number): number {
  const published = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
  const ingested = Date.parse(article.ingestedAt);
  return Number.isFinite(published) && published <= now ? published : ingested;
}

type Groupable = GroupableArticle & { article: ArticleListing };

export function buildDigest(
  articles: readonly ArticleListing[],
  options: { now: Date; maxStories?: number },
): DigestContent {
  const now = options.now.getTime();
  const groupable: Groupable[] = articles.map((article) => ({
    id: article.id,
    title: article.title || article.summary.headline || '',
    lead: article.summary.tldr || article.summary.sentences[0]?.text || '',
    source: sourceName(article),
    time: articleTime(article, now),
    quality: summaryQuality(article),
    article,
  }));
  const stories = groupStories(groupable, { now }).map((story): DigestStory => {
    const best = story.best.article;
    const quote = keyQuote(best.quotes) ?? story.articles.map((a) => keyQuote(a.article.quotes)).find(Boolean);
    return {
      title: displayTitle(best),
      ...(best.url ? { url: best.url } : {}),
      sources: [story.best.source, ...story.sources.filter((s) => s !== story.best.source)],
      ...(best.summary.tldr ? { tldr: best.summary.tldr } : {}),
      ...(quote?.speaker
        ? {
            quote: {
              text: quote.text,
              speaker: quote.speaker,
              ...(quote.speakerRole ? { speakerRole: quote.speakerRole } : {}),
            },
          }
        : {}),
      latest: new Date(story.latest).toISOString(),
      articleIds: story.articles.map((a) => a.id),
    };
  });
  const max = options.maxStories ?? MAX_FULL_STORIES;
  return { stories: stories.slice(0, max), more: stories.slice(max), articleCount: articles.length };
}
