import type { SubscribeResult } from '../../app/feeds/subscribe-results';
import { escapeText } from '../escape';

/** The answer to `/news subscribe`, posted by the worker once the feed has been read. */
export function subscribeReply(result: SubscribeResult): string {
  if (!result.ok) {
    const hint = result.feedLink ? `\nTry \`/news subscribe ${escapeText(result.feedLink)}\`` : '';
    return `I did not subscribe: ${escapeText(result.reason)}${hint}`;
  }
  const name = result.title ? `*${escapeText(result.title)}*` : escapeText(result.feedUrl);
  const again = result.created ? 'Subscribed to' : 'This channel already follows';
  const items = `${result.items} ${result.items === 1 ? 'item' : 'items'}`;
  const reading = result.queued > 0 ? `; reading ${result.queued} of them now` : '';
  return `${again} ${name}: I found ${items}${reading}. See \`/news feeds\`, and set a digest with \`/news schedule daily 08:30 Europe/Berlin\`.`;
}
