import * as z from 'zod/mini';
import type { LogLevel } from './logger';

/**
 * The environment a handler runs in, read and validated once per cold start.
 * The CDK stack sets these variables; `npm start` and the tests set their own.
 */
const EnvSchema = z.object({
  TABLE_NAME: z._default(z.string().check(z.minLength(1)), 'newsbot'),
  JOB_QUEUE_URL: z.optional(z.string()),
  /** Name or ARN of the Secrets Manager secret with the Slack credentials. */
  SLACK_SECRET_ID: z.optional(z.string()),
  /** Base of the Slack Web API; a loopback server in tests and local trials. */
  SLACK_API_URL: z._default(z.url(), 'https://slack.com/api/'),
  DYNAMODB_ENDPOINT: z.optional(z.url()),
  LOG_LEVEL: z._default(z.enum(['debug', 'info', 'warn', 'error', 'silent']), 'info'),
  STAGE: z._default(z.string(), 'dev'),
  /** The job queue's redrive limit: the delivery with this receive count is the last. */
  JOB_MAX_RECEIVES: z._default(z.pipe(z.coerce.number(), z.int().check(z.gte(1))), 3),
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
  const result = EnvSchema.safeParse(env);
  // zod/mini carries no message texts (bundle weight); the variable names are what an operator needs.
  if (!result.success) {
    throw new Error(`Invalid environment: ${result.error.issues.map((issue) => issue.path.join('.')).join(', ')}`);
  }
  const parsed = result.data;
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
