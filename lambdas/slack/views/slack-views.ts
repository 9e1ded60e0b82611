import type { Views } from '../../app/ports/views';
import { digestMessage } from './digest';
import { threadedDigest } from './digest-thread';
import { feedNotice } from './feed-notices';
import { jobReply } from './job-reply';
import { articleUnfurl } from './unfurl';

/** The views port for Slack: what the use cases tell people, rendered as Slack messages. */
export const slackViews: Views = {
  jobReply,
  feedNotice,
  digest: ({ content, threaded, ...options }) =>
    threaded ? threadedDigest(content, options) : { parent: digestMessage(content, options), replies: [] },
  articleUnfurl,
};
