import { createServer } from 'node:http';
import { credentialsFromEnv } from '../config/slack-credentials';
import { listen } from './server';
import { signedHeaders, slashCommandBody } from './sign';
import { renderMessage } from './render-message';

/**
 * `npm run slack -- "/news summary abc123"`: sign a slash command as Slack
 * does, send it to the running `npm start`, print the reply as text. Slow
 * answers arrive at a response_url served here; they are printed too.
 */
const input = process.argv.slice(2).join(' ').trim();
if (!input) {
  console.error('usage: npm run slack -- "/news help"');
  process.exit(2);
}
const match = /^(\/\S+)\s*([\s\S]*)$/.exec(input);
const [command, text] = match ? [match[1]!, match[2]!] : ['/news', input];
const base = process.env.NEWSBOT_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const waitMs = Number(process.env.NEWSBOT_WAIT_MS ?? 20_000);
const { signingSecret } = credentialsFromEnv();

let delayed = 0;
let resolveDelayed: () => void = () => {};
const delayedDone = new Promise<void>((resolve) => (resolveDelayed = resolve));
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    res.end('ok');
    delayed++;
    console.log('\n── later reply ──\n' + renderMessage(JSON.parse(body || '{}')));
    resolveDelayed();
  });
});
const responseUrl = (await listen(receiver, 0)) + '/response';

const outboxBefore = await readOutbox(0);
const lastSeq = outboxBefore.at(-1)?.seq ?? 0;

const body = slashCommandBody({ text, command, responseUrl, teamId: process.env.SLACK_TEAM_ID });
let response: Response;
try {
  response = await fetch(`${base}/slack/events`, { method: 'POST', headers: signedHeaders(signingSecret, body), body });
} catch {
  console.error(`Could not reach NewsBot at ${base}. Start it first with: npm start`);
  process.exit(1);
}
const raw = await response.text();
if (response.status !== 200) {
  console.log(`HTTP ${response.status} ${raw}`);
} else {
  console.log(raw ? renderMessage(JSON.parse(raw)) : '(acknowledged, no text)');
}

// A reply that says it is working on something will be followed by a later one.
if (/Reading |Posting|…/.test(raw)) {
  // The timer is cleared as soon as the answer is in, or it would hold the process open for waitMs.
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([delayedDone, new Promise((r) => (timer = setTimeout(r, waitMs)))]);
  clearTimeout(timer);
  if (!delayed) console.log(`(no later reply within ${waitMs / 1000} s)`);
}
for (const m of await readOutbox(lastSeq)) {
  console.log(`\n── posted to ${m.channel} ──\n` + renderMessage(m));
}
// Close the keep-alive connection of the later reply too, so the process exits now.
receiver.closeAllConnections();
receiver.close();

async function readOutbox(after: number): Promise<Array<{ seq: number; channel?: string; text?: string; blocks?: unknown[] }>> {
  try {
    const res = await fetch(`${base}/local/outbox?after=${after}`);
    return res.ok ? ((await res.json()) as never) : [];
  } catch {
    return [];
  }
}
