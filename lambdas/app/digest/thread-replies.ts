import type { Logger } from '../../config/logger';
import type { ChatMessage, Poster } from '../ports/poster';
import { postDigest } from './post-policy';

/**
 * The replies of a threaded digest, in order, under the parent's `ts`. They
 * are posted after the period is marked sent: the parent is the digest, and
 * a reply that fails must not make the period post again (a second parent).
 * A failed reply is logged, and the thread stops there (later replies would
 * read out of order).
 */
export async function postThreadReplies(
  deps: { slack: Poster; sleep: (ms: number) => Promise<void>; log: Logger },
  where: { teamId: string; channelId: string; period: string; threadTs: string },
  replies: readonly ChatMessage[],
): Promise<number> {
  let posted = 0;
  for (const reply of replies) {
    try {
      await postDigest({ slack: deps.slack, sleep: deps.sleep }, where.channelId, {
        ...reply,
        thread_ts: where.threadTs,
      });
      posted++;
    } catch (error) {
      deps.log.error('digest_reply_failed', {
        teamId: where.teamId,
        channelId: where.channelId,
        period: where.period,
        posted,
        error,
      });
      break;
    }
  }
  return posted;
}
