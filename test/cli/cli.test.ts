import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../lambdas/cli/args';
import { processBatchLine, runBatch } from '../../lambdas/cli/batch';
import { looksLikeHtml } from '../../lambdas/cli/detect';
import { formatRecord } from '../../lambdas/cli/format';
import { main } from '../../lambdas/cli/main';

const fixture = (name: string) => resolve(__dirname, '../fixtures/cli', name);

function capture() {
  let text = '';
  return {
    write: (chunk: string) => (text += chunk),
    get text() {
      return text;
    },
  };
}

describe('Function: parseArgs', () => {
  it('reads a file with every option', () => {
    expect(
      parseArgs(['analyze', 'page.html', '--html', '--url', 'https://a.example/x', '--json', '--sentences', '4']),
    ).toEqual({
      name: 'analyze',
      options: {
        source: 'page.html',
        mode: 'html',
        url: 'https://a.example/x',
        json: true,
        jsonl: false,
        sentences: 4,
      },
    });
  });

  it('accepts --opt=value forms and "-" for stdin', () => {
    const command = parseArgs(['analyze', '-', '--sentences=2', '--url=https://b.example/']);
    expect(command).toMatchObject({ options: { source: '-', sentences: 2, url: 'https://b.example/', mode: 'auto' } });
  });

  it('shows help for no command, help or --help', () => {
    for (const argv of [[], ['help'], ['--help'], ['analyze', '--help']])
      expect(parseArgs(argv)).toEqual({ name: 'help' });
  });

  it.each([
    [['frobnicate'], 'unknown command'],
    [['analyze'], 'give a file, a URL, or - for stdin'],
    [['analyze', 'a.txt', 'b.txt'], 'only one input'],
    [['analyze', 'a.txt', '--bogus'], 'unknown option --bogus'],
    [['analyze', 'a.txt', '--sentences'], '--sentences needs a value'],
    [['analyze', 'a.txt', '--sentences', 'many'], '--sentences must be a number'],
    [['analyze', 'a.txt', '--sentences', '0'], 'at least 1'],
    [['analyze', 'a.txt', '--url', 'ftp://x.example/'], '--url must be an http(s) address'],
    [['analyze', '--jsonl', 'a.txt'], '--jsonl reads from stdin'],
    [['analyze', '--jsonl', '--html'], 'do not apply to --jsonl'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('Function: looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html><body>x</body></html>', true],
    ['\n  <html lang="en"><p>x</p></html>', true],
    ['<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"></html>', true],
    ['<div><p>One</p><p>Two</p></div>', true],
    ['Plain pasted story.\n\nSecond paragraph.', false],
    ['A note with one <b> bold tag and a 3 < 4 comparison.', false],
    ['', false],
  ])('%j → %s', (content, expected) => {
    expect(looksLikeHtml(content)).toBe(expected);
  });

  it('trusts a specific Content-Type over the content', () => {
    expect(looksLikeHtml('just words', 'text/html; charset=utf-8')).toBe(true);
    expect(looksLikeHtml('<html><p>x</p></html>', 'text/plain')).toBe(false);
  });
});

describe('Function: processBatchLine', () => {
  it('returns the record with its id', () => {
    const result = processBatchLine('{"id":"n1","text":"One sentence here. Another one."}', 1, {});
    expect(result).toMatchObject({ id: 'n1', body: 'One sentence here. Another one.' });
  });

  it.each([
    ['{"id":', { id: null, error: 'line 7: not valid JSON' }],
    ['[1,2]', { id: null }],
    ['{"id":"x"}', { id: 'x', error: 'line 7: give exactly one of "html" and "text"' }],
    ['{"id":"y","text":5}', { id: 'y' }],
    ['{"text":"no id"}', { id: null }],
  ])('gives an error for %s', (line, expected) => {
    const result = processBatchLine(line, 7, {});
    expect(result).toMatchObject(expected);
    expect(typeof result.error).toBe('string');
  });
});

describe('Function: runBatch', () => {
  it('keeps going past bad lines and skips blank ones', async () => {
    const out = capture();
    const counts = await runBatch(Readable.from([readFileSync(fixture('batch.jsonl'))]), out.write);
    expect(counts).toEqual({ ok: 3, failed: 2 });
    expect(out.text.trim().split('\n')).toHaveLength(5);
  });
});

describe('Function: main (in process)', () => {
  it('prints usage on help and exits 0', async () => {
    const stdout = capture();
    const stderr = capture();
    expect(await main(['--help'], { stdin: Readable.from([]), stdout, stderr })).toBe(0);
    expect(stdout.text).toContain('newsbot analyze');
  });

  it('reports a missing file on stderr with exit code 1', async () => {
    const stdout = capture();
    const stderr = capture();
    expect(await main(['analyze', fixture('no-such-file.txt')], { stdin: Readable.from([]), stdout, stderr })).toBe(1);
    expect(stderr.text).toMatch(/^newsbot: I couldn't read .*no-such-file\.txt \(no such file\)\.\n$/);
  });

  it('uses the summary length from --sentences', async () => {
    const stdout = capture();
    const stderr = capture();
    const code = await main(['analyze', fixture('article.txt'), '--json', '--sentences', '1'], {
      stdin: Readable.from([]),
      stdout,
      stderr,
    });
    expect(code).toBe(0);
    const record = JSON.parse(stdout.text);
    expect(record.title).toBe('Ferry Service Returns to the Bay');
    expect(record.summary.sentences).toHaveLength(1);
  });
});

describe('Function: formatRecord', () => {
  it('prints metadata, summary, quotes with speakers, speakers and numbered paragraphs', () => {
    const text = formatRecord({
      title: 'Bridge Reopens',
      url: 'https://news.example/bridge',
      body: '"We are glad," said Ana Ruiz.',
      paragraphs: [{ text: '"We are glad," said Ana Ruiz.', start: 0, end: 29 }],
      sentences: [{ text: '"We are glad," said Ana Ruiz.', start: 0, end: 29, paragraph: 0 }],
      summary: {
        headline: 'Bridge Reopens',
        tldr: 'Glad.',
        sentences: [{ text: '"We are glad," said Ana Ruiz.', start: 0, end: 29 }],
      },
      quotes: [
        {
          text: 'We are glad,',
          start: 1,
          end: 13,
          speaker: 'Ana Ruiz',
          speakerRole: 'mayor',
          partial: false,
          paragraph: 0,
        },
      ],
      speakers: [{ name: 'Ana Ruiz', key: 'ruiz', aliases: ['Ana Ruiz', 'Ruiz'], role: 'mayor', kind: 'person' }],
    });
    expect(text).toBe(
      [
        'Title:     Bridge Reopens',
        'Byline:    —',
        'Published: —',
        'Site:      —',
        'URL:       https://news.example/bridge',
        'Language:  —',
        '',
        'Summary',
        '  TL;DR: Glad.',
        '  • "We are glad," said Ana Ruiz.',
        '',
        'Quotes (1)',
        '  “We are glad,” — Ana Ruiz, mayor',
        '',
        'Speakers (1)',
        '  Ana Ruiz, mayor (also: Ruiz)',
        '',
        'Paragraphs (1, 1 sentences)',
        '  [1] "We are glad," said Ana Ruiz.',
        '',
      ].join('\n'),
    );
  });
});
