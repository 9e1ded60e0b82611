import { quoteForDisplay, whoSaid } from './article-card';
import type { DigestContent, DigestStory } from '../../app/digest/digest-content';
import type { SlackMessage } from '../poster';
import { escapeText, link } from '../escape';
import { clip, context, MAX_BLOCKS, section } from './limits';
import type { KnownBlock } from '@slack/types';

/**
 * The digest message: a header with the local date, then up to ten stories
 * (title link, sources, a one-line TL;DR, the key quote), then "More" with
 * links to the rest, each with its source. Every article text is escaped (`&`, `<`, `>`), so a
 * headline cannot mention @channel or forge a link; every section is clipped
 * to Slack's limits.
 */

const TLDR_MAX = 280;
const QUOTE_MAX = 240;
/** Links listed under "More" before "and N more". */
const MORE_LINKS = 15;

/** "Monday 30 March 2026" in the channel's zone (assembled from parts: ICU versions differ on the comma). */
export function digestDateLabel(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

function sourcesLine(story: DigestStory): string {
  const names = story.sources.slice(0, 4).map(escapeText).join(', ');
  const extra = story.sources.length > 4 ? ` and ${story.sources.length - 4} more` : '';
  const count = story.sources.length > 1 ? ` · *${story.sources.length} sources*` : '';
  return `_${names}${extra}_${count}`;
}

export function storyText(story: DigestStory, index: number): string {
  const lines = [`*${index + 1}. ${link(story.url, story.title)}*`, sourcesLine(story)];
  if (story.tldr) lines.push(escapeText(clip(story.tldr.replace(/\s+/g, ' '), TLDR_MAX)));
  if (story.quote) {
    const who = escapeText(whoSaid(story.quote));
    lines.push(`> “${escapeText(clip(quoteForDisplay(story.quote.text), QUOTE_MAX))}” — ${who}`);
  }
  return lines.join('\n');
}

/**
 * A headline on a line of its own, with where its link goes: the title is the
 * feed's or the page's own words and may name anyone ("NewsBot: your token
 * expired"), so it never stands without its source ("(kestrel.example)",
 * "(kestrel.example and 2 more)").
 */
export function headlineWithSource(story: DigestStory): string {
  const lead = story.sources[0];
  const others = story.sources.length > 1 ? ` and ${story.sources.length - 1} more` : '';
  return `${link(story.url, story.title)}${lead ? ` (${escapeText(lead)}${others})` : ''}`;
}

function moreText(more: readonly DigestStory[]): string {
  const shown = more.slice(0, MORE_LINKS).map((story) => `• ${headlineWithSource(story)}`);
  const rest = more.length > MORE_LINKS ? `\n…and ${more.length - MORE_LINKS} more` : '';
  return `*More*\n${shown.join('\n')}${rest}`;
}

export function digestMessage(
  content: DigestContent,
  options: { at: Date; timeZone: string; since?: Date },
): SlackMessage {
  const date = digestDateLabel(options.at, options.timeZone);
  const storyCount = content.stories.length + content.more.length;
  const summary = `${storyCount} ${storyCount === 1 ? 'story' : 'stories'} from ${content.articleCount} ${content.articleCount === 1 ? 'article' : 'articles'}`;
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(`News digest · ${date}`, 150), emoji: true } },
    context(
      options.since ? `${summary} since ${escapeText(digestDateLabel(options.since, options.timeZone))}` : summary,
    ),
  ];
  content.stories.forEach((story, i) => {
    blocks.push(section(storyText(story, i)));
  });
  if (content.more.length > 0) blocks.push({ type: 'divider' }, section(moreText(content.more)));
  return {
    text: `News digest for ${date}: ${summary}`,
    blocks: blocks.slice(0, MAX_BLOCKS),
    unfurl_links: false,
    unfurl_media: false,
  };
}
