import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, setInvocationContext } from '../../lambdas/config/logger';

describe('Function: createLogger', () => {
  afterEach(() => setInvocationContext({}));

  it('writes one JSON line per event with level, event, base and child fields, above the level only', () => {
    const lines: string[] = [];
    const log = createLogger('info', { service: 'newsbot' }, (l) => lines.push(l)).child({ requestId: 'r1' });
    log.debug('hidden');
    log.info('article_ingested', { articleId: 'abc' });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'INFO',
      event: 'article_ingested',
      service: 'newsbot',
      requestId: 'r1',
      articleId: 'abc',
    });
  });

  it('carries the invocation’s request id on every line, also from loggers made before it started', () => {
    const lines: string[] = [];
    const log = createLogger('info', {}, (l) => lines.push(l));
    setInvocationContext({ awsRequestId: 'req-1' });
    log.child({ fn: 'worker' }).warn('job_failed');
    setInvocationContext({ awsRequestId: 'req-2' });
    log.error('digest_failed');
    expect(lines.map((l) => JSON.parse(l).awsRequestId)).toEqual(['req-1', 'req-2']);
  });

  it("writes the fields Lambda's JSON log format reads: timestamp, upper-case level, message, requestId", () => {
    const lines: string[] = [];
    setInvocationContext({ awsRequestId: 'lambda-req-7', correlationId: 'slack-req-3' });
    createLogger('info', {}, (l) => lines.push(l)).warn('feed_poll_failed');
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({
      level: 'WARN',
      message: 'feed_poll_failed',
      event: 'feed_poll_failed',
      requestId: 'lambda-req-7',
      correlationId: 'slack-req-3',
    });
    expect(new Date(line.timestamp).toISOString()).toBe(line.timestamp);
    expect(line).not.toHaveProperty('time');
  });

  it('writes a metric as one CloudWatch Embedded Metric Format line, in the stage namespace, with its dimensions and the ids', () => {
    const lines: string[] = [];
    setInvocationContext({ awsRequestId: 'lambda-req-8' });
    createLogger('warn', { stage: 'prod' }, (l) => lines.push(l))
      .child({ correlationId: 'c-1' })
      .metric('CommandLatency', 42, 'Milliseconds', { Command: 'latest' });
    const line = JSON.parse(lines[0]!);
    expect(line._aws.CloudWatchMetrics).toEqual([
      {
        Namespace: 'NewsBot/prod',
        Dimensions: [['Command']],
        Metrics: [{ Name: 'CommandLatency', Unit: 'Milliseconds' }],
      },
    ]);
    expect(typeof line._aws.Timestamp).toBe('number');
    expect(line).toMatchObject({
      Command: 'latest',
      CommandLatency: 42,
      correlationId: 'c-1',
      requestId: 'lambda-req-8',
    });
    // No dimensions: one metric for the whole namespace (an empty dimension set, as EMF spells it).
    createLogger('info', {}, (l) => lines.push(l)).metric('DigestFailures', 1);
    expect(JSON.parse(lines[1]!)._aws.CloudWatchMetrics[0]).toEqual({
      Namespace: 'NewsBot/local',
      Dimensions: [[]],
      Metrics: [{ Name: 'DigestFailures', Unit: 'Count' }],
    });
    createLogger('silent', {}, (l) => lines.push(l)).metric('CommandHandled', 1);
    expect(lines).toHaveLength(2);
  });

  it('serialises an error to its name, message and code, not to {}', () => {
    const lines: string[] = [];
    const error = Object.assign(new Error('throttled'), { code: 'ProvisionedThroughputExceededException' });
    createLogger('info', {}, (l) => lines.push(l)).error('job_failed', { error });
    expect(JSON.parse(lines[0]!).error).toMatchObject({
      name: 'Error',
      message: 'throttled',
      code: 'ProvisionedThroughputExceededException',
    });
  });
});

describe('log lines name hosts, never whole URLs', () => {
  it('cuts URLs in fields, nested values and error messages to scheme and host', async () => {
    const { createLogger } = await import('../../lambdas/config/logger');
    const lines: string[] = [];
    const log = createLogger('info', {}, (line) => lines.push(line));
    log.info('feed_subscribed', {
      feedUrl: 'https://feeds.example/private.xml?token=s3cret&user=me',
      nested: { responseUrl: 'https://hooks.slack.com/commands/T1/2/abcSECRET' },
      error: new Error('could not read https://news.example/a?key=s3cret2 in time'),
    });
    const line = lines.join('\n');
    for (const secret of ['s3cret', 'abcSECRET', 's3cret2', 'private.xml', '/commands/'])
      expect(line).not.toContain(secret);
    expect(JSON.parse(line)).toMatchObject({
      feedUrl: 'https://feeds.example/…',
      nested: { responseUrl: 'https://hooks.slack.com/…' },
    });
    expect(line).toContain('could not read https://news.example/… in time');
  });
});
