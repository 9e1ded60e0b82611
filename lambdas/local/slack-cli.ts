import { createServer } from 'node:http';
import { credentialsFromEnv } from '../config/slack-credentials';
import { listen } from './server';
import { postSignedForm, slashCommandBody } from './sign';
import { renderMessage } from './render-message';
import { renderOutboxMessage, sendHomeOpen, sendLinkShare, sendShortcut } from './slack-events-cli';

/**
 * `npm run slack -- "/news summary abc123"`: sign a slash command as Slack
 * does, send it to the running `npm start`, print the reply as text. Slow
 * answers arrive at a response_url served here; they are printed too.
 * `--share <url>…`, `--shortcut "<message>"` and `--home` send a link share,
 * a "Summarize with NewsBot" click and a Home open instead.
 */
const USAGE =
  'usage: npm run slack -- "/news help"  |  --share <url> [url…]  |  --shortcut "<message text>"  |  --home';
const [mode, ...rest] = process.argv.slice(2);
const eventMode = mode === '--share' || mode === '--shortcut' || mode === '--home' ? mode : undefined;
const input = eventMode ? rest.join(' ').trim() : process.argv.slice(2).join(' ').trim();
if ((!input && eventMode !== '--home') || (mode?.startsWith('--') && !eventMode)) {
  console.error(USAGE);
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

const teamId = process.env.SLACK_TEAM_ID ?? 'T0LOCAL';
const cliOptions = { base, signingSecret, teamId, responseUrl };
const body = slashCommandBody({ text, command, responseUrl, teamId });
let response: Response;
try {
  response =
    eventMode === '--share'
      ? await sendLinkShare(cliOptions, input.split(/\s+/))
      : eventMode === '--shortcut'
        ? await sendShortcut(cliOptions, input)
        : eventMode === '--home'
          ? await sendHomeOpen(cliOptions)
          : await postSignedForm(base, signingSecret, body);
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

if (eventMode) {
  // Events and shortcuts answer later: wait until NewsBot's queued work has run.
  await fetch(`${base}/local/idle`, { signal: AbortSignal.timeout(waitMs) }).catch(() =>
    console.log(`(still working after ${waitMs / 1000} s)`),
  );
  await new Promise((r) => setTimeout(r, 200));
  if (eventMode === '--share' && !(await readOutbox(lastSeq)).some((m) => m.unfurls))
    console.log('(no unfurl: not an article, or unreachable)');
} else if (/Reading |Posting|…/.test(raw)) {
  // A reply that says it is working on something will be followed by a later one.
  // The timer is cleared as soon as the answer is in, or it would hold the process open for waitMs.
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([delayedDone, new Promise((r) => (timer = setTimeout(r, waitMs)))]);
  clearTimeout(timer);
  if (!delayed) console.log(`(no later reply within ${waitMs / 1000} s)`);
}
for (const m of await readOutbox(lastSeq)) {
  if (m.method === 'users.conversations') continue;
  console.log('\n' + renderOutboxMessage(m as never));
}
// Close the keep-alive connection of the later reply too, so the process exits now.
receiver.closeAllConnections();
receiver.close();

async function readOutbox(
  after: number,
): Promise<
  Array<{ seq: number; method: string; channel?: string; text?: string; blocks?: unknown[]; unfurls?: unknown }>
> {
  try {
    const res = await fetch(`${base}/local/outbox?after=${after}`);
    return res.ok ? ((await res.json()) as never) : [];
  } catch {
    return [];
  }
}
