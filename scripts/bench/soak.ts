/**
 * `npm run bench:soak`: a bounded local soak against the same runtime `npm start` runs.
 * 10,000 signed slash commands mixed with 1,000 URL ingests (pages served by
 * a loopback server, results posted to a loopback response_url), all on
 * 127.0.0.1. Prints throughput, p50/p99 latency, errors and memory at start and end.
 * Stops by itself: at most SOAK_SECONDS (default 240) of sending.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startDynalite } from '../../lambdas/local/dynamodb';
import { startLocalRuntime } from '../../lambdas/local/runtime';
import { signedHeaders, slashCommandBody } from '../../lambdas/local/sign';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
process.env.NEWSBOT_ALLOW_LOOPBACK = '1';

const COMMANDS = Number(process.env.SOAK_COMMANDS ?? 10_000);
const INGESTS = Number(process.env.SOAK_INGESTS ?? 1_000);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 50);
const MAX_SECONDS = Number(process.env.SOAK_SECONDS ?? 240);
const SECRET = 'soak-signing-secret';
const TEAM = 'T0SOAK';

const WORDS = 'council harbour bridge budget minister election river school hospital ferry railway museum market festival court police storm energy water housing'.split(' ');
const NAMES = ['Ada Brennan', 'Piet Hollander', 'Elena Varga', 'Tomasz Lindqvist', 'Marta Okafor', 'David Mensah'];

/** A made-up article page of about 300 words with two attributed quotes. */
function page(n: number): string {
  const topic = WORDS[n % WORDS.length]!;
  const [a, b] = [NAMES[n % NAMES.length]!, NAMES[(n + 1) % NAMES.length]!];
  const paragraphs = [
    `The ${topic} plan number ${n} was approved on Monday after a long debate in the town hall, officials said.`,
    `"We have waited years for this ${topic} decision," said ${a}, who led the campaign. "Now the work starts."`,
    ...Array.from({ length: 6 }, (_, i) => `Paragraph ${i} of story ${n} describes the ${topic} in detail, with figures such as ${n * 7 + i} and ${i + 2}.5 million, and the views of residents who live near the site.`),
    `${b} said the cost was too high. "This ${topic} will cost us dearly," ${b.split(' ')[1]} said.`,
  ];
  return `<!doctype html><html><head><title>${topic} plan ${n} approved</title></head><body><article><h1>${topic} plan ${n} approved</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

function memory(): { rssMb: number; heapMb: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { rssMb: Math.round(m.rss / 1e5) / 10, heapMb: Math.round(m.heapUsed / 1e5) / 10 };
}

const pages = createServer((req, res) => {
  const n = Number(/\/story\/(\d+)/.exec(req.url ?? '')?.[1] ?? -1);
  if (n < 0) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(n));
});
let delayedPosts = 0;
const responses = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    delayedPosts++;
    res.end('ok');
  });
});
await new Promise<void>((r) => pages.listen(0, '127.0.0.1', () => r()));
await new Promise<void>((r) => responses.listen(0, '127.0.0.1', () => r()));
const pageBase = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
const responseUrl = `http://127.0.0.1:${(responses.address() as AddressInfo).port}/response`;

const dynamo = await startDynalite();
const runtime = await startLocalRuntime({
  dynamoEndpoint: dynamo.endpoint,
  tableName: 'newsbot-soak',
  credentials: { signingSecret: SECRET, botToken: 'xoxb-soak' },
  logLevel: 'silent',
  seedSample: false,
  print: () => {},
});

async function send(text: string): Promise<{ ms: number; ok: boolean }> {
  const body = slashCommandBody({ text, teamId: TEAM, responseUrl });
  const started = performance.now();
  try {
    const res = await fetch(`${runtime.url}/slack/events`, { method: 'POST', headers: signedHeaders(SECRET, body), body });
    const raw = await res.text();
    return { ms: performance.now() - started, ok: res.status === 200 && !/something went wrong/i.test(raw) };
  } catch {
    return { ms: performance.now() - started, ok: false };
  }
}

// The plan: every 11th request is an ingest, the rest a mix of fast commands.
const FAST = ['help', 'latest 5', 'search plan approved', 'quote Brennan', 'quote "cost us dearly"', 'summary council plan'];
const plan: string[] = [];
for (let i = 0, ingest = 0, fast = 0; fast < COMMANDS || ingest < INGESTS; i++) {
  if ((i % 11 === 10 && ingest < INGESTS) || fast >= COMMANDS) plan.push(`add ${pageBase}/story/${ingest++}`);
  else plan.push(FAST[fast++ % FAST.length]!);
}

const memStart = memory();
console.log(`soak: ${COMMANDS} commands + ${INGESTS} ingests, ${CONCURRENCY} concurrent, at most ${MAX_SECONDS} s; memory at start ${memStart.rssMb} MB RSS, ${memStart.heapMb} MB heap`);
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

console.log(`sent ${latencies.length} of ${plan.length} requests in ${sendSeconds.toFixed(1)} s (${(latencies.length / sendSeconds).toFixed(0)} req/s)`);
console.log(`latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`);
console.log(`errors: ${errors}; later replies posted to response_url: ${delayedPosts} (ingests sent: ${plan.slice(0, latencies.length).filter((t) => t.startsWith('add')).length}); newest article stored: ${stored.items[0]?.title ?? 'none'}`);
console.log(`memory at end ${memEnd.rssMb} MB RSS, ${memEnd.heapMb} MB heap (start ${memStart.rssMb} / ${memStart.heapMb})`);

await runtime.close();
await dynamo.close();
pages.close();
responses.close();
