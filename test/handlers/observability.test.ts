import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendCommand } from '../helpers/slack-request';
import { startPageServer, type Page } from '../slack/support/page-server';
import { fixture, startSlackTestbed, TEAM } from '../slack/support/runtime';
import { rss } from '../feeds/feed-server';

type Line = Record<string, unknown> & {
  _aws?: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string }[] }[] };
};

/** The real Slack handler and in-process worker (`npm start`'s runtime), every log line captured. */
describe('Observability: EMF metrics, and one correlation id from the Slack request into the worker', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let pages: Awaited<ReturnType<typeof startPageServer>>;
  const lines: Line[] = [];

  beforeAll(async () => {
    bed = await startSlackTestbed({ logLevel: 'info', logWrite: (line) => lines.push(JSON.parse(line)) });
    const served: Record<string, Page> = {
      '/story': { body: fixture('reading-room.html') },
      '/short': { body: '<html><body><p>Too short.</p></body></html>' },
    };
    pages = await startPageServer(served);
    // Added once the server listens: the feed links to the server's own story page.
    served['/feed.xml'] = {
      body: rss('Reading Room News', [{ guid: 'rr-1', title: 'The reading room reopens', link: pages.url('/story') }]),
      contentType: 'application/rss+xml',
    };
  });
  afterAll(async () => {
    await pages?.close();
    await bed?.close();
  });

  const metricLines = (name: string) =>
    lines.filter((l) => l._aws?.CloudWatchMetrics.some((m) => m.Metrics.some((x) => x.Name === name)));

  /** Send a command, let its queued work finish, and return the correlation id its CommandHandled line carries. */
  async function commandRunToIdle(text: string, responseName: string): Promise<unknown> {
    lines.length = 0;
    await sendCommand(bed.runtime.url, text, { teamId: TEAM, responseUrl: bed.slack.responseUrl(responseName) });
    await bed.runtime.idle();
    const correlationId = metricLines('CommandHandled')[0]?.correlationId;
    expect(correlationId).toEqual(expect.any(String));
    return correlationId;
  }

  it('a handled command writes EMF lines: CommandHandled and CommandLatency, by command name', async () => {
    lines.length = 0;
    const { status } = await sendCommand(bed.runtime.url, 'help', { teamId: TEAM });
    expect(status).toBe(200);
    const handled = metricLines('CommandHandled');
    expect(handled).toHaveLength(1);
    expect(handled[0]).toMatchObject({ Command: 'help', CommandHandled: 1 });
    expect(handled[0]!._aws!.CloudWatchMetrics[0]).toMatchObject({
      Namespace: 'NewsBot/local',
      Dimensions: [['Command']],
    });
    const latency = metricLines('CommandLatency');
    expect(latency).toHaveLength(1);
    expect(latency[0]).toMatchObject({ Command: 'help' });
    expect(latency[0]!.CommandLatency).toEqual(expect.any(Number));
    expect(metricLines('CommandFailed')).toEqual([]);
  });

  it("a queued job's log lines, and its reply's, carry the correlation id of the Slack request that queued it", async () => {
    const correlationId = await commandRunToIdle(`summary <${pages.url('/story')}>`, 'corr');
    const jobLines = lines.filter((l) => l.jobId);
    expect(jobLines.map((l) => l.event)).toContain('article_ingested');
    for (const line of jobLines) expect(line.correlationId).toBe(correlationId);
    expect(metricLines('IngestOutcome')).toMatchObject([{ Outcome: 'created', correlationId }]);
    expect(metricLines('QuotesFound')).toMatchObject([{ correlationId }]);
    expect(bed.slack.calls.filter((c) => c.path === '/response/corr')).toHaveLength(1);

    // Another request, another id: a page that is no article is a refused ingest, and its reply's line carries the new id.
    const second = await commandRunToIdle(`summary <${pages.url('/short')}>`, 'corr2');
    expect(second).not.toBe(correlationId);
    expect(lines.find((l) => l.event === 'job_refused')).toMatchObject({ correlationId: second });
    expect(metricLines('IngestOutcome')).toMatchObject([{ Outcome: 'refused', correlationId: second }]);
  });

  it("a subscription's feed-item jobs carry the correlation id of the `/news subscribe` that queued them", async () => {
    const correlationId = await commandRunToIdle(`subscribe <${pages.url('/feed.xml')}>`, 'corr-sub');
    const itemLines = lines.filter((l) => typeof l.jobId === 'string' && l.jobId.startsWith('feed-'));
    expect(itemLines.length).toBeGreaterThan(0);
    for (const line of itemLines) expect(line.correlationId).toBe(correlationId);
  });
});
