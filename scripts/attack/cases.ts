import { createHmac } from 'node:crypto';
import { interactionBody, signedHeaders, slashCommandBody } from '../../lambdas/local/sign';
import { ALREADY_DONE } from '../../lambdas/slack/command-context';

/**
 * The attacks NewsBot must survive, sent over HTTP to a running Slack
 * endpoint. One list, read by the hardening tests (against the local runtime
 * the suite starts) and by `npm run attack` (against a running `npm start`),
 * so the two cannot drift apart.
 *
 * Every case states the exact answer: the HTTP status, the reply text (or a
 * pattern when the reply carries a request id), and for the slow path the
 * text the worker posts to the command's response_url later.
 */

/** Where the attacks go and how they are signed. */
export interface AttackTarget {
  /** Base URL of the running bot, e.g. http://127.0.0.1:3000 */
  baseUrl: string;
  signingSecret: string;
  teamId: string;
  /** A response_url on a loopback receiver, one per case, so later posts can be read back. */
  responseUrl(name: string): string;
}

export interface AttackRequest {
  path?: string;
  body: string;
  headers: Record<string, string>;
}

export interface AttackAnswer {
  status: number;
  raw: string;
  /** The JSON reply, when the body was JSON. */
  json?: any;
}

export interface AttackCase {
  name: string;
  group: 'signature' | 'body' | 'interactivity' | 'command' | 'url' | 'replay';
  request(target: AttackTarget, name: string): AttackRequest;
  /** The exact HTTP status. */
  status: number;
  /**
   * The reply: `''` for an empty body, a string for the exact text of an
   * ephemeral JSON reply, a RegExp for a text with a request id in it,
   * or a check that returns what is wrong (empty when right).
   */
  reply: string | RegExp | ((answer: AttackAnswer) => string[]);
  /** The slow path: the exact text the worker posts to response_url afterwards. */
  later?: string;
  /** Send the same request (same body, same signature) this many more times; the last answer is judged. */
  replays?: number;
}

const now = () => Math.floor(Date.now() / 1000);

/** A unique trigger id per request, as Slack sends, so no two attacks share a dedupe key. */
let triggers = 0;
const trigger = () => `${now()}.${process.pid}.${++triggers}.attack`;

function command(target: AttackTarget, name: string, text: string, fields: { teamId?: string } = {}): AttackRequest {
  const body = slashCommandBody({
    text,
    teamId: fields.teamId ?? target.teamId,
    channelId: 'C0ATTACK',
    userId: 'U0ATTACK',
    responseUrl: target.responseUrl(name),
    triggerId: trigger(),
  });
  return { body, headers: signedHeaders(target.signingSecret, body) };
}

function signedRaw(
  target: AttackTarget,
  body: string,
  contentType = 'application/x-www-form-urlencoded',
): AttackRequest {
  return { body, headers: { ...signedHeaders(target.signingSecret, body), 'content-type': contentType } };
}

/**
 * A command signed with the right secret over the exact timestamp string
 * sent, but with headers in a form Slack never sends: `stamp` as written,
 * the signature made by `shape` from the real `v0=<hex>`.
 */
function looselySigned(
  target: AttackTarget,
  name: string,
  stamp: (now: number) => string,
  shape: (signature: string) => string = (s) => s,
): AttackRequest {
  const { body } = command(target, name, 'help');
  const timestamp = stamp(now());
  const signature = 'v0=' + createHmac('sha256', target.signingSecret).update(`v0:${timestamp}:${body}`).digest('hex');
  return {
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': shape(signature),
    },
  };
}

/** Header forms Bolt's own check accepted; only `<digits>` and `v0=<64 lowercase hex>` may pass. */
const LOOSE_SIGNATURE_HEADERS: Array<{
  name: string;
  stamp: (now: number) => string;
  shape?: (signature: string) => string;
}> = [
  { name: 'timestamp Infinity', stamp: () => 'Infinity' },
  { name: 'timestamp in hex (0x…)', stamp: (t) => `0x${t.toString(16)}` },
  { name: 'timestamp in exponent form', stamp: (t) => `${t / 1e9}e9` },
  { name: 'timestamp with a sign', stamp: (t) => `+${t}` },
  { name: 'timestamp with spaces', stamp: (t) => ` ${t} ` },
  { name: 'timestamp with a fraction', stamp: (t) => `${t}.5` },
  { name: 'signature version v1=', stamp: String, shape: (s) => s.replace('v0=', 'v1=') },
  { name: 'signature without a version', stamp: String, shape: (s) => s.slice(3) },
  { name: 'signature with an extra =part', stamp: String, shape: (s) => `${s}=extra` },
  { name: 'signature in uppercase hex', stamp: String, shape: (s) => `v0=${s.slice(3).toUpperCase()}` },
  { name: 'two signatures, one good', stamp: String, shape: (s) => `v0=${'0'.repeat(64)},${s}` },
  { name: 'empty signature', stamp: String, shape: () => '' },
];

/** The answer to a command that came without its channel. */
const NO_CHANNEL =
  /^Slack did not tell me which channel this came from, so I did nothing \(request [0-9a-f]{8}\)\. Please run `\/news latest` again from a channel or a conversation with me\.$/;

const NOT_A_URL =
  "That doesn't look like a URL I can read: give me a full link starting with https:// (or paste the whole article).";
const CANT_READ = /^Sorry, Slack sent me a command I can't read \(request [0-9a-f]{8}\)\.$/;

/** The reply to an unknown subcommand: its (escaped, cut) name, then the help. */
function unknownCommand(shown: string): (a: AttackAnswer) => string[] {
  return (a) => {
    const text: string = a.json?.text ?? '';
    const problems: string[] = [];
    if (a.json?.response_type !== 'ephemeral') problems.push(`not ephemeral: ${a.raw.slice(0, 80)}`);
    if (!text.startsWith(`I don't know “${shown}”.`))
      problems.push(`unexpected start: ${JSON.stringify(text.slice(0, 80))}`);
    if (!text.includes('/news help')) problems.push('help missing');
    return problems;
  };
}

/** What the worker answers for a link to an address it must never open. */
function refused(host: string, what: string, verb: 'is' | 'points to' = 'is'): string {
  return `I won't open that link: ${host} ${verb} ${what}, which could reach private systems.`;
}

/**
 * Links to addresses NewsBot must refuse before any socket exists, in the
 * spellings people use to sneak past filters. The URL parser turns decimal,
 * hex and octal IPv4 into the dotted quad, so "Reading …" names that.
 */
export const PRIVATE_ADDRESS_LINKS: Array<{ url: string; reading: string; later: string }> = [
  { url: 'http://10.0.0.1/story', reading: '10.0.0.1', later: refused('10.0.0.1', 'a private network address') },
  { url: 'http://172.16.5.4/story', reading: '172.16.5.4', later: refused('172.16.5.4', 'a private network address') },
  {
    url: 'http://192.168.1.1/admin',
    reading: '192.168.1.1',
    later: refused('192.168.1.1', 'a private network address'),
  },
  { url: 'http://100.64.0.1/', reading: '100.64.0.1', later: refused('100.64.0.1', 'a carrier-grade NAT address') },
  {
    url: 'http://169.254.169.254/latest/meta-data/',
    reading: '169.254.169.254',
    later: refused('169.254.169.254', 'the cloud metadata address'),
  },
  { url: 'http://169.254.10.20/', reading: '169.254.10.20', later: refused('169.254.10.20', 'a link-local address') },
  { url: 'http://0.0.0.0/', reading: '0.0.0.0', later: refused('0.0.0.0', 'an unspecified address') },
  // decimal, hex, octal and short spellings of 169.254.169.254 and 10.0.0.1
  {
    url: 'http://2852039166/',
    reading: '169.254.169.254',
    later: refused('169.254.169.254', 'the cloud metadata address'),
  },
  {
    url: 'http://0xa9fea9fe/',
    reading: '169.254.169.254',
    later: refused('169.254.169.254', 'the cloud metadata address'),
  },
  {
    url: 'http://0xA9.0xFE.0xA9.0xFE/',
    reading: '169.254.169.254',
    later: refused('169.254.169.254', 'the cloud metadata address'),
  },
  {
    url: 'http://0251.0376.0251.0376/',
    reading: '169.254.169.254',
    later: refused('169.254.169.254', 'the cloud metadata address'),
  },
  { url: 'http://167772161/', reading: '10.0.0.1', later: refused('10.0.0.1', 'a private network address') },
  { url: 'http://10.1/', reading: '10.0.0.1', later: refused('10.0.0.1', 'a private network address') },
  { url: 'http://012.0.0.1/', reading: '10.0.0.1', later: refused('10.0.0.1', 'a private network address') },
  // IPv6: link-local, unique-local, AWS's IPv6 metadata address, IPv4-mapped and -compatible forms
  { url: 'http://[fe80::1]/', reading: '[fe80::1]', later: refused('[fe80::1]', 'a link-local address', 'points to') },
  {
    url: 'http://[fd00::1]/',
    reading: '[fd00::1]',
    later: refused('[fd00::1]', 'a unique-local IPv6 address', 'points to'),
  },
  {
    url: 'http://[fd00:ec2::254]/',
    reading: '[fd00:ec2::254]',
    later: refused('[fd00:ec2::254]', 'a unique-local IPv6 address', 'points to'),
  },
  {
    url: 'http://[::ffff:169.254.169.254]/',
    reading: '[::ffff:a9fe:a9fe]',
    later: refused('[::ffff:a9fe:a9fe]', 'an IPv4 address wrapped in IPv6', 'points to'),
  },
  {
    url: 'http://[::ffff:10.0.0.1]/',
    reading: '[::ffff:a00:1]',
    later: refused('[::ffff:a00:1]', 'an IPv4 address wrapped in IPv6', 'points to'),
  },
  {
    url: 'http://[::ffff:127.0.0.1]/',
    reading: '[::ffff:7f00:1]',
    later: refused('[::ffff:7f00:1]', 'an IPv4 address wrapped in IPv6', 'points to'),
  },
  // userinfo does not change the host the socket would use
  {
    url: 'http://news.example.com@10.0.0.1/',
    reading: '10.0.0.1',
    later: refused('10.0.0.1', 'a private network address'),
  },
];

export const ATTACK_CASES: AttackCase[] = [
  // --- signatures: Bolt answers 401 with an empty body and runs nothing
  {
    name: 'unsigned request',
    group: 'signature',
    request: (t, n) => {
      const { body } = command(t, n, 'help');
      return { body, headers: { 'content-type': 'application/x-www-form-urlencoded' } };
    },
    status: 401,
    reply: '',
  },
  {
    name: 'signed with the wrong secret',
    group: 'signature',
    request: (t, n) => {
      const { body } = command(t, n, 'latest');
      return { body, headers: signedHeaders(`${t.signingSecret}-not`, body) };
    },
    status: 401,
    reply: '',
  },
  {
    name: 'signature of another body (tampered text)',
    group: 'signature',
    request: (t, n) => {
      const { headers } = command(t, n, 'help');
      return { body: command(t, n, 'add https://news.example.com/x').body, headers };
    },
    status: 401,
    reply: '',
  },
  {
    name: 'replayed: correctly signed, timestamp 6 minutes old',
    group: 'signature',
    request: (t, n) => {
      const { body } = command(t, n, 'help');
      return { body, headers: signedHeaders(t.signingSecret, body, now() - 6 * 60) };
    },
    status: 401,
    reply: '',
  },
  {
    name: 'timestamp from the future (10 minutes ahead)',
    group: 'signature',
    request: (t, n) => {
      const { body } = command(t, n, 'help');
      return { body, headers: signedHeaders(t.signingSecret, body, now() + 10 * 60) };
    },
    status: 401,
    reply: '',
  },
  {
    name: 'garbage signature header',
    group: 'signature',
    request: (t, n) => {
      const { body, headers } = command(t, n, 'help');
      return { body, headers: { ...headers, 'x-slack-signature': 'v0=' + 'z'.repeat(64) } };
    },
    status: 401,
    reply: '',
  },
  ...LOOSE_SIGNATURE_HEADERS.map(
    (loose): AttackCase => ({
      name: `correctly signed, but ${loose.name}`,
      group: 'signature',
      request: (t, n) => looselySigned(t, n, loose.stamp, loose.shape),
      status: 401,
      reply: '',
    }),
  ),
  {
    name: 'oversized body (1 MB + 1 byte), signed',
    group: 'body',
    request: (t) => signedRaw(t, 'text=' + 'a'.repeat(1024 * 1024 - 4)),
    status: 413,
    reply: 'request body too large',
  },
  // --- malformed bodies
  {
    name: 'empty body, signed',
    group: 'body',
    request: (t) => signedRaw(t, ''),
    status: 404,
    reply: '',
  },
  {
    name: 'form body that is not a command, signed',
    group: 'body',
    request: (t) => signedRaw(t, 'hello=world&&&=%%%'),
    status: 404,
    reply: '',
  },
  {
    name: 'command without user_id',
    group: 'body',
    request: (t) => signedRaw(t, new URLSearchParams({ command: '/news', text: 'help', team_id: t.teamId }).toString()),
    status: 200,
    reply: CANT_READ,
  },
  {
    name: 'command without team_id',
    group: 'body',
    request: (t) =>
      signedRaw(t, new URLSearchParams({ command: '/news', text: 'latest', user_id: 'U0ATTACK' }).toString()),
    status: 200,
    reply: CANT_READ,
  },
  {
    name: 'command with an empty channel_id',
    group: 'body',
    request: (t, n) => {
      const body = slashCommandBody({ text: 'latest', teamId: t.teamId, channelId: '', responseUrl: t.responseUrl(n) });
      return signedRaw(t, body);
    },
    status: 200,
    reply: NO_CHANNEL,
  },
  {
    name: 'command without channel_id',
    group: 'body',
    request: (t) =>
      signedRaw(
        t,
        new URLSearchParams({ command: '/news', text: 'latest', team_id: t.teamId, user_id: 'U0ATTACK' }).toString(),
      ),
    status: 200,
    reply: NO_CHANNEL,
  },
  {
    name: 'JSON body that is null, signed',
    group: 'body',
    request: (t) => signedRaw(t, 'null', 'application/json'),
    status: 400,
    reply: '',
  },
  {
    name: 'a command NewsBot does not own (/other)',
    group: 'body',
    request: (t, n) => {
      const body = slashCommandBody({
        text: 'help',
        command: '/other',
        teamId: t.teamId,
        responseUrl: t.responseUrl(n),
      });
      return { body, headers: signedHeaders(t.signingSecret, body) };
    },
    status: 404,
    reply: '',
  },
  {
    name: 'JSON body that is not JSON, signed',
    group: 'body',
    request: (t) => signedRaw(t, '{"type": "event_callback", ', 'application/json'),
    status: 400,
    reply: '',
  },
  // --- interactivity payloads
  {
    name: 'payload= holding bad JSON, signed',
    group: 'interactivity',
    request: (t) => signedRaw(t, 'payload=' + encodeURIComponent('{"type":"block_actions","actions":[')),
    status: 400,
    reply: '',
  },
  {
    name: 'payload= holding bad JSON, unsigned',
    group: 'interactivity',
    request: () => ({ body: 'payload=%7Bnot-json', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    status: 401,
    reply: '',
  },
  {
    name: 'unknown action id',
    group: 'interactivity',
    request: (t, n) =>
      signedRaw(
        t,
        interactionBody({
          type: 'block_actions',
          team: { id: t.teamId },
          user: { id: 'U0ATTACK' },
          response_url: t.responseUrl(n),
          trigger_id: trigger(),
          actions: [{ action_id: 'delete_everything', value: 'x', action_ts: '1.1' }],
        }),
      ),
    status: 404,
    reply: '',
  },
  {
    name: 'block_actions without actions',
    group: 'interactivity',
    request: (t) =>
      signedRaw(t, interactionBody({ type: 'block_actions', team: { id: t.teamId }, user: { id: 'U0ATTACK' } })),
    status: 404,
    reply: '',
  },
  {
    // Bolt itself reads body.user.id before any listener runs: checked before Bolt, so 400 and not a 500.
    name: 'known action id, no user and no team',
    group: 'interactivity',
    request: (t, n) =>
      signedRaw(
        t,
        interactionBody({
          type: 'block_actions',
          response_url: t.responseUrl(n),
          actions: [{ action_id: 'news_share', value: 'zzz' }],
        }),
      ),
    status: 400,
    reply: '',
  },
  ...['"block_actions"', 'null', '[]', '42', '{"type":"block_actions","user":null}', '{"user":{"id":"U0ATTACK"}}'].map(
    (payload): AttackCase => ({
      name: `payload=${payload}, signed`,
      group: 'interactivity',
      request: (t) => signedRaw(t, 'payload=' + encodeURIComponent(payload)),
      status: 400,
      reply: '',
    }),
  ),
  // --- /news text
  {
    name: 'unknown subcommand',
    group: 'command',
    request: (t, n) => command(t, n, 'frobnicate now'),
    status: 200,
    reply: unknownCommand('frobnicate'),
  },
  {
    name: 'unknown subcommand that tries a mention',
    group: 'command',
    request: (t, n) => command(t, n, '<!channel> hi'),
    status: 200,
    reply: unknownCommand('&lt;!channel&gt;'),
  },
  {
    name: 'control characters around help',
    group: 'command',
    request: (t, n) => command(t, n, '\u0000\u0007\u001b[31mhelp\u007f'),
    status: 200,
    reply: unknownCommand('[31mhelp'),
  },
  {
    name: 'zero-width and RTL characters inside help',
    group: 'command',
    request: (t, n) => command(t, n, '\u200bh\u200de\u202el\u2066p\ufeff'),
    status: 200,
    reply: (a) =>
      String(a.json?.text).startsWith('*NewsBot reads the news for your team.*')
        ? []
        : [`not the help: ${a.raw.slice(0, 80)}`],
  },
  {
    name: 'emoji only',
    group: 'command',
    request: (t, n) => command(t, n, '🦄🔥🇳🇱 📰'),
    status: 200,
    reply: unknownCommand('🦄🔥🇳🇱'),
  },
  {
    name: '10,000 characters in one word',
    group: 'command',
    request: (t, n) => command(t, n, 'x'.repeat(10_000)),
    status: 200,
    reply: unknownCommand('x'.repeat(40)),
  },
  {
    name: 'search with 10,000 characters',
    group: 'command',
    request: (t, n) => command(t, n, 'search ' + 'lorem ipsum '.repeat(833)),
    status: 200,
    reply: (a) =>
      a.json?.response_type === 'ephemeral' && typeof a.json?.text === 'string' && a.json.text.length <= 3000
        ? []
        : [`bad reply: ${a.raw.slice(0, 120)}`],
  },
  {
    name: '13,000 characters of text (over the command cap)',
    group: 'command',
    request: (t, n) => command(t, n, 'add ' + 'word '.repeat(2600)),
    status: 200,
    reply: 'That is too long for one command (13004 characters). For long articles, give me the link.',
  },
  {
    name: 'quote with RTL override and zero-width characters',
    group: 'command',
    request: (t, n) => command(t, n, 'quote \u202eyrreK\u202c\u200b'),
    status: 200,
    reply: (a) =>
      a.json?.response_type === 'ephemeral' && !/[\u202e\u200b]/.test(a.json?.text ?? '')
        ? []
        : [`bad reply: ${a.raw.slice(0, 120)}`],
  },
  // --- replays: the same signed request again (within the 5-minute window) does nothing more
  ...['unsubscribe 1', 'schedule daily 08:30 UTC', 'digest now'].map(
    (text): AttackCase => ({
      name: `replayed /news ${text} (same body, same signature)`,
      group: 'replay',
      request: (t, n) => command(t, n, text),
      replays: 1,
      status: 200,
      reply: ALREADY_DONE,
    }),
  ),
  {
    name: 'replayed /news add <url> queues nothing more',
    group: 'replay',
    request: (t, n) => command(t, n, 'add <http://10.0.0.1/replayed>'),
    replays: 2,
    status: 200,
    reply: '',
    later: refused('10.0.0.1', 'a private network address'),
  },
  // --- links that are not http(s)
  {
    name: 'add file:///etc/passwd',
    group: 'url',
    request: (t, n) => command(t, n, 'add file:///etc/passwd'),
    status: 200,
    reply: NOT_A_URL,
  },
  {
    name: 'add javascript:alert(1)',
    group: 'url',
    request: (t, n) => command(t, n, 'add javascript:alert(1)'),
    status: 200,
    reply: NOT_A_URL,
  },
  {
    name: 'add ftp://',
    group: 'url',
    request: (t, n) => command(t, n, 'add ftp://files.example.com/a.txt'),
    status: 200,
    reply: NOT_A_URL,
  },
  {
    name: 'add gopher://',
    group: 'url',
    request: (t, n) => command(t, n, 'add gopher://127.0.0.1:70/_GET'),
    status: 200,
    reply: NOT_A_URL,
  },
  {
    name: 'add <file://…|label> in Slack link form',
    group: 'url',
    request: (t, n) => command(t, n, 'add <file:///etc/passwd|report>'),
    status: 200,
    reply: NOT_A_URL,
  },
  {
    name: 'add data: URL',
    group: 'url',
    request: (t, n) => command(t, n, 'add data:text/html,<b>x</b>'),
    status: 200,
    reply: NOT_A_URL,
  },
  // --- a link carrying a user name and password: every card would show them, so it is refused unread
  {
    name: 'add a link with a user name and password in it',
    group: 'url',
    request: (t, n) => command(t, n, 'add <http://alice:hunter2@93.184.216.34/story>'),
    status: 200,
    reply: 'Reading 93.184.216.34…',
    later:
      "That link to 93.184.216.34 has a user name or password in it (before the @). I don't send or keep those, since everyone in the team would see them: send the link without them.",
  },
  // --- links to private, link-local and metadata addresses: answered at once, refused by the worker
  ...PRIVATE_ADDRESS_LINKS.map(
    (link): AttackCase => ({
      name: `add ${link.url}`,
      group: 'url',
      request: (t, n) => command(t, n, `add <${link.url}>`),
      status: 200,
      reply: `Reading ${link.reading}…`,
      later: link.later,
    }),
  ),
];

/** Send one case: its request, then the same bytes again for each replay. Returns the last answer. */
export async function sendCase(target: AttackTarget, attack: AttackCase, name: string): Promise<AttackAnswer> {
  const request = attack.request(target, name);
  let answer = await sendAttack(target, request);
  for (let i = 0; i < (attack.replays ?? 0); i++) answer = await sendAttack(target, request);
  return answer;
}

/** Send one request. */
export async function sendAttack(target: AttackTarget, request: AttackRequest): Promise<AttackAnswer> {
  const res = await fetch(`${target.baseUrl}${request.path ?? '/slack/events'}`, {
    method: 'POST',
    headers: request.headers,
    body: request.body,
  });
  const raw = await res.text();
  let json: any;
  try {
    json = raw ? JSON.parse(raw) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, raw, json };
}

/** What is wrong with an answer (empty when it is exactly the expected one). */
export function judgeAnswer(attack: AttackCase, answer: AttackAnswer): string[] {
  const problems: string[] = [];
  if (answer.status !== attack.status) problems.push(`status ${answer.status}, expected ${attack.status}`);
  const expected = attack.reply;
  if (typeof expected === 'function') problems.push(...expected(answer));
  else if (expected === '' || expected === 'request body too large' || expected === 'Internal server error') {
    if (answer.raw !== expected)
      problems.push(`body ${JSON.stringify(answer.raw.slice(0, 120))}, expected ${JSON.stringify(expected)}`);
  } else {
    const text = answer.json?.text;
    if (answer.json?.response_type !== 'ephemeral') problems.push(`reply not ephemeral: ${answer.raw.slice(0, 120)}`);
    if (typeof expected === 'string' ? text !== expected : !expected.test(String(text))) {
      problems.push(`reply ${JSON.stringify(String(text).slice(0, 160))}, expected ${String(expected)}`);
    }
  }
  return problems;
}

/** What is wrong with the later post to response_url (for slow-path cases). */
export function judgeLater(attack: AttackCase, posts: Array<Record<string, any>>): string[] {
  if (attack.later === undefined)
    return posts.length ? [`unexpected post to response_url: ${JSON.stringify(posts[0]).slice(0, 120)}`] : [];
  if (posts.length !== 1) return [`${posts.length} posts to response_url, expected 1`];
  const post = posts[0]!;
  const problems: string[] = [];
  if (post.text !== attack.later)
    problems.push(`posted ${JSON.stringify(post.text)}, expected ${JSON.stringify(attack.later)}`);
  if (post.response_type !== 'ephemeral') problems.push('later post not ephemeral');
  if (post.replace_original !== true) problems.push('later post does not replace "Reading…"');
  return problems;
}

/** The health check after every attack: a normal command still gets its normal answer. */
export async function stillServing(target: AttackTarget): Promise<string[]> {
  const body = slashCommandBody({
    text: 'help',
    teamId: target.teamId,
    responseUrl: target.responseUrl('health'),
    triggerId: trigger(),
  });
  const answer = await sendAttack(target, { body, headers: signedHeaders(target.signingSecret, body) });
  if (answer.status !== 200 || !String(answer.json?.text).startsWith('*NewsBot reads the news for your team.*')) {
    return [`help after the attack answered ${answer.status} ${answer.raw.slice(0, 80)}`];
  }
  return [];
}
