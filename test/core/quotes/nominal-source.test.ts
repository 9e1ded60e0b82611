import { describe, expect, it } from 'vitest';
import { readQuotes } from '../../../lambdas/core/quotes/index';
import { layoutBody } from '../../../lambdas/core/sentences';
import type { PolnearArticle } from '../../../scripts/eval/quotes-polnear';
import { nominalSource } from '../../../scripts/train/nominal-source';

/**
 * The training label for a quote PolNeAR attributes to a nominal source
 * without a name: the entity read at its Source span, when that is no person.
 * Invented article; offsets are into its body (file and body coincide here).
 */
const article = layoutBody([
  '“We will appeal the ruling,” a spokeswoman for the port authority said on Monday.',
  'Harbour Minister Lena Okafor said the ruling was fair. “It stands,” the minister added.',
]);
const { tokens, analysis } = readQuotes(article);

function gold(quote: string, source: string, extra: Partial<PolnearArticle['golds'][number]> = {}) {
  const start = article.body.indexOf(quote);
  const sourceStart = article.body.indexOf(source);
  return {
    id: 'fixture',
    start,
    end: start + quote.length,
    text: quote,
    speaker: null,
    headline: false,
    ref: 'nominal',
    source_start: sourceStart,
    source_end: sourceStart + source.length,
    at: { start, end: start + quote.length },
    ...extra,
  };
}

describe('nominalSource (training labels for unnamed sources)', () => {
  it('labels the unnamed source read at the Source span', () => {
    const entity = nominalSource(
      gold('We will appeal the ruling,', 'a spokeswoman for the port authority'),
      tokens,
      analysis,
    );
    expect(entity?.kind).toBe('unnamed');
    expect(entity?.name).toBe('a spokeswoman for the port authority');
  });

  it('leaves out a role we resolved to a named person, and a Source CoreNLP tied to a name', () => {
    expect(nominalSource(gold('It stands,', 'the minister'), tokens, analysis)).toBeUndefined();
    expect(
      nominalSource(
        gold('We will appeal the ruling,', 'a spokeswoman for the port authority', { speaker_silver: 'Ada Ross' }),
        tokens,
        analysis,
      ),
    ).toBeUndefined();
  });

  it('leaves out quotes whose source is a name or a pronoun', () => {
    expect(nominalSource(gold('It stands,', 'the minister', { ref: 'pronoun' }), tokens, analysis)).toBeUndefined();
  });
});
