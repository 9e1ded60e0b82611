import { describe, expect, it } from 'vitest';
import { SPAN_MODEL } from '../../../lambdas/core/quotes/span-model';
import { layoutBody } from '../../../lambdas/core/sentences';
import type { PolnearArticle } from '../../../scripts/eval/quotes-polnear';
import { decideAll } from '../../../scripts/train/spans-data';

/**
 * The labels `npm run train:spans` fits on, read from an invented article and
 * gold lines written the way PolNeAR's are (offsets into the body).
 */
const article = layoutBody([
  'Varga said the budget was "a fair deal for families" and walked out.',
  'Her rival found the plan "cheap" and said so.',
  'The so-called "peace dividend" never arrived. Tickets for "The Long Winter" sold out.',
  'He called the strike "a disgrace to the city" on Friday.',
]);

function line(text: string, extra: Partial<PolnearArticle['golds'][number]> = {}): PolnearArticle['golds'][number] {
  const start = article.body.indexOf(text);
  return {
    id: 'fixture',
    start,
    end: start + text.length,
    text,
    speaker: 'Varga',
    headline: false,
    at: { start, end: start + text.length },
    ...extra,
  };
}

const fixture: PolnearArticle = {
  id: 'fixture',
  article,
  golds: [
    line('a fair deal for families'),
    line('cheap', { optional: true, speaker: null, why: 'short' } as Partial<PolnearArticle['golds'][number]>),
    line('peace dividend', { optional: true, speaker: null, why: 'no-attribution' } as Partial<
      PolnearArticle['golds'][number]
    >),
    line('a disgrace to the city', { optional: true, speaker: null, why: 'discarded-text' } as Partial<
      PolnearArticle['golds'][number]
    >),
  ],
};

describe('span labels for train:spans', () => {
  const labelled = decideAll([fixture], SPAN_MODEL);
  const labelOf = (text: string) => labelled.find((s) => s.evidence.text === text)?.label;

  it('a gold quote and an attributed one-word piece are quotations', () => {
    expect(labelOf('a fair deal for families')).toBe(true);
    expect(labelOf('cheap')).toBe(true);
  });

  it('a region left unattributed is not; a span matching no line at all is not', () => {
    expect(labelOf('peace dividend')).toBe(false);
    expect(labelOf('The Long Winter')).toBe(false);
  });

  it('other "don\'t care" lines are left out of the fit', () => {
    expect(labelOf('a disgrace to the city')).toBeNull();
  });

  it('records whether the hand rules keep each span, and its features', () => {
    const term = labelled.find((s) => s.evidence.text === 'peace dividend')!;
    expect(term.rulesKeep).toBe(false);
    expect(labelled.find((s) => s.evidence.text === 'a fair deal for families')!.rulesKeep).toBe(true);
    expect(term.x).toHaveLength(SPAN_MODEL.features.length);
  });
});
