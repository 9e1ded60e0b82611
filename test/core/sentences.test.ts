import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutBody, splitSentences } from '../../lambdas/core/sentences';
import { sharedPath } from '../../scripts/shared-data';

const fixturesDir = resolve(__dirname, '../fixtures/sentences');

/** Each folder is one case: its name says what it checks, input.txt holds one paragraph. */
const cases = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const dir = join(fixturesDir, entry.name);
    const input = readFileSync(join(dir, 'input.txt'), 'utf8').replace(/\n$/, '');
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as string[];
    return { name: entry.name.replaceAll('-', ' '), input, expected };
  });

describe('Function: splitSentences', () => {
  it('has fixtures to run', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases)('$name', ({ input, expected }) => {
    const sentences = splitSentences(input);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    for (const s of sentences) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it('adds the base offset and paragraph index to every sentence', () => {
    const sentences = splitSentences('One. Two.', 100, 4);
    expect(sentences).toEqual([
      { text: 'One.', start: 100, end: 104, paragraph: 4 },
      { text: 'Two.', start: 105, end: 109, paragraph: 4 },
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});

describe('Function: layoutBody', () => {
  it('joins paragraphs with a blank line and points every span back into the body', () => {
    const { body, paragraphs, sentences } = layoutBody([
      '  Headline Without Period ',
      '',
      'Mr. Lee spoke. He left.',
      'Done.',
    ]);
    expect(body).toBe('Headline Without Period\n\nMr. Lee spoke. He left.\n\nDone.');
    expect(paragraphs.map((p) => body.slice(p.start, p.end))).toEqual(paragraphs.map((p) => p.text));
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['Headline Without Period', 0],
      ['Mr. Lee spoke.', 1],
      ['He left.', 1],
      ['Done.', 2],
    ]);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });
});

/** Text built from the characters the splitter cares about, so the property explores its branches. */
const newsLikeText = fc
  .array(
    fc.oneof(
      fc.constantFrom('.', '!', '?', '…', '...', '"', '“', '”', "'", '(', ')', ' ', '  ', '\n', '\t', '1', '3.5', ','),
      fc.constantFrom('Mr', 'U.S', 'Inc', 'Jan', 'No', 'The', 'he', 'said', 'A', 'e.g', 'http://x.org/a.b', 'I', 'St'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('Property: sentences are exact, ordered, non-overlapping slices', () => {
  it('holds for arbitrary and news-like text', () => {
    fc.assert(
      fc.property(
        fc.oneof(newsLikeText, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 80 })),
        fc.nat(1000),
        (text, base) => {
          const sentences = splitSentences(text, base, 0);
          let previousEnd = base;
          for (const s of sentences) {
            expect(s.text).toBe(text.slice(s.start - base, s.end - base));
            expect(s.start).toBeGreaterThanOrEqual(previousEnd);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.text.trim()).toBe(s.text);
            previousEnd = s.end;
          }
          // Nothing but whitespace is left out.
          const covered = sentences.map((s) => s.text).join('');
          expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('Property: layoutBody offsets point back into the body', () => {
  it('holds for arbitrary paragraph lists', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(newsLikeText, fc.string({ maxLength: 60 })), { maxLength: 8 }), (texts) => {
        const { body, paragraphs, sentences } = layoutBody(texts);
        for (const p of paragraphs) expect(body.slice(p.start, p.end)).toBe(p.text);
        for (const s of sentences) {
          expect(body.slice(s.start, s.end)).toBe(s.text);
          const p = paragraphs[s.paragraph]!;
          expect(s.start >= p.start && s.end <= p.end).toBe(true);
        }
        expect(body).toBe(paragraphs.map((p) => p.text).join('\n\n'));
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * Agreement with a real corpus: the BBC summary references are sentences cut
 * from the articles by the corpus's own splitter, so each should come out of
 * ours whole. Prints the figure; skips where ../shared is absent.
 */
const bbcFile = sharedPath('data', 'bbc-news-summary', 'bbc-news-summary.jsonl');
describe.skipIf(!existsSync(bbcFile))('Corpus: BBC reference sentences', () => {
  it('are found whole among our sentences', () => {
    let found = 0;
    let total = 0;
    for (const line of readFileSync(bbcFile, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { text: string; summary_sentences: string[]; duplicate_of: string | null };
      if (record.duplicate_of) continue;
      const { sentences } = layoutBody(record.text.split(/\n\s*\n/));
      const ours = new Set(sentences.map((s) => s.text));
      for (const reference of record.summary_sentences) {
        total++;
        if (ours.has(reference.trim())) found++;
      }
    }
    const share = found / total;
    console.log(`BBC reference sentences found whole: ${found}/${total} (${(share * 100).toFixed(1)}%)`);
    expect(share).toBeGreaterThan(0.98);
  });
});
