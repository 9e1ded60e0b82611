import type { JobReply } from '../../app/ports/views';
import { escapeText } from '../escape';
import type { SlackMessage } from '../poster';
import { articleCard } from './article-card';
import { context } from './limits';
import { listSubscribeReply } from './opml-reply';
import { subscribeReply } from './subscribe-reply';
import { verbatimBlocks } from './verbatim-reply';

/** A text reply shown from verbatim sections: it carries a feed's or a server's words. */
function verbatim(text: string): SlackMessage {
  return { text, blocks: verbatimBlocks(text) };
}

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
      return verbatim(subscribeReply(reply.result));
    case 'list-subscribed':
      return verbatim(listSubscribeReply(reply.result));
    case 'refused':
      return verbatim(escapeText(reply.reason));
    case 'apology': {
      const doing = reply.doing === 'subscribing' ? 'subscribing to the feed at' : 'reading';
      return {
        text: `Sorry, I could not finish ${doing} ${escapeText(reply.host)} because of a problem on my side (job ${reply.jobId.slice(0, 8)}). Please try again later.`,
      };
    }
  }
}
