import { z } from 'zod';
import type { LogLevel } from './logger';

/**
 * The environment a handler runs in, read and validated once per cold start.
 * The CDK stack sets these variables; `npm start` and the tests set their own.
 */
const EnvSchema = z.object({
  TABLE_NAME: z.string().min(1).default('newsbot'),
  JOB_QUEUE_URL: z.string().optional(),
  /** Name or ARN of the Secrets Manager secret with the Slack credentials. */
  SLACK_SECRET_ID: z.string().optional(),
  /** Base of the Slack Web API; a loopback server in tests and local trials. */
  SLACK_API_URL: z.string().url().default('https://slack.com/api/'),
  DYNAMODB_ENDPOINT: z.string().url().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  STAGE: z.string().default('dev'),
  /** The job queue's redrive limit: the delivery with this receive count is the last. */
  JOB_MAX_RECEIVES: z.coerce.number().int().min(1).default(3),
});

export interface RuntimeEnv {
  tableName: string;
  jobQueueUrl?: string;
  slackSecretId?: string;
  slackApiUrl: string;
  dynamodbEndpoint?: string;
  logLevel: LogLevel;
  stage: string;
  jobMaxReceives: number;
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): RuntimeEnv {
  const parsed = EnvSchema.parse(env);
  return {
    tableName: parsed.TABLE_NAME,
    jobQueueUrl: parsed.JOB_QUEUE_URL,
    slackSecretId: parsed.SLACK_SECRET_ID,
    slackApiUrl: parsed.SLACK_API_URL.endsWith('/') ? parsed.SLACK_API_URL : parsed.SLACK_API_URL + '/',
    dynamodbEndpoint: parsed.DYNAMODB_ENDPOINT,
    logLevel: parsed.LOG_LEVEL,
    stage: parsed.STAGE,
    jobMaxReceives: parsed.JOB_MAX_RECEIVES,
  };
}
