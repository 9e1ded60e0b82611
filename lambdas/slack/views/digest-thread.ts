import type { DigestContent } from '../../app/digest/digest-content';
import type { KnownBlock } from '@slack/types';
import type { SlackMessage } from '../poster';
import { escapeText } from '../escape';
import { digestMessage, headlineWithSource, storyText } from './digest';
import { MAX_BLOCKS, section } from './limits';

/**
 * A threaded digest (`/news schedule … threaded`): the parent message holds
 * the header and the headlines with their sources, one line each, so the channel stays short;
 * each story (sources, TL;DR, key quote) is one reply in the thread. Escaped
 * and clipped as the single-message digest is.
 */
export function threadedDigest(
  content: DigestContent,
  options: { at: Date; timeZone: string; since?: Date },
): { parent: SlackMessage; replies: SlackMessage[] } {
  const whole = digestMessage(content, options);
  const [header, summary] = whole.blocks ?? [];
  const headlines = content.stories.map((story, i) => `${i + 1}. ${headlineWithSource(story)}`);
  const more = content.more.length > 0 ? [`…and ${content.more.length} more in the thread.`] : [];
  const parent: SlackMessage = {
    ...whole,
    blocks: [header, summary, section([...headlines, ...more].join('\n') || 'No stories.')].filter(
      (b): b is KnownBlock => b !== undefined,
    ),
  };
  // The text is what a notification shows: the feed's headline, escaped as in the blocks.
  const stories = content.stories.map((story, i) => ({
    text: escapeText(story.title),
    blocks: [section(storyText(story, i))],
  }));
  // The rest, as in the single-message digest's "More": one reply listing them.
  const rest = whole.blocks?.slice(2 + content.stories.length).filter((b) => b.type === 'section') ?? [];
  const replies = [...stories, ...(rest.length ? [{ text: 'More stories', blocks: rest.slice(0, MAX_BLOCKS) }] : [])];
  return { parent, replies: replies.map((reply) => ({ ...reply, unfurl_links: false, unfurl_media: false })) };
}
