import { describe, expect, it } from 'vitest';
import { readEnv } from '../../lambdas/config/env';

describe('readEnv', () => {
  it('fills the defaults a local run relies on', () => {
    expect(readEnv({})).toEqual({
      tableName: 'newsbot',
      jobQueueUrl: undefined,
      slackSecretId: undefined,
      slackApiUrl: 'https://slack.com/api/',
      dynamodbEndpoint: undefined,
      logLevel: 'info',
      stage: 'dev',
      jobMaxReceives: 3,
    });
  });

  it('reads what the stack sets, coercing the receive count and ending the API base with a slash', () => {
    const env = readEnv({
      TABLE_NAME: 't',
      JOB_MAX_RECEIVES: '5',
      SLACK_API_URL: 'http://127.0.0.1:9/api',
      LOG_LEVEL: 'warn',
    });
    expect(env).toMatchObject({
      tableName: 't',
      jobMaxReceives: 5,
      slackApiUrl: 'http://127.0.0.1:9/api/',
      logLevel: 'warn',
    });
  });

  it('names every bad variable in one error', () => {
    expect(() =>
      readEnv({ JOB_MAX_RECEIVES: '0', LOG_LEVEL: 'loud', DYNAMODB_ENDPOINT: 'not a url', TABLE_NAME: '' }),
    ).toThrow('Invalid environment: TABLE_NAME, DYNAMODB_ENDPOINT, LOG_LEVEL, JOB_MAX_RECEIVES');
    expect(() => readEnv({ JOB_MAX_RECEIVES: '2.5' })).toThrow('JOB_MAX_RECEIVES');
  });
});
