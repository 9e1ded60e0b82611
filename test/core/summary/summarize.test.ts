import { describe, expect, it } from 'vitest';
import { summarize } from '../../../lambdas/core/summarize';
import { leansOnPrevious } from '../../../lambdas/core/summary/antecedent';
import { rouge } from '../../../scripts/eval/rouge';
import { articleFromText, loadFixtures } from './fixtures';

const fixtures = loadFixtures();

describe('Function: summarize', () => {
  describe.each(fixtures.map((f) => [f.name, f] as const))('fixture: %s', (_name, fixture) => {
    const { article, expect: want } = fixture;
    const summary = summarize(article, { sentences: want.sentences ?? 3 });
    const text = summary.sentences.map((s) => s.text).join(' ');

    it('gives sentences whose offsets point at their text, in article order, none twice', () => {
      for (const s of summary.sentences) expect(article.body.slice(s.start, s.end)).toBe(s.text);
      const starts = summary.sentences.map((s) => s.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(new Set(starts).size).toBe(starts.length);
      expect(summary.sentences).toHaveLength(Math.min(want.sentences ?? 3, article.sentences.length));
    });

    it('has a headline and a one-sentence TL;DR taken from the summary', () => {
      expect(summary.headline.length).toBeGreaterThan(0);
      expect(summary.sentences.map((s) => s.text)).toContain(summary.tldr);
      if (article.title) expect(summary.headline).toBe(article.title);
    });

    if (want.includes)
      it('includes the expected sentences', () => {
        for (const anchor of want.includes ?? []) expect(text).toContain(anchor);
      });

    if (want.excludes)
      it('leaves out chrome, datelines and duplicates', () => {
        for (const anchor of want.excludes ?? []) expect(text).not.toContain(anchor);
      });

    if (want.tldrStartsWith)
      it('starts the TL;DR with the story, not the dateline', () => {
        expect(summary.tldr.startsWith(want.tldrStartsWith!)).toBe(true);
      });

    if (want.headline)
      it('writes a headline when the article has no title', () => {
        expect(summary.headline).toBe(want.headline);
      });

    it('uses a sentence that leans on the one before only together with it', () => {
      const picked = summary.sentences.map((s) => article.sentences.findIndex((a) => a.end === s.end));
      for (const i of picked) {
        if (leansOnPrevious(article.sentences[i]!.text)) expect(picked).toContain(i - 1);
      }
    });
  });

  describe('on highlight-style news, where the lead is the best summary', () => {
    const leadStyle = fixtures.filter((f) => f.highlights);
    const scores = leadStyle.map((f) => ({
      name: f.name,
      chrome: f.name.includes('chrome'),
      ours: rouge(
        summarize(f.article).sentences.map((s) => s.text),
        f.highlights!,
      ),
      lead: rouge(
        f.article.sentences.slice(0, 3).map((s) => s.text),
        f.highlights!,
      ),
    }));
    const clean = scores.filter((s) => !s.chrome);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

    it('has lead-style fixtures to check', () => expect(clean.length).toBeGreaterThanOrEqual(4));

    it.each(['rouge1', 'rouge2', 'rougeLsum'] as const)('is on average within 2 points of lead-3 (%s F1)', (metric) => {
      expect(mean(clean.map((s) => s.ours[metric].f1))).toBeGreaterThan(
        mean(clean.map((s) => s.lead[metric].f1)) - 0.02,
      );
    });

    it.each(clean.map((s) => [s.name, s] as const))(
      '%s: loses at most one lead sentence worth of ROUGE-1',
      (_name, s) => {
        expect(s.ours.rouge1.f1).toBeGreaterThan(s.lead.rouge1.f1 - 0.12);
      },
    );

    it('beats lead-3 when the article opens with a byline and timestamps', () => {
      for (const s of scores.filter((x) => x.chrome)) expect(s.ours.rouge1.f1).toBeGreaterThan(s.lead.rouge1.f1 + 0.2);
    });

    it('keeps the lead sentence of every lead-style article', () => {
      for (const f of leadStyle) {
        const firstStory = f.article.sentences.find((s) => s.text.split(/\s+/).length >= 8 && !/\|/.test(s.text))!;
        expect(summarize(f.article).sentences.map((s) => s.end)).toContain(firstStory.end);
      }
    });
  });

  describe('options', () => {
    const article = fixtures.find((f) => f.name.includes('bridge'))!.article;

    it.each([1, 2, 3, 5])('gives %i sentences when asked', (n) => {
      expect(summarize(article, { sentences: n }).sentences).toHaveLength(n);
    });

    it('gives no sentences for a count of zero', () => {
      expect(summarize(article, { sentences: 0 }).sentences).toEqual([]);
    });

    it.each([30, 60, 90])('keeps within a budget of %i words', (maxWords) => {
      const summary = summarize(article, { sentences: 5, maxWords });
      const words = summary.sentences.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
      expect(summary.sentences.length).toBeGreaterThan(0);
      expect(words).toBeLessThanOrEqual(maxWords);
    });

    it('still gives one sentence when the budget is smaller than any sentence', () => {
      expect(summarize(article, { maxWords: 3 }).sentences).toHaveLength(1);
    });

    it('falls back to the defaults for counts and budgets that are not numbers', () => {
      expect(summarize(article, { sentences: Number.NaN }).sentences).toHaveLength(3);
      expect(summarize(article, { maxWords: Number.NaN })).toEqual(summarize(article));
    });

    it('is deterministic', () => {
      expect(summarize(article)).toEqual(summarize(article));
    });
  });

  describe('edge cases', () => {
    it('summarizes an empty article as empty', () => {
      expect(summarize(articleFromText(''))).toEqual({ headline: '', sentences: [], tldr: '' });
    });

    it('keeps the title as headline even when no sentence qualifies', () => {
      const summary = summarize(articleFromText('Short title\n\nToo short.\n\nAlso short.'));
      expect(summary).toEqual({ headline: 'Short title', sentences: [], tldr: '' });
    });

    it('may open with a possessive that points forward, but not with "She added"', () => {
      const forward = articleFromText(
        'Deportees return\n\nTheir dream shattered and savings gone, nearly 150 migrants returned home on Wednesday after being deported.\n\nOfficials said more flights were planned for next month.',
      );
      expect(summarize(forward).tldr).toMatch(/^Their dream shattered/);
      const lost = articleFromText(
        'Case dropped\n\nShe added that an appeal against the decision could be made within three weeks.\n\nProsecutors in Stockholm have dropped the investigation after a review of the evidence.',
      );
      expect(summarize(lost).sentences.map((s) => s.text)).toEqual([
        'Prosecutors in Stockholm have dropped the investigation after a review of the evidence.',
      ]);
    });

    it('drops a trailing site name from the title', () => {
      const article = articleFromText(
        'Bridge closed after cracks found | Harbor City News\n\nEngineers closed the bridge on Tuesday after cracks were found in its beams.',
      );
      expect(summarize(article).headline).toBe('Bridge closed after cracks found');
    });
  });
});
