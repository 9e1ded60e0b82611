import type { ListSubscribeResult } from '../../app/feeds/subscribe-results';
import { escapeText } from '../escape';

const nameOf = (feed: { feedUrl: string; title?: string }) =>
  feed.title ? `*${escapeText(feed.title)}*` : escapeText(feed.feedUrl);
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The answer to `/news subscribe <OPML url>`: what was added, skipped and why. */
export function listSubscribeReply(result: ListSubscribeResult): string {
  const lines: string[] = [];
  const total = result.added.length + result.already.length + result.failed.length + result.overLimit.length;
  lines.push(
    `That address is a list of ${count(total, 'feed', 'feeds')} (OPML). This channel now follows ${count(result.added.length, 'more feed', 'more feeds')}.`,
  );
  if (result.added.length > 0)
    lines.push(`*Added:*\n${result.added.map((f) => `• ${nameOf(f)}: ${count(f.items, 'item', 'items')}`).join('\n')}`);
  if (result.already.length > 0)
    lines.push(`*Already followed:*\n${result.already.map((f) => `• ${nameOf(f)}`).join('\n')}`);
  if (result.failed.length > 0)
    lines.push(
      `*Not added:*\n${result.failed.map((f) => `• ${escapeText(f.url)}: ${escapeText(f.reason)}`).join('\n')}`,
    );
  if (result.overLimit.length > 0) {
    lines.push(
      `*Not tried* (one list adds at most ${result.limit} feeds): ${count(result.overLimit.length, 'feed', 'feeds')}, starting with ${escapeText(result.overLimit[0]!)}. Subscribe to those one by one with \`/news subscribe <feed url>\`.`,
    );
  }
  lines.push('See `/news feeds`.');
  return lines.join('\n');
}
