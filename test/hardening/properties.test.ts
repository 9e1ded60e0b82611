import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Job } from '../../lambdas/app/jobs';
import { createLogger } from '../../lambdas/config/logger';
import { analyze } from '../../lambdas/core/pipeline';
import type { AppDeps } from '../../lambdas/slack/command-context';
import { cleanCommandText, singleUrl, splitSubcommand, unwrapSlackLinks } from '../../lambdas/slack/command-text';
import { dispatchNewsCommand } from '../../lambdas/slack/dispatch';
import { BUTTON_VALUE_LIMIT, MAX_BLOCKS, SECTION_TEXT_LIMIT } from '../../lambdas/slack/views/limits';
import { createStore, type NewsStore } from '../../lambdas/store/index';
import { freshTable } from '../helpers/table';
import { hardeningFixture } from './support/hostile-server';
import { slackAppDeps } from '../../lambdas/wiring/slack-app-deps';

/** Slack's hard limit on a message's top-level text. */
const MESSAGE_TEXT_LIMIT = 40_000;

/** Pieces people and clients put in /news text: subcommands, links, mentions, quotes, invisible and odd characters. */
const commandPiece = fc.oneof(
  fc.constantFrom(
    'summary',
    'quote',
    'add',
    'latest',
    'search',
    'help',
    'read',
    'quotes',
    'HELP',
    'qoute',
    'lastest',
    'digest',
    'subscribe',
  ),
  fc.constantFrom(
    '<https://news.example/a|label>',
    '<https://news.example/b>',
    'https://news.example/c?x=1&y=<2>',
    'http://10.0.0.1/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'www.example.com',
    '<mailto:a@b.c|mail>',
  ),
  fc.constantFrom(
    '<!channel>',
    '<!here>',
    '<@U123>',
    '<#C123|general>',
    '&amp;',
    '&lt;',
    '>',
    '<',
    '|',
    '"',
    '“top priority”',
    '"',
    "'",
    '`',
    '*',
    '_',
    '~',
  ),
  fc.constantFrom(
    '\u0000',
    '\u0007',
    '\u001b',
    '\u007f',
    '\u200b',
    '\u200d',
    '\u202e',
    '\u2066',
    '\ufeff',
    '\ud800',
    '\udfff',
    '\n',
    '\t',
    '\r\n',
    '🦄',
    '👩‍👩‍👧',
    '🇳🇱',
  ),
  fc.constantFrom(
    '0',
    '1',
    '20',
    '21',
    '-5',
    '9999999999999999999999',
    'NaN',
    '1e9',
    '0x10',
    '5j0zwcpg',
    'kerry',
    'Kessler',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const commandText = fc.oneof(
  fc.array(commandPiece, { maxLength: 12 }).map((parts) => parts.join(' ')),
  fc.array(commandPiece, { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.nat({ max: 13_000 }).map((n) => 'search ' + 'w '.repeat(n)),
);

function expectWithinSlackLimits(reply: any) {
  expect(reply.response_type).toBe('ephemeral');
  expect(typeof reply.text).toBe('string');
  expect(reply.text.length).toBeGreaterThan(0);
  expect(reply.text.length).toBeLessThanOrEqual(MESSAGE_TEXT_LIMIT);
  expect(reply.blocks?.length ?? 0).toBeLessThanOrEqual(MAX_BLOCKS);
  for (const block of reply.blocks ?? []) {
    if (block.text?.text) expect(block.text.text.length).toBeLessThanOrEqual(SECTION_TEXT_LIMIT);
    for (const e of [...(block.elements ?? []), ...(block.accessory ? [block.accessory] : [])]) {
      if (typeof e.text === 'string') expect(e.text.length).toBeLessThanOrEqual(SECTION_TEXT_LIMIT);
      if (typeof e.value === 'string') expect(e.value.length).toBeLessThanOrEqual(BUTTON_VALUE_LIMIT);
    }
  }
}

describe('Property: the /news command text helpers', () => {
  it('never throw; cleaning removes every invisible character (but the joiners emoji need) and is idempotent', () => {
    fc.assert(
      fc.property(commandText, (text) => {
        const cleaned = cleanCommandText(text);
        expect(cleaned).not.toMatch(
          /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/,
        );
        expect(cleaned).not.toMatch(/(^|[\u0000-\u007f])[\u200c\u200d]/);
        expect(cleanCommandText(cleaned)).toBe(cleaned);
        const { name, args } = splitSubcommand(text);
        expect(name).toBe(name.toLowerCase());
        expect(name).not.toMatch(/\s/);
        if (!name) expect(args).toBe('');
        unwrapSlackLinks(text);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a family emoji whole (the zero-width joiner is part of it)', () => {
    expect(cleanCommandText('quote 👩\u200d👩\u200d👧 \u200bsays')).toBe('quote 👩\u200d👩\u200d👧 says');
  });

  it('singleUrl gives back nothing, or one http(s) URL that parses', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          commandText,
          fc.webUrl().map((u) => `<${u}|x>`),
          fc.webUrl(),
        ),
        (text) => {
          const url = singleUrl(text);
          if (url !== undefined) {
            expect(url).toMatch(/^https?:\/\//i);
            expect(() => new URL(url)).not.toThrow();
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('Property: dispatchNewsCommand on any text', () => {
  let store: NewsStore;
  let table: Awaited<ReturnType<typeof freshTable>>;
  const jobs: Job[] = [];
  let deps: AppDeps;
  const TEAM = 'T0PROPS';

  beforeAll(async () => {
    table = await freshTable();
    store = createStore({ client: table.client, tableName: table.tableName });
    const record = analyze({ html: hardeningFixture('ferry-vote.html'), url: 'https://news.example/ferry' });
    await store.saveArticle(TEAM, record, { source: 'slack', ingestedAt: new Date() });
    deps = slackAppDeps({
      store,
      jobs: { enqueue: async (job) => void jobs.push(job) },
      slack: { postMessage: async () => ({ ts: '1.1' }), respond: async () => {}, call: async () => ({ ok: true }) },
      clock: () => new Date(),
      log: createLogger('silent'),
    });
  });
  afterAll(() => table?.client.destroy());

  it("never throws, and answers ephemeral text within Slack's limits (or nothing, for a repeat)", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(commandText, async (text) => {
        const reply = await dispatchNewsCommand(
          {
            text,
            team_id: TEAM,
            channel_id: 'C0PROPS',
            user_id: 'U0PROPS',
            response_url: 'http://127.0.0.1:9/r',
            trigger_id: `t${++n}`,
          },
          deps,
          'req00001',
        );
        expect(reply).toBeDefined();
        expectWithinSlackLimits(reply);
        // An apology means a command failed on input it should have answered.
        expect(reply!.text).not.toMatch(/something went wrong on my side/);
      }),
      { numRuns: 150 },
    );
    // Every queued job is a valid http(s) fetch for this team.
    for (const job of jobs) {
      expect(job.teamId).toBe(TEAM);
      expect('url' in job ? job.url : undefined).toMatch(/^https?:\/\//);
    }
  });
});

/** Article-like text with quotes, cues and names, plus noise, for the pipeline. */
const articlePiece = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'The council met on Tuesday.',
      'It was late.',
      'Mr. Smith',
      'Dr. Ada Brennan',
      'the mayor',
      'Kerry',
      'U.S.',
      'said',
      'told reporters',
      'added',
      'according to',
      'she said.',
      'he said,',
      'Jr.',
      'No.',
      'e.g.',
      '...',
      '…',
      '12.5',
      '3 p.m.',
      'Sept.',
    ),
  },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '"',
      '“',
      '”',
      '‘',
      '’',
      "'",
      '«',
      '»',
      '„',
      '‹',
      '›',
      '—',
      '–',
      '-',
      ':',
      ';',
      ',',
      '.',
      '?',
      '!',
      '(',
      ')',
      '[',
      ']',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '\n',
      '\n\n',
      '\r\n',
      '\t',
      ' ',
      '\u00a0',
      '\u200b',
      '\u2028',
      '\ufeff',
      '🦄',
      '\ud800',
      '<p>',
      '</p>',
      '<div>',
      '&amp;',
      '&quot;',
      '<br>',
      '<script>x</script>',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);
const articleText = fc.array(articlePiece, { maxLength: 120 }).map((parts) => parts.join(' '));
const quotedArticle = fc
  .array(
    fc.tuple(
      fc.constantFrom('"', '“', '‘', "'", '«'),
      fc.lorem({ maxCount: 12 }),
      fc.constantFrom('"', '”', '’', "'", '»', ''),
      fc.constantFrom(' said Ada Brennan.', ', the mayor said.', ' Kerry told reporters.', '', '\n\n'),
    ),
    { maxLength: 15 },
  )
  .map((parts) => parts.map(([open, words, close, cue]) => `${open}${words}${close}${cue}`).join(' '));

function expectSpansRoundTrip(record: ReturnType<typeof analyze>) {
  const { body } = record;
  const inRange = (s: { start: number; end: number }) => {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(body.length);
  };
  for (const q of record.quotes) {
    inRange(q);
    expect(q.text).toBe(body.slice(q.start, q.end));
    expect(q.paragraph).toBeGreaterThanOrEqual(0);
    expect(q.paragraph).toBeLessThan(Math.max(1, record.paragraphs.length));
    if (q.speaker !== null) expect(record.speakers.some((s) => s.name === q.speaker)).toBe(true);
  }
  for (const s of record.sentences) {
    inRange(s);
    expect(s.text).toBe(body.slice(s.start, s.end));
  }
  for (const p of record.paragraphs) {
    inRange(p);
    expect(p.text).toBe(body.slice(p.start, p.end));
  }
  for (const s of record.summary.sentences) {
    inRange(s);
    expect(s.text).toBe(body.slice(s.start, s.end));
  }
}

describe('Property: the pipeline (sentence splitter and quote finder together)', () => {
  it.each([
    ['text', articleText.map((text) => ({ text }))],
    ['text with quotes and cues', quotedArticle.map((text) => ({ text }))],
    ['HTML', articleText.map((text) => ({ html: `<html><body><article><p>${text}</p></article></body></html>` }))],
    [
      'HTML with quotes',
      quotedArticle.map((text) => ({
        html: `<html><body>${text
          .split('\n\n')
          .map((p) => `<p>${p}</p>`)
          .join('')}</body></html>`,
      })),
    ],
  ] as const)('%s: never throws; every quote, sentence and paragraph slices back to its text', (_name, input) => {
    fc.assert(
      fc.property(input as fc.Arbitrary<{ text: string } | { html: string }>, (value) => {
        expectSpansRoundTrip(analyze({ ...value, url: 'https://news.example/p' }));
      }),
      { numRuns: 150 },
    );
  });
});
