import { postSignedForm, slashCommandBody } from '../../lambdas/local/sign';

export const TEST_SIGNING_SECRET = 'test-signing-secret-0123456789';
export const TEST_BOT_TOKEN = 'xoxb-test-token-0123456789';

/** POST a signed slash command to a running NewsBot and return status and JSON reply. */
export async function sendCommand(
  baseUrl: string,
  text: string,
  fields: { teamId?: string; channelId?: string; userId?: string; responseUrl?: string; triggerId?: string } = {},
  sign: { secret?: string; timestamp?: number } = {},
): Promise<{ status: number; reply: any }> {
  const body = slashCommandBody({ text, ...fields });
  const res = await postSignedForm(baseUrl, sign.secret ?? TEST_SIGNING_SECRET, body, sign.timestamp);
  const raw = await res.text();
  return { status: res.status, reply: raw ? JSON.parse(raw) : undefined };
}

/** All the text a reply shows, blocks included, for simple assertions. */
export function replyText(reply: any): string {
  const parts: string[] = [reply?.text ?? ''];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'text' && typeof v === 'string') parts.push(v);
        else walk(v);
      }
    }
  };
  walk(reply?.blocks);
  return parts.join('\n');
}
