import { METRICS } from '../../observability/emf';
import { batchArticleSource } from './digest-articles';
import { digestSince, sendChannelDigest, type DigestDeps, type DigestOutcome } from './send-channel-digest';

export interface DigestRunSummary {
  due: number;
  byStatus: Partial<Record<DigestOutcome['status'], number>>;
  failed: number;
}

export class DigestRunError extends Error {
  override name = 'DigestRunError';
  constructor(readonly failures: { teamId: string; channelId: string; error: unknown }[]) {
    super(
      `${failures.length} channel digest(s) failed: ${failures.map((f) => `${f.teamId}/${f.channelId}`).join(', ')}`,
    );
  }
}

/**
 * The scheduled digest run (every 15 minutes): the channels whose digest is
 * due (one Query on the due index), each posted once for its period. One
 * channel failing does not stop the others; each failure is logged as
 * `digest_failed` (the alarm's metric filter) and, after every channel had
 * its turn, the run throws so the invocation is retried and finally lands in
 * the dead-letter queue. Channels already posted are not posted again by the
 * retry: their period is marked sent.
 */
export async function runDueDigests(
  deps: DigestDeps,
  options: { limit?: number; concurrency?: number } = {},
): Promise<DigestRunSummary> {
  const now = deps.clock();
  const due = await deps.store.dueDigests(now, options.limit ?? 1000);
  const articles = batchArticleSource(deps.store);

  // Read each team's articles once, back to the earliest digest start among its due channels.
  const earliest = new Map<string, Date>();
  for (const settings of due) {
    const since = digestSince(settings, now);
    const known = earliest.get(settings.teamId);
    if (!known || since < known) earliest.set(settings.teamId, since);
  }
  for (const [teamId, since] of earliest) await articles.prepare(teamId, since);

  const summary: DigestRunSummary = { due: due.length, byStatus: {}, failed: 0 };
  const failures: { teamId: string; channelId: string; error: unknown }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < due.length) {
      const settings = due[next++]!;
      try {
        const outcome = await sendChannelDigest(deps, settings, articles.source, { kind: 'scheduled' });
        summary.byStatus[outcome.status] = (summary.byStatus[outcome.status] ?? 0) + 1;
      } catch (error) {
        summary.failed++;
        failures.push({ teamId: settings.teamId, channelId: settings.channelId, error });
        deps.log.metric(METRICS.digestFailures, 1);
        deps.log.error('digest_failed', {
          teamId: settings.teamId,
          channelId: settings.channelId,
          dueAt: settings.nextDueAt,
          error,
        });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, options.concurrency ?? 8), due.length) }, worker));
  deps.log.info('digests_run', { ...summary });
  if (failures.length > 0) throw new DigestRunError(failures);
  return summary;
}
