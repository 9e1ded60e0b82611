import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lambdas/core/pipeline';
import { SAMPLE_ARTICLE_TEXT } from '../../../lambdas/local/sample-article';

/** The article `npm start` stores: what a newcomer's first `/news quote` shows. */
describe('the sample article of npm start', () => {
  const { quotes } = analyze({ text: SAMPLE_ARTICLE_TEXT });
  const saidBy = (speaker: string) => quotes.filter((q) => q.speaker === speaker).map((q) => q.text);

  it("credits the baker only with her own words, not the councillor's", () => {
    expect(saidBy('Marta Okafor')).toEqual(['Every morning I counted the cars that did not come,']);
  });

  it('credits the councillor who "called the overrun" a lesson with that partial quote', () => {
    const mensah = quotes.filter((q) => q.speaker === 'David Mensah');
    expect(mensah.map((q) => q.text)).toEqual([
      'a lesson in what happens when maintenance is put off for thirty years',
    ]);
    expect(mensah[0]?.partial).toBe(true);
  });

  it("shows a role that opened its sentence in lower case after the name (the capital was the sentence's)", () => {
    const engineer = quotes.find((q) => q.speaker === 'Tomasz Lindqvist');
    expect(engineer?.speakerRole).toBe("the council's chief engineer");
  });
});
