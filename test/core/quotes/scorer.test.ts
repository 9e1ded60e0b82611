import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../lambdas/core/article';
import { FEATURE_NAMES } from '../../../lambdas/core/quotes/features';
import { readQuotes } from '../../../lambdas/core/quotes/index';
import { MODEL } from '../../../lambdas/core/quotes/scorer';
import { findQuotes } from '../../../lambdas/core/quotes/index';
import { keyQuote } from '../../../lambdas/core/quotes/key-quote';
import { toCleanArticle } from '../../../lambdas/core/pipeline';

/** Made-up copy: a quote named in its own sentence, and one carried over three paragraphs later. */
const article = toCleanArticle({
  title: 'Harbour plan',
  paragraphs: [
    '"We will rebuild the harbour wall before winter," Mayor Ann Ode said on Monday.',
    'The council met for three hours.',
    'Fishing crews have waited two years for repairs.',
    'Prices for repairs rose again in the spring.',
    '"Nobody should have to wait that long for a safe berth."',
  ],
});

describe('attribution confidence', () => {
  it('is a probability on every credited quote, higher for a named cue than for a speaker carried over paragraphs', () => {
    const { quotes } = findQuotes(article);
    expect(quotes).toHaveLength(2);
    const [named, carried] = quotes as [Quote, Quote];
    expect(named.speaker).toBe('Ann Ode');
    expect(named.confidence).toBeGreaterThan(0);
    expect(named.confidence).toBeLessThanOrEqual(1);
    expect(carried.confidence).toBeLessThan(named.confidence!);
  });

  it('stores a quote unattributed when its confidence is under the threshold', () => {
    const strict = { ...MODEL, threshold: 1 };
    expect(findQuotes(article, strict).quotes.every((q) => q.speaker === null)).toBe(true);
  });
});

describe('keyQuote', () => {
  const quote = (text: string, confidence: number | undefined, partial = false): Quote => ({
    text,
    start: 0,
    end: text.length,
    speaker: 'Ann Ode',
    partial,
    paragraph: 0,
    ...(confidence === undefined ? {} : { confidence }),
  });

  it('shows only a confident speaker, whole quotes first', () => {
    const unsure = quote('A guess at who said this.', MODEL.cardThreshold - 0.1);
    const sureFragment = quote('safe berth', MODEL.cardThreshold, true);
    const sureWhole = quote('We will rebuild it.', 0.999);
    expect(keyQuote([unsure, sureFragment, sureWhole])).toBe(sureWhole);
    expect(keyQuote([unsure, sureFragment])).toBe(sureFragment);
    expect(keyQuote([unsure])).toBeUndefined();
  });

  it('takes a quote stored before confidences existed as it was then', () => {
    const legacy = quote('Stored last year.', undefined);
    expect(keyQuote([legacy])).toBe(legacy);
  });
});

describe('evidence of a new speaker (features.ts)', () => {
  const feature = FEATURE_NAMES.indexOf('subject in the paragraph before, which quotes no one');
  const evidence = (...paragraphs: string[]) => {
    const { attributed } = readQuotes(toCleanArticle({ title: 'Town centre', paragraphs }));
    return attributed.map((a) => Object.fromEntries(a.candidates.map((c) => [c.entity.name, c.x[feature]])));
  };

  it('marks the subject of a paragraph that quotes no one, for a quote that opens the next paragraph', () => {
    const [first, second] = evidence(
      '“Small firms pay more than the chains,” said Gareth Olin, the local MP.',
      'Ravi Sandhu, who works in a cafe, thinks housing is the answer.',
      '“If people lived here, the shops would follow.”',
    );
    expect(first).toEqual({ 'Gareth Olin': 0 });
    expect(second).toEqual({ 'Gareth Olin': 0, 'Ravi Sandhu': 1 });
  });

  it('does not mark the subject of a paragraph that holds a quote', () => {
    const [, second] = evidence(
      'Ravi Sandhu, who works in a cafe, said: “Rents are too high.”',
      '“If people lived here, the shops would follow.”',
    );
    expect(second!['Ravi Sandhu']).toBe(0);
  });
});
