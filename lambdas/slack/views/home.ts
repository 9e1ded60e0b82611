import { displayTitle } from '../../core/display-title';
import type { ArticleListing, DigestSettings, Subscription } from '../../store/index';
import { escapeText, link } from '../escape';
import { articleButtons } from './article-buttons';
import { clip, context, formatDate, section } from './limits';
import type { KnownBlock } from '@slack/types';
import { sourceLabel } from './source-label';

/** Slack's limit on a Home tab's blocks. */
const MAX_HOME_BLOCKS = 100;
/** Channels listed: one block each, leaving room for the articles and the how-to. */
const MAX_CHANNELS = 40;
/** Articles listed: three blocks each. */
export const HOME_ARTICLES = 5;

/** What the Home tab shows; `channels` is undefined when Slack could not say which channels the user is in. */
export interface HomeContent {
  articles: readonly ArticleListing[];
  feeds: readonly Subscription[];
  digests: readonly DigestSettings[];
  /** The channels the user is in: only their feeds and digests are shown. */
  channels: ReadonlySet<string> | undefined;
}

const HOW_TO = [
  '*How to use NewsBot*',
  '• Paste a news link in a channel: NewsBot puts the summary and the key quote under it (for the sites your admin chose).',
  '• On any message with a link: *⋯* → *Summarize with NewsBot*, for a card only you see.',
  '• `/news summary <url>`, `/news quote <name>`, `/news latest`, `/news subscribe <feed url>`, `/news schedule daily 08:30 Europe/Berlin [threaded]`. `/news help` lists everything.',
].join('\n');

function articleRows(articles: readonly ArticleListing[]): KnownBlock[] {
  if (articles.length === 0)
    return [section('No articles yet. Add one with `/news add <url>`, or paste a link in a channel.')];
  return articles.flatMap((article) => {
    const title = displayTitle(article);
    const tldr = article.summary.tldr ? `\n${escapeText(clip(article.summary.tldr, 280))}` : '';
    const meta = [sourceLabel(article), formatDate(article.publishedAt ?? article.ingestedAt)]
      .filter(Boolean)
      .join(' · ');
    // No Share button: a click on the Home tab comes from no channel.
    const buttons = articleButtons(article.id, { share: false });
    return [
      section(`*${link(article.url, title)}*${tldr}`),
      ...(meta ? [context(meta)] : []),
      ...(buttons ? [buttons] : []),
    ];
  });
}

function scheduleLine(digest: DigestSettings): string {
  if (!digest.schedule) return 'no schedule';
  const { kind, time, tz } = digest.schedule;
  const when = `${kind === 'weekdays' ? 'weekdays' : 'daily'} at ${escapeText(time)} ${escapeText(tz)}`;
  return digest.paused ? `${when} (paused${digest.pauseReason ? `: ${escapeText(digest.pauseReason)}` : ''})` : when;
}

function channelRows(content: HomeContent): KnownBlock[] {
  if (!content.channels)
    return [section("I couldn't check which channels you are in, so I am not listing any feeds or digests right now.")];
  const visible = (channelId: string) => content.channels!.has(channelId);
  const byChannel = new Map<string, string[]>();
  for (const feed of content.feeds.filter((f) => visible(f.channelId))) {
    const lines = byChannel.get(feed.channelId) ?? [];
    lines.push(`• ${link(feed.feedUrl, feed.title || feed.feedUrl)}`);
    byChannel.set(feed.channelId, lines);
  }
  for (const digest of content.digests.filter((d) => visible(d.channelId) && d.schedule)) {
    const lines = byChannel.get(digest.channelId) ?? [];
    lines.unshift(`Digest: ${scheduleLine(digest)}`);
    byChannel.set(digest.channelId, lines);
  }
  if (byChannel.size === 0)
    return [
      section('None of your channels follows a feed or has a digest yet. In a channel: `/news subscribe <feed url>`.'),
    ];
  // Only ids of Slack's own shape become a channel link (Slack shows the channel's name).
  const name = (channelId: string) =>
    /^[CGD][A-Z0-9]{2,20}$/.test(channelId) ? `<#${channelId}>` : escapeText(channelId);
  return [...byChannel]
    .slice(0, MAX_CHANNELS)
    .map(([channelId, lines]) => section(`${name(channelId)}\n${lines.join('\n')}`));
}

/** The App Home: latest articles with their buttons, the user's channels' feeds and digests, and how to use NewsBot. */
export function homeView(content: HomeContent): { type: 'home'; blocks: KnownBlock[] } {
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Latest articles' } },
    ...articleRows(content.articles),
    { type: 'divider' },
    { type: 'header', text: { type: 'plain_text', text: 'Feeds and digests in your channels' } },
    ...channelRows(content),
    { type: 'divider' },
    section(HOW_TO),
  ];
  return { type: 'home', blocks: blocks.slice(0, MAX_HOME_BLOCKS) };
}
