import { z } from 'zod';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/** The context key in cdk.json that holds NewsBot's deployment settings. */
export const CONTEXT_KEY = 'newsbot';

const RETENTION_DAYS = new Set<number>(
  Object.values(RetentionDays).filter((value): value is number => typeof value === 'number' && value > 0),
);

/** Minutes between two runs of a schedule: EventBridge rates are whole minutes. */
const rateMinutes = z.coerce
  .number()
  .int()
  .min(1)
  .max(24 * 60);

export const BotConfigSchema = z
  .object({
    /** Deployment stage; part of the stack names, so short and DNS-like. */
    stage: z
      .string()
      .regex(
        /^[a-z][a-z0-9-]{0,15}$/,
        'must be 1-16 characters: lowercase letters, digits and "-", starting with a letter',
      ),
    /** Where alarm notifications go; no subscription when absent. */
    alarmEmail: z.email().optional(),
    feedPollRate: rateMinutes.default(15),
    digestRate: rateMinutes.default(15),
    logLevel: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    /**
     * Reserved concurrency of the Slack function (the public endpoint), or "off" for accounts whose
     * concurrency quota is too small to reserve any (docs/deploy.md, "Accounts with low limits").
     */
    slackReservedConcurrency: z
      .union([z.literal('off'), z.coerce.number().int().min(1, 'must be at least 1, or "off"').max(1000)])
      .default(20),
    /**
     * The link domains Slack sends link_shared for (the manifest's `unfurl_domains`): at most 5, Slack's
     * limit. Given on the command line as `-c unfurlDomains=a.example,b.example`. Printed as an output.
     */
    unfurlDomains: z
      .preprocess(
        (value) =>
          typeof value === 'string'
            ? value
                .split(',')
                .map((d) => d.trim())
                .filter(Boolean)
            : value,
        z
          .array(
            z
              .string()
              .toLowerCase()
              .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a domain name such as news.example.com'),
          )
          .max(5, 'Slack allows at most 5 unfurl domains'),
      )
      .optional(),
    logRetentionDays: z.coerce
      .number()
      .int()
      .refine((days) => RETENTION_DAYS.has(days), {
        message: `must be one of CloudWatch Logs' retention periods: ${[...RETENTION_DAYS].sort((a, b) => a - b).join(', ')}`,
      })
      .default(30),
    /** AWS X-Ray active tracing on every function (`cdk deploy -c tracing=true`); off by default, it is billed per trace. */
    tracing: z.union([z.boolean(), z.enum(['true', 'false']).transform((flag) => flag === 'true')]).default(false),
  })
  .strict();

export type BotConfig = z.infer<typeof BotConfigSchema>;
export type LogLevel = BotConfig['logLevel'];

/** Keys that may also be given one by one on the command line: `cdk deploy -c stage=dev`. */
const OVERRIDABLE = [
  'stage',
  'alarmEmail',
  'feedPollRate',
  'digestRate',
  'logLevel',
  'logRetentionDays',
  'unfurlDomains',
  'slackReservedConcurrency',
  'tracing',
] as const;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Builds the config from the `newsbot` context object (cdk.json) with any
 * top-level `-c key=value` overrides on top, and validates it.
 * Throws a ConfigError naming every bad field.
 */
export function parseConfig(tryGetContext: (key: string) => unknown): BotConfig {
  const base = tryGetContext(CONTEXT_KEY) ?? {};
  if (typeof base !== 'object' || base === null || Array.isArray(base)) {
    throw new ConfigError(`Invalid NewsBot config: context "${CONTEXT_KEY}" in cdk.json must be an object`);
  }
  const raw: Record<string, unknown> = { ...base };
  for (const key of OVERRIDABLE) {
    const value = tryGetContext(key);
    if (value !== undefined) raw[key] = value;
  }
  // An empty alarmEmail (e.g. `-c alarmEmail=`) means "no email".
  if (raw.alarmEmail === '') delete raw.alarmEmail;

  const parsed = BotConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join('.') : '(config)';
      return `  - ${where}: ${issue.message}`;
    });
    throw new ConfigError(
      `Invalid NewsBot config (cdk.json context "${CONTEXT_KEY}", or -c overrides):\n${lines.join('\n')}`,
    );
  }
  return parsed.data;
}
