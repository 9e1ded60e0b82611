import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../lambdas/core/summarize';
import { layoutBody } from '../../../lambdas/core/sentences';

const word = fc.constantFrom(
  'the',
  'council',
  'voted',
  'bridge',
  'Kerry',
  'said',
  'He',
  'But',
  'talks',
  'on',
  'Monday',
  '"We',
  'will',
  'go,"',
  'million',
  '$4.5',
  'By',
  'Click',
  'here',
  'photo',
  'U.S.',
  'WASHINGTON',
  '(AP)',
  '--',
  'storm',
  'power',
  'It',
  "'They",
  "left.'",
  'résumé',
  '議会',
  'and',
  'of',
  'a',
);
const sentence = fc
  .array(word, { minLength: 1, maxLength: 25 })
  .map((ws) => ws.join(' '))
  .chain((s) => fc.constantFrom(`${s}.`, `${s}?`, s, `${s}."`));
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(' '));
const article = fc.record({
  title: fc.option(
    fc.array(word, { minLength: 1, maxLength: 10 }).map((ws) => ws.join(' ')),
    { nil: undefined },
  ),
  paragraphs: fc.array(paragraph, { minLength: 0, maxLength: 8 }),
});
const options = fc.record({
  sentences: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  maxWords: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
});

describe('Function: summarize (properties)', () => {
  it('always gives well-formed summaries: offsets that round-trip, article order, no repeats, counts and budgets kept', () => {
    fc.assert(
      fc.property(article, options, ({ title, paragraphs }, opts) => {
        const a = { title, ...layoutBody(paragraphs) };
        const s = summarize(a, opts);
        const n = opts.sentences ?? 3;
        expect(s.sentences.length).toBeLessThanOrEqual(n);
        for (const x of s.sentences) expect(a.body.slice(x.start, x.end)).toBe(x.text);
        for (let i = 1; i < s.sentences.length; i++)
          expect(s.sentences[i]!.start).toBeGreaterThan(s.sentences[i - 1]!.end - 1);
        if (s.sentences.length > 0) expect(s.sentences.map((x) => x.text)).toContain(s.tldr);
        else expect(s.tldr).toBe('');
        if (opts.maxWords !== undefined && s.sentences.length > 1) {
          const words = s.sentences.reduce(
            (k, x) => k + x.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
            0,
          );
          expect(words).toBeLessThanOrEqual(opts.maxWords);
        }
        if (title?.trim()) expect(s.headline).toBe(title.replace(/\s+/g, ' ').trim());
        expect(summarize(a, opts)).toEqual(s);
      }),
      { numRuns: 300, seed: 4 },
    );
  });
});
