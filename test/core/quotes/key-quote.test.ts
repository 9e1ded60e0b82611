import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../lambdas/core/article';
import { keyQuote, readsAsTitle } from '../../../lambdas/core/quotes/key-quote';

const quote = (text: string, partial = false): Quote => ({
  text,
  partial,
  speaker: 'Marta Quispe',
  confidence: 1,
  start: 0,
  end: text.length,
  paragraph: 0,
});

describe('The key quote on a card', () => {
  it('is not a title the speaker cited', () => {
    const title = quote('Fair Harbours Plan for the Northern Coast');
    const said = quote('We will build the quay before winter,');
    expect(keyQuote([title, said])).toBe(said);
    expect(keyQuote([title])).toBeUndefined();
  });

  it('tells a title from speech by capitals and the clause’s end', () => {
    expect(readsAsTitle('Fair Harbours Plan for the Northern Coast')).toBe(true);
    expect(readsAsTitle('Oaxaca and Lima signed it in Quito,')).toBe(false);
    expect(readsAsTitle('a total disaster')).toBe(false);
    expect(readsAsTitle('Harbour')).toBe(false);
  });
});
