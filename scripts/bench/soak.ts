/**
 * `npm run bench:soak`: a bounded local soak against the same runtime `npm start` runs.
 * 10,000 signed slash commands mixed with 1,000 URL ingests (pages served by
 * a loopback server, results posted to a loopback response_url), all on
 * 127.0.0.1. Prints throughput, p50/p99 latency, errors and memory at start and end.
 * Stops by itself: at most SOAK_SECONDS (default 240) of sending.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startLocalRuntime } from '../../lambdas/local/runtime';
import { postSignedForm, slashCommandBody } from '../../lambdas/local/sign';
import { isErrorLine } from './logged-errors';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
process.env.NEWSBOT_ALLOW_LOOPBACK = '1';

const COMMANDS = Number(process.env.SOAK_COMMANDS ?? 10_000);
const INGESTS = Number(process.env.SOAK_INGESTS ?? 1_000);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 50);
const MAX_SECONDS = Number(process.env.SOAK_SECONDS ?? 240);
const SECRET = 'soak-signing-secret';
const TEAM = 'T0SOAK';

const WORDS =
  'council harbour bridge budget minister election river school hospital ferry railway museum market festival court police storm energy water housing'.split(
    ' ',
  );
const NAMES = ['Ada Brennan', 'Piet Hollander', 'Elena Varga', 'Tomasz Lindqvist', 'Marta Okafor', 'David Mensah'];

/** A made-up article page of about 300 words with two attributed quotes. */
function page(n: number): string {
  const topic = WORDS[n % WORDS.length]!;
  const [a, b] = [NAMES[n % NAMES.length]!, NAMES[(n + 1) % NAMES.length]!];
  const paragraphs = [
    `The ${topic} plan number ${n} was approved on Monday after a long debate in the town hall, officials said.`,
    `"We have waited years for this ${topic} decision," said ${a}, who led the campaign. "Now the work starts."`,
    ...Array.from(
      { length: 6 },
      (_, i) =>
        `Paragraph ${i} of story ${n} describes the ${topic} in detail, with figures such as ${n * 7 + i} and ${i + 2}.5 million, and the views of residents who live near the site.`,
    ),
    `${b} said the cost was too high. "This ${topic} will cost us dearly," ${b.split(' ')[1]} said.`,
  ];
  return `<!doctype html><html><head><title>${topic} plan ${n} approved</title></head><body><article><h1>${topic} plan ${n} approved</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

// A real garbage collection before each memory reading, so start and end compare live memory, not garbage.
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

function memory(): { rssMb: number; heapMb: number } {
  gc();
  gc();
  const m = process.memoryUsage();
  return { rssMb: Math.round(m.rss / 1e5) / 10, heapMb: Math.round(m.heapUsed / 1e5) / 10 };
}

const pages = createServer((req, res) => {
  const n = Number(/\/story\/(\d+)/.exec(req.url ?? '')?.[1] ?? -1);
  if (n < 0) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(n));
});
let delayedPosts = 0;
/** Later replies that are not the article card: an apology or a refusal is an error too. */
const failedPosts: string[] = [];
const responses = createServer((req, res) => {
  let raw = '';
  req.on('data', (c) => (raw += c));
  req.on('end', () => {
    delayedPosts++;
    try {
      const text = String(JSON.parse(raw).text ?? '');
      if (!/ plan \d+ approved/.test(text)) failedPosts.push(text.slice(0, 120));
    } catch {
      failedPosts.push(`unreadable post: ${raw.slice(0, 80)}`);
    }
    res.end('ok');
  });
});
await new Promise<void>((r) => pages.listen(0, '127.0.0.1', () => r()));
await new Promise<void>((r) => responses.listen(0, '127.0.0.1', () => r()));
const pageBase = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
const responseUrl = `http://127.0.0.1:${(responses.address() as AddressInfo).port}/response`;

// DynamoDB (dynalite) in a process of its own, data on disk: the memory figures are then the bot's
// alone. In one process, dynalite's own caches grew ~1 KB per request and read as a leak of the bot's.
const dataDir = mkdtempSync(join(tmpdir(), 'newsbot-soak-'));
const dynamoProcess = spawn(
  process.execPath,
  [
    '-e',
    `const s = require('dynalite')({ path: ${JSON.stringify(dataDir)}, createTableMs: 0 }); s.listen(0, '127.0.0.1', () => console.log(s.address().port));`,
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const [portLine] = (await once(dynamoProcess.stdout!, 'data')) as [Buffer];
const dynamo = {
  endpoint: `http://127.0.0.1:${Number(String(portLine).trim())}`,
  close: async () => {
    dynamoProcess.kill();
    await once(dynamoProcess, 'exit');
  },
};
/** Errors the bot logs (a job that failed in the worker), counted as errors; its metric lines are none. */
const loggedErrors: string[] = [];
const runtime = await startLocalRuntime({
  dynamoEndpoint: dynamo.endpoint,
  tableName: 'newsbot-soak',
  credentials: { signingSecret: SECRET, botToken: 'xoxb-soak' },
  logLevel: 'error',
  logWrite: (line) => {
    if (isErrorLine(line)) loggedErrors.push(line.slice(0, 300));
  },
  seedSample: false,
  print: () => {},
});

const failedReplies: string[] = [];

async function send(text: string): Promise<{ ms: number; ok: boolean }> {
  const body = slashCommandBody({ text, teamId: TEAM, responseUrl });
  const started = performance.now();
  try {
    const res = await postSignedForm(runtime.url, SECRET, body);
    const raw = await res.text();
    const ok = res.status === 200 && !/something went wrong/i.test(raw);
    if (!ok) failedReplies.push(`${res.status} ${text.slice(0, 40)}: ${raw.slice(0, 100)}`);
    return { ms: performance.now() - started, ok };
  } catch (error) {
    failedReplies.push(`${text.slice(0, 40)}: ${(error as Error).message}`);
    return { ms: performance.now() - started, ok: false };
  }
}

// The plan: every 11th request is an ingest, the rest a mix of fast commands.
const FAST = [
  'help',
  'latest 5',
  'search plan approved',
  'quote Brennan',
  'quote "cost us dearly"',
  'summary council plan',
];
const plan: string[] = [];
for (let i = 0, ingest = 0, fast = 0; fast < COMMANDS || ingest < INGESTS; i++) {
  if ((i % 11 === 10 && ingest < INGESTS) || fast >= COMMANDS) plan.push(`add ${pageBase}/story/${ingest++}`);
  else plan.push(FAST[fast++ % FAST.length]!);
}

const memStart = memory();
console.log(
  `soak: ${COMMANDS} commands + ${INGESTS} ingests, ${CONCURRENCY} concurrent, at most ${MAX_SECONDS} s; memory at start ${memStart.rssMb} MB RSS, ${memStart.heapMb} MB heap`,
);
const latencies: number[] = [];
let errors = 0;
let next = 0;
const deadline = Date.now() + MAX_SECONDS * 1000;
const started = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < plan.length && Date.now() < deadline) {
      const text = plan[next++]!;
      const result = await send(text);
      latencies.push(result.ms);
      if (!result.ok) errors++;
    }
  }),
);
const sendSeconds = (performance.now() - started) / 1000;
await runtime.idle();
const memEnd = memory();
latencies.sort((a, b) => a - b);
const stored = await runtime.store.latestArticles(TEAM, { limit: 1 });

console.log(
  `sent ${latencies.length} of ${plan.length} requests in ${sendSeconds.toFixed(1)} s (${(latencies.length / sendSeconds).toFixed(0)} req/s)`,
);
console.log(
  `latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`,
);
const ingestsSent = plan.slice(0, latencies.length).filter((t) => t.startsWith('add')).length;
const missingPosts = Math.max(0, ingestsSent - delayedPosts);
const totalErrors = errors + failedPosts.length + missingPosts + loggedErrors.length;
console.log(
  `errors: ${totalErrors} (replies ${errors}, later posts not a card ${failedPosts.length}, later posts missing ${missingPosts}, errors logged ${loggedErrors.length}); later replies posted to response_url: ${delayedPosts} (ingests sent: ${ingestsSent}); newest article stored: ${stored.items[0]?.title ?? 'none'}`,
);
console.log(`replies over Slack's 3 s: ${latencies.filter((ms) => ms > 3000).length}`);
console.log(
  `memory at end ${memEnd.rssMb} MB RSS, ${memEnd.heapMb} MB heap (start ${memStart.rssMb} / ${memStart.heapMb}; heap growth ${(memEnd.heapMb - memStart.heapMb).toFixed(1)} MB)`,
);
for (const line of [...failedReplies, ...failedPosts, ...loggedErrors].slice(0, 10)) console.log(`  error: ${line}`);

await runtime.close();
await dynamo.close();
pages.close();
responses.close();
rmSync(dataDir, { recursive: true, force: true });
process.exitCode = totalErrors ? 1 : 0;
