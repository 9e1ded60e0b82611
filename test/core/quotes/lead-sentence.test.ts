import { describe, expect, it } from 'vitest';
import { toCleanArticle } from '../../../lambdas/core/pipeline';
import { FEATURE_NAMES } from '../../../lambdas/core/quotes/features';
import { findQuotes, readQuotes } from '../../../lambdas/core/quotes/index';

/** Made-up copy: quotes with no cue of their own after a sentence of the reporter's about someone. */
const feature = FEATURE_NAMES.indexOf('subject of the sentence right before, no cue here');

/** For each quote, the candidates that carry the feature. */
function leads(...paragraphs: string[]): string[][] {
  const { attributed } = readQuotes(toCleanArticle({ title: 'Harbour town', paragraphs }));
  return attributed.map((a) => a.candidates.filter((c) => c.x[feature] === 1).map((c) => c.entity.name));
}

describe('the subject of the sentence right before a quote with no cue (lead-sentence.ts)', () => {
  it('marks the person that sentence is about, not the one it merely names', () => {
    expect(
      leads(
        'Lena Marsh has fished from the harbour for thirty years. Marsh spent last winter ashore after storms wrecked the boat Tom Reed sold her. "Since then, I have not slept a full night."',
      ),
    ).toEqual([['Lena Marsh']]);
  });

  it('does not mark them when the quote names them or speaks of them as "she"', () => {
    expect(
      leads(
        '"We will rebuild the harbour wall," said Mayor Ann Ode. Lena Marsh spent last winter ashore. "Lena lost more than anyone."',
      ),
    ).toEqual([[], []]);
    expect(
      leads(
        '"We will rebuild the harbour wall," said Mayor Ann Ode. Lena Marsh spent last winter ashore. "She lost more than anyone."',
      ),
    ).toEqual([[], []]);
  });

  it('marks no one when the sentence before holds a quote, or the quote has a cue or opens its paragraph', () => {
    expect(leads('Lena Marsh calls the wall "a disgrace". "Nobody listens to us."')).toEqual([[], []]);
    expect(leads('Lena Marsh spent last winter ashore. "Nobody listens to us," said Tom Reed.')).toEqual([[]]);
    expect(leads('Lena Marsh spent last winter ashore.', '"Nobody listens to us."')).toEqual([[]]);
  });

  it('credits such a quote to the one the sentence is about, where another is named beside her', () => {
    const { quotes } = findQuotes(
      toCleanArticle({
        title: 'Marsh closes in',
        paragraphs: [
          'Lena Marsh won again at Harwich on Sunday, her third win in a row as she tries to overtake Ruth Cole at the top of the rankings. Marsh spent five weeks at the top last summer before a back injury let Cole back in front. "Since then, I feel very strong on the water and my boat is quick. I want the top spot back before the autumn."',
        ],
      }),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Lena Marsh']);
  });
});
