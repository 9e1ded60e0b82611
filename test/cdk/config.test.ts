import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../cdk/config';
import { cdkJsonContext, newsBotApp } from './helpers';

function contextOf(values: Record<string, unknown>): (key: string) => unknown {
  return (key) => values[key];
}

/** Every setting but the stage, as the schema fills it when cdk.json says nothing. */
const DEFAULTS = {
  feedPollRate: 15,
  digestRate: 15,
  logLevel: 'info',
  logRetentionDays: 30,
  slackReservedConcurrency: 20,
  tracing: false,
};

describe('Function: parseConfig', () => {
  it("reads the repository's cdk.json context", () => {
    expect(parseConfig(contextOf(cdkJsonContext()))).toEqual({ ...DEFAULTS, stage: 'prod' });
  });

  it('fills the defaults: rates of 15 minutes, info logs kept 30 days, no alarm email, 20 reserved for Slack, no tracing', () => {
    expect(parseConfig(contextOf({ newsbot: { stage: 'dev' } }))).toEqual({ ...DEFAULTS, stage: 'dev' });
  });

  it('reads slackReservedConcurrency as a number or "off", from cdk.json or -c, and refuses anything else', () => {
    expect(
      parseConfig(contextOf({ newsbot: { stage: 'dev', slackReservedConcurrency: 50 } })).slackReservedConcurrency,
    ).toBe(50);
    expect(
      parseConfig(contextOf({ newsbot: { stage: 'dev' }, slackReservedConcurrency: '7' })).slackReservedConcurrency,
    ).toBe(7);
    expect(
      parseConfig(contextOf({ newsbot: { stage: 'dev' }, slackReservedConcurrency: 'off' })).slackReservedConcurrency,
    ).toBe('off');
    for (const bad of ['0', 'none', '2.5', 5000]) {
      expect(() => parseConfig(contextOf({ newsbot: { stage: 'dev' }, slackReservedConcurrency: bad }))).toThrow(
        /slackReservedConcurrency/,
      );
    }
  });

  it('reads tracing as a boolean from cdk.json or "true"/"false" from -c, and refuses anything else', () => {
    expect(parseConfig(contextOf({ newsbot: { stage: 'dev', tracing: true } })).tracing).toBe(true);
    expect(parseConfig(contextOf({ newsbot: { stage: 'dev' }, tracing: 'true' })).tracing).toBe(true);
    expect(parseConfig(contextOf({ newsbot: { stage: 'dev', tracing: true }, tracing: 'false' })).tracing).toBe(false);
    for (const bad of ['yes', '1', 1])
      expect(() => parseConfig(contextOf({ newsbot: { stage: 'dev' }, tracing: bad }))).toThrow(/tracing/);
  });

  it('lets -c key=value strings from the command line override the cdk.json object', () => {
    const config = parseConfig(
      contextOf({
        newsbot: { stage: 'prod', feedPollRate: 15 },
        stage: 'staging',
        feedPollRate: '5',
        alarmEmail: 'ops@example.com',
        logRetentionDays: '90',
      }),
    );
    expect(config).toMatchObject({
      stage: 'staging',
      feedPollRate: 5,
      alarmEmail: 'ops@example.com',
      logRetentionDays: 90,
    });
  });

  it('reads up to 5 unfurl domains from cdk.json or a comma-separated -c unfurlDomains, and refuses a sixth', () => {
    expect(
      parseConfig(contextOf({ newsbot: { stage: 'dev', unfurlDomains: ['News.Example.com'] } })).unfurlDomains,
    ).toEqual(['news.example.com']);
    expect(
      parseConfig(contextOf({ newsbot: { stage: 'dev' }, unfurlDomains: 'a.example, b.example' })).unfurlDomains,
    ).toEqual(['a.example', 'b.example']);
    expect(() =>
      parseConfig(contextOf({ newsbot: { stage: 'dev' }, unfurlDomains: 'a.ex,b.ex,c.ex,d.ex,e.ex,f.ex' })),
    ).toThrow(/at most 5 unfurl domains/);
    expect(() => parseConfig(contextOf({ newsbot: { stage: 'dev' }, unfurlDomains: 'https://a.example/x' }))).toThrow(
      /domain name/,
    );
  });

  it('treats an empty alarmEmail as no email', () => {
    expect(parseConfig(contextOf({ newsbot: { stage: 'dev', alarmEmail: '' } })).alarmEmail).toBeUndefined();
  });

  it.each([
    ['a missing stage', { newsbot: {} }, /stage/],
    ['a stage with capitals', { newsbot: { stage: 'Prod' } }, /stage: must be 1-16 characters/],
    ['a bad email', { newsbot: { stage: 'dev', alarmEmail: 'not-an-email' } }, /alarmEmail/],
    ['a zero rate', { newsbot: { stage: 'dev', feedPollRate: 0 } }, /feedPollRate/],
    ['a fractional rate', { newsbot: { stage: 'dev', digestRate: 7.5 } }, /digestRate/],
    ['an unknown log level', { newsbot: { stage: 'dev', logLevel: 'verbose' } }, /logLevel/],
    [
      'a retention CloudWatch does not offer',
      { newsbot: { stage: 'dev', logRetentionDays: 10 } },
      /logRetentionDays: must be one of .*\b14\b/,
    ],
    ['an unknown key (a typo)', { newsbot: { stage: 'dev', digestRateMinutes: 5 } }, /digestRateMinutes/],
    ['a context that is not an object', { newsbot: 'prod' }, /must be an object/],
  ])('throws a ConfigError naming the field for %s', (_label, context, message) => {
    const parse = () => parseConfig(contextOf(context));
    expect(parse).toThrow(ConfigError);
    expect(parse).toThrow(message);
  });

  it('lists every bad field at once', () => {
    expect(() => parseConfig(contextOf({ newsbot: { stage: '', logLevel: 'loud', feedPollRate: -1 } }))).toThrow(
      /stage[\s\S]*feedPollRate[\s\S]*logLevel|stage[\s\S]*logLevel[\s\S]*feedPollRate/,
    );
  });

  it('stops the app before any stack is built when the config is bad', () => {
    expect(() => newsBotApp({ context: { logLevel: 'loud' } })).toThrow(ConfigError);
  });
});
