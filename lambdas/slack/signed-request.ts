import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack's replay window: a signed request older or newer than this is refused. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** Exactly what Slack sends: a Unix time in decimal digits, and `v0=` with a lowercase hex SHA-256. */
const TIMESTAMP = /^[0-9]{1,12}$/;
const SIGNATURE = /^v0=[0-9a-f]{64}$/;

export type SignatureVerdict =
  | { ok: true }
  | { ok: false; reason: 'malformed headers' | 'timestamp outside 5 minutes' | 'signature mismatch' };

export function headerOf(headers: Record<string, string | undefined> | undefined, name: string): string | undefined {
  return Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1];
}

/**
 * Check Slack's signature strictly, before Bolt sees the request. Bolt's own
 * check reads the timestamp with Number() (so `Infinity` or `0x…` never
 * expire) and splits the signature loosely (`v1=`, `v0=<mac>=extra`); here
 * only the exact forms Slack sends pass.
 */
export function verifySlackSignature(
  headers: Record<string, string | undefined> | undefined,
  body: string,
  signingSecret: string,
  nowSeconds: number,
): SignatureVerdict {
  const timestamp = headerOf(headers, 'x-slack-request-timestamp') ?? '';
  const signature = headerOf(headers, 'x-slack-signature') ?? '';
  if (!TIMESTAMP.test(timestamp) || !SIGNATURE.test(signature)) return { ok: false, reason: 'malformed headers' };
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS)
    return { ok: false, reason: 'timestamp outside 5 minutes' };
  const expected = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest();
  const given = Buffer.from(signature.slice(3), 'hex');
  return timingSafeEqual(expected, given) ? { ok: true } : { ok: false, reason: 'signature mismatch' };
}
