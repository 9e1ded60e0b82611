import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../lambdas/core/quotes/index';
import { layoutBody } from '../../../lambdas/core/sentences';

/** One test per folder of test/fixtures/quotes: article.txt (paragraphs split by blank lines) and expected.json. */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/quotes');

interface Expected {
  quotes: { text: string; speaker: string | null; partial: boolean; kind?: 'person' | 'organisation' | 'unnamed' }[];
}

const cases = readdirSync(root).map((name) => ({
  name: name.replace(/-/g, ' '),
  text: readFileSync(join(root, name, 'article.txt'), 'utf8'),
  expected: JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected,
}));

describe('findQuotes fixtures', () => {
  it.each(cases)('$name', ({ text, expected }) => {
    const article = layoutBody(text.split(/\n\s*\n/));
    const { quotes, speakers } = findQuotes(article);
    expect(quotes.map((q) => ({ text: q.text, speaker: q.speaker, partial: q.partial }))).toEqual(
      expected.quotes.map(({ text: t, speaker, partial }) => ({ text: t, speaker, partial })),
    );
    for (const q of quotes) expect(article.body.slice(q.start, q.end)).toBe(q.text);
    for (const e of expected.quotes) {
      if (!e.kind) continue;
      expect(speakers.find((s) => s.name === e.speaker)?.kind).toBe(e.kind);
    }
  });
});
