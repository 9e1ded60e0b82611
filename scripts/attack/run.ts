/**
 * `npm run attack`: send the hardening attacks (scripts/attack/cases.ts, the
 * same list the test suite sends) from outside to a running `npm start`, and
 * print each case with PASS or FAIL.
 *
 * It starts no bot. It listens on a loopback port only to receive the posts
 * the worker makes to each command's response_url (the slow-path answers).
 *
 *   npm start                       # in one terminal
 *   npm run attack                  # in another
 *   NEWSBOT_URL=http://127.0.0.1:3000 SLACK_SIGNING_SECRET=… npm run attack
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LOCAL_SIGNING_SECRET } from '../../lambdas/config/slack-credentials';
import { ATTACK_CASES, judgeAnswer, judgeLater, sendCase, stillServing, type AttackTarget } from './cases';

const baseUrl = (process.env.NEWSBOT_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
const signingSecret = process.env.SLACK_SIGNING_SECRET ?? LOCAL_SIGNING_SECRET;
// A team of its own, so the attacks never touch the data of the team you try the bot with.
const teamId = process.env.ATTACK_TEAM_ID ?? 'T0ATTACK';
/** How long to wait for a slow-path answer at response_url. */
const LATER_DEADLINE_MS = Number(process.env.ATTACK_LATER_MS ?? 15_000);

if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(baseUrl)) {
  console.error(`npm run attack only attacks a bot on this machine; NEWSBOT_URL is ${baseUrl}`);
  process.exit(2);
}

const posts = new Map<string, Array<Record<string, any>>>();
const receiver = createServer((req, res) => {
  let raw = '';
  req.on('data', (c) => (raw += c));
  req.on('end', () => {
    const name = (req.url ?? '/').replace(/^\/response\//, '');
    let body: Record<string, any>;
    try {
      body = JSON.parse(raw);
    } catch {
      body = { raw };
    }
    posts.set(name, [...(posts.get(name) ?? []), body]);
    res.writeHead(200).end('ok');
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', () => resolve()));
const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
const run = Date.now().toString(36);

const target: AttackTarget = {
  baseUrl,
  signingSecret,
  teamId,
  responseUrl: (name) => `${receiverUrl}/response/${run}-${name}`,
};

try {
  const health = await fetch(`${baseUrl}/health`).catch(() => undefined);
  if (!health?.ok) {
    console.error(`No NewsBot answers at ${baseUrl} (start it with npm start).`);
    process.exit(2);
  }
} catch {
  process.exit(2);
}

const waitFor = async (name: string, expected: number) => {
  const deadline = Date.now() + LATER_DEADLINE_MS;
  while (Date.now() < deadline && (posts.get(`${run}-${name}`)?.length ?? 0) < expected)
    await new Promise((r) => setTimeout(r, 50));
  // A moment more, so a second (duplicate) post would be seen too.
  await new Promise((r) => setTimeout(r, expected ? 100 : 300));
  return posts.get(`${run}-${name}`) ?? [];
};

let failed = 0;
const started = Date.now();
for (const [i, attack] of ATTACK_CASES.entries()) {
  const name = `case-${i}`;
  let problems: string[];
  try {
    const answer = await sendCase(target, attack, name);
    problems = judgeAnswer(attack, answer);
    problems.push(...judgeLater(attack, await waitFor(name, attack.later === undefined ? 0 : 1)));
    problems.push(...(await stillServing(target)));
  } catch (error) {
    problems = [`request failed: ${(error as Error).message}`];
  }
  if (problems.length) failed++;
  console.log(
    `${problems.length ? 'FAIL' : 'PASS'}  [${attack.group}] ${attack.name}${problems.length ? `\n      ${problems.join('\n      ')}` : ''}`,
  );
}
console.log(
  `\n${ATTACK_CASES.length - failed}/${ATTACK_CASES.length} attacks answered as expected against ${baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
receiver.close();
process.exit(failed ? 1 : 0);
