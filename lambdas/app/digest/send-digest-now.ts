import type { DigestSettings } from '../../store/index';
import type { DigestArticleSource } from './digest-articles';
import { sendChannelDigest, type DigestDeps, type DigestOutcome } from './send-channel-digest';

/**
 * How long a `digest now` holds its channel: longer than a post with its
 * retries takes, short enough that a crashed one frees the channel soon.
 */
export const DIGEST_NOW_LEASE_SECONDS = 120;

/**
 * `/news digest now`, single-flight per channel: each one is its own period,
 * so without this five concurrent ones would each post. The first takes a
 * lease on the channel (a conditional write that expires); the others answer
 * 'in-progress' without reading anything. The lease is given back when the
 * post is done, so a later `digest now` runs (and finds nothing new, or the
 * articles that came since).
 */
export async function sendDigestNow(
  deps: DigestDeps,
  settings: DigestSettings,
  articles: DigestArticleSource,
): Promise<DigestOutcome> {
  const lease = `digest-now#${settings.channelId}`;
  if (!(await deps.store.markHandled(settings.teamId, lease, DIGEST_NOW_LEASE_SECONDS)))
    return { status: 'in-progress', period: 'now' };
  try {
    return await sendChannelDigest(deps, settings, articles, { kind: 'now' });
  } finally {
    await deps.store
      .releaseHandled(settings.teamId, lease)
      .catch((error: unknown) => deps.log.warn('digest_now_release_failed', { channelId: settings.channelId, error }));
  }
}
