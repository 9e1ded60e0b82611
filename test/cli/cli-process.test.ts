import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackServer, type LoopbackServer } from '../fetch/loopback-server';

/** The real CLI as a user runs it: `node bin/newsbot.mjs …` from the repo root, fixtures from test/fixtures/cli. */
const repoRoot = resolve(__dirname, '../..');
const bin = resolve(repoRoot, 'bin/newsbot.mjs');
const fixture = (name: string) => resolve(__dirname, '../fixtures/cli', name);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function newsbot(args: string[], stdinFile?: string): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { cwd: repoRoot, env: { ...process.env, NEWSBOT_ALLOW_LOOPBACK: '1' } },
      (error, stdout, stderr) => {
        done({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout, stderr });
      },
    );
    if (stdinFile) createReadStream(stdinFile).pipe(child.stdin!);
    else child.stdin!.end();
  });
}

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server.close();
});

// Each case is its own process, so they run side by side. Eight fresh Node + tsx processes at once on
// two cores take 10 s or more each while the rest of the suite runs; the limit is for hangs, not speed.
describe.concurrent('CLI: newsbot analyze (child process)', { timeout: 90_000 }, () => {
  it('prints an HTML file as readable text, detecting HTML by itself', async () => {
    const run = await newsbot(['analyze', fixture('article.html')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Title:');
    expect(run.stdout).toContain('Library Opens Late on Fridays');
    expect(run.stdout).toContain('Summary');
    expect(run.stdout).toMatch(/\[1\] The central library will stay open until 10 p\.m\. on Fridays/);
    expect(run.stdout).not.toContain('Copyright Riverside Gazette');
  });

  it('prints JSON with --json, the summary length from --sentences and the url from --url', async () => {
    const run = await newsbot([
      'analyze',
      fixture('article.txt'),
      '--text',
      '--json',
      '--sentences',
      '2',
      '--url',
      'https://ferry.example/news',
    ]);
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout);
    expect(record.url).toBe('https://ferry.example/news');
    expect(record.title).toBe('Ferry Service Returns to the Bay');
    expect(record.summary.sentences.length).toBeGreaterThan(0);
    expect(record.summary.sentences.length).toBeLessThanOrEqual(2);
    expect(record.paragraphs.map((p: { text: string }) => p.text)).toEqual([
      'The ferry between the two harbours returned to service on Saturday after a winter break, the operator said.',
      'Tickets cost £4.50 for adults. Mr. Lindqvist, the captain, said the first crossing was full.',
    ]);
    for (const s of record.sentences) expect(record.body.slice(s.start, s.end)).toBe(s.text);
    expect(Array.isArray(record.quotes)).toBe(true);
  });

  it('reads stdin with "-" and decodes a Latin-1 page by its meta charset', async () => {
    const run = await newsbot(['analyze', '-', '--json'], fixture('latin1.html'));
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout);
    expect(record.body).toContain('crème brûlée');
  });

  it('fetches a URL through the safe fetcher', async () => {
    const run = await newsbot(['analyze', `${server.origin}/r/2`, '--json']);
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout);
    expect(record.url).toBe(`${server.origin}/article`);
    expect(record.body).toContain('The harbour bridge reopened on Monday');
  });

  it('refuses a private address with a clear message and exit code 1', async () => {
    const run = await newsbot(['analyze', 'http://169.254.169.254/latest/meta-data/']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      "newsbot: I won't open that link: 169.254.169.254 is the cloud metadata address, which could reach private systems.\n",
    );
  });

  it('runs a batch, one output line per input line, errors kept to their line', async () => {
    const run = await newsbot(['analyze', '--jsonl'], fixture('batch.jsonl'));
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.id, 'error' in line])).toEqual([
      ['a1', false],
      [null, true],
      ['a2', false],
      ['a3', true],
      [4, false],
    ]);
    expect(lines[0].sentences.map((s: { text: string }) => s.text)).toEqual([
      'The council approved the budget on Monday.',
      'Dr. Reyes voted against it.',
    ]);
    expect(lines[2].url).toBe('https://museum.example/west-wing');
    expect(run.stderr).toBe('newsbot: 3 analyzed, 2 failed\n');
  });

  it('refuses a URL that is not a page', async () => {
    const run = await newsbot(['analyze', `${server.origin}/pdf`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('newsbot: The link at 127.0.0.1 is application/pdf, not a page I can read.\n');
  });

  it('explains a bad command line with exit code 2', async () => {
    const run = await newsbot(['analyze', fixture('article.txt'), '--html', '--text']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('give only one of --html and --text');
    expect(run.stderr).toContain('Usage:');
  });
});
