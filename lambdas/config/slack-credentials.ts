import * as z from 'zod/mini';

/**
 * The Slack app's credentials. In AWS they live in one Secrets Manager secret
 * (JSON), read once per cold start and cached for the life of the container;
 * locally they come from the environment.
 *
 * `botUserId` and `botId` let Bolt skip `auth.test`, so a cold start makes no
 * Slack API call at all.
 */
export const SlackCredentialsSchema = z.object({
  signingSecret: z.string().check(z.minLength(1)),
  botToken: z.string().check(z.minLength(1)),
  botUserId: z.optional(z.string()),
  botId: z.optional(z.string()),
});
export type SlackCredentials = z.infer<typeof SlackCredentialsSchema>;

/** A signing secret that is safe to publish: only for `npm start` and tests. */
export const LOCAL_SIGNING_SECRET = 'newsbot-local-signing-secret';
export const LOCAL_BOT_TOKEN = 'xoxb-newsbot-local';

export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): SlackCredentials {
  // On Lambda the published local defaults would let anyone sign a request: real values or no start.
  if (env.AWS_LAMBDA_FUNCTION_NAME && (!env.SLACK_SIGNING_SECRET || !env.SLACK_BOT_TOKEN)) {
    throw new Error('Slack credentials missing on Lambda: set SLACK_SECRET_ID (or SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN)');
  }
  return SlackCredentialsSchema.parse({
    signingSecret: env.SLACK_SIGNING_SECRET ?? LOCAL_SIGNING_SECRET,
    botToken: env.SLACK_BOT_TOKEN ?? LOCAL_BOT_TOKEN,
    botUserId: env.SLACK_BOT_USER_ID,
    botId: env.SLACK_BOT_ID,
  });
}

let cached: Promise<SlackCredentials> | undefined;

/**
 * Credentials for this container: from the secret named by `secretId` when
 * given, else from the environment. The first call starts the read; every
 * later call shares it. A failed read is not cached, so the next request retries.
 */
export function loadSlackCredentials(secretId: string | undefined): Promise<SlackCredentials> {
  cached ??= (secretId ? readSecret(secretId) : Promise.resolve(credentialsFromEnv())).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function readSecret(secretId: string): Promise<SlackCredentials> {
  // Imported here so handlers that never read a secret do not load the client.
  const { SecretsManagerClient, GetSecretValueCommand } = await import('./secrets-manager');
  const client = new SecretsManagerClient({});
  const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
  const parsed = SlackCredentialsSchema.safeParse(JSON.parse(SecretString ?? '{}'));
  if (!parsed.success) {
    // Name the missing fields, never the values.
    throw new Error(`Slack secret ${secretId} is missing fields: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  }
  return parsed.data;
}
