import type { JobReply } from '../../app/ports/views';
import { escapeText } from '../escape';
import type { SlackMessage } from '../poster';
import { articleCard } from './article-card';
import { context } from './limits';
import { listSubscribeReply } from './opml-reply';
import { subscribeReply } from './subscribe-reply';

/** The answer to a queued job, posted to the command's response_url. */
export function jobReply(reply: JobReply): SlackMessage {
  switch (reply.kind) {
    case 'article': {
      const card = articleCard(reply.article);
      const note = reply.alreadyHad ? 'I already had this one.' : undefined;
      return {
        text: card.text,
        blocks: note ? [...card.blocks, context(note)] : card.blocks,
      };
    }
    case 'subscribed':
      return { text: subscribeReply(reply.result) };
    case 'list-subscribed':
      return { text: listSubscribeReply(reply.result) };
    case 'refused':
      return { text: escapeText(reply.reason) };
    case 'apology': {
      const doing = reply.doing === 'subscribing' ? 'subscribing to the feed at' : 'reading';
      return {
        text: `Sorry, I could not finish ${doing} ${escapeText(reply.host)} because of a problem on my side (job ${reply.jobId.slice(0, 8)}). Please try again later.`,
      };
    }
  }
}
