import * as z from 'zod/mini';

/**
 * The Slack app's credentials. In AWS they live in one Secrets Manager secret
 * (JSON), read on first use and again after CREDENTIALS_TTL_MS or a failure
 * that says they may have changed; locally they come from the environment.
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
    throw new Error(
      'Slack credentials missing on Lambda: set SLACK_SECRET_ID (or SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN)',
    );
  }
  return SlackCredentialsSchema.parse({
    signingSecret: env.SLACK_SIGNING_SECRET ?? LOCAL_SIGNING_SECRET,
    botToken: env.SLACK_BOT_TOKEN ?? LOCAL_BOT_TOKEN,
    botUserId: env.SLACK_BOT_USER_ID,
    botId: env.SLACK_BOT_ID,
  });
}

/** How long credentials read from the secret are used before it is read again: a rotated or filled-in secret is picked up without a new container. */
export const CREDENTIALS_TTL_MS = 5 * 60_000;
/**
 * Least time between two re-reads asked for by a failure (a bad signature,
 * `invalid_auth`): anyone can send a badly signed request, and a stream of
 * them must not become a stream of Secrets Manager reads.
 */
export const FORCED_REREAD_GAP_MS = 10_000;

export interface CredentialSource {
  /** The current credentials: read on first use and again once CREDENTIALS_TTL_MS have passed. */
  get(): Promise<SlackCredentials>;
  /** Read again now (a request failed as if the secret had changed), at most once per FORCED_REREAD_GAP_MS. */
  reread(): Promise<SlackCredentials>;
}

/**
 * Credentials from `read`, kept for CREDENTIALS_TTL_MS. At most one read is
 * in flight; callers meanwhile share it. A failed first read is not kept (the
 * next call tries again); a failed later read keeps the credentials already
 * held, so a throttled Secrets Manager does not take the bot down. Unchanged
 * credentials come back as the same object, so a caller can rebuild what
 * depends on them only when they really changed.
 */
export function createCredentialSource(
  read: () => Promise<SlackCredentials>,
  now: () => number = Date.now,
): CredentialSource {
  let held: { value: SlackCredentials; readAt: number } | undefined;
  let inFlight: Promise<SlackCredentials> | undefined;
  let lastForced = Number.NEGATIVE_INFINITY;
  const readNow = (): Promise<SlackCredentials> =>
    (inFlight ??= read()
      .then((value) => {
        const kept = held !== undefined && sameCredentials(held.value, value) ? held.value : value;
        held = { value: kept, readAt: now() };
        return kept;
      })
      .catch((error: unknown) => {
        if (held === undefined) throw error;
        return held.value;
      })
      .finally(() => {
        inFlight = undefined;
      }));
  return {
    get: () =>
      held !== undefined && now() - held.readAt < CREDENTIALS_TTL_MS ? Promise.resolve(held.value) : readNow(),
    reread() {
      if (inFlight !== undefined) return inFlight;
      if (now() - lastForced < FORCED_REREAD_GAP_MS)
        return held !== undefined ? Promise.resolve(held.value) : readNow();
      lastForced = now();
      return readNow();
    },
  };
}

/** The credential source of one Secrets Manager secret; `now` is the clock of the TTL and the re-read gap. */
export function secretCredentialSource(secretId: string, now: () => number = Date.now): CredentialSource {
  return createCredentialSource(() => readSecret(secretId), now);
}

function sameCredentials(a: SlackCredentials, b: SlackCredentials): boolean {
  return (
    a.signingSecret === b.signingSecret &&
    a.botToken === b.botToken &&
    a.botUserId === b.botUserId &&
    a.botId === b.botId
  );
}

const sources = new Map<string, CredentialSource>();

/**
 * The credential source of this container: the secret named by `secretId`
 * when given, else the environment (which cannot change, so it is read once).
 */
export function slackCredentialSource(secretId: string | undefined): CredentialSource {
  const name = secretId ?? '';
  let source = sources.get(name);
  if (source === undefined) {
    source = secretId ? secretCredentialSource(secretId) : fixedSource();
    sources.set(name, source);
  }
  return source;
}

function fixedSource(): CredentialSource {
  let env: SlackCredentials | undefined;
  const get = async () => (env ??= credentialsFromEnv());
  return { get, reread: get };
}

/** Credentials for this container (see slackCredentialSource). A failed read is not cached, so the next request retries. */
export function loadSlackCredentials(secretId: string | undefined): Promise<SlackCredentials> {
  return slackCredentialSource(secretId).get();
}

async function readSecret(secretId: string): Promise<SlackCredentials> {
  // Imported here so handlers that never read a secret do not load the client.
  const { SecretsManagerClient, GetSecretValueCommand } = await import('./secrets-manager');
  const client = new SecretsManagerClient({});
  const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
  const parsed = SlackCredentialsSchema.safeParse(JSON.parse(SecretString ?? '{}'));
  if (!parsed.success) {
    // Name the missing fields, never the values.
    throw new Error(
      `Slack secret ${secretId} is missing fields: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`,
    );
  }
  return parsed.data;
}
