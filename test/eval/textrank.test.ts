import { describe, expect, it } from 'vitest';
import { textRank } from '../../scripts/eval/textrank';

describe('Function: textRank', () => {
  const sentences = [
    'Gardeners planted roses.',
    'The council approved the budget for roads, parks and schools.',
    'Parks will get new benches.',
    'Schools will get new roofs and the roads new surfaces, under the budget the council approved.',
    'A cat slept on the wall.',
  ];

  it('ranks the sentences that share most words with the others highest, and returns them in document order', () => {
    expect(textRank(sentences, 2)).toEqual([1, 3]);
  });

  it('returns every sentence when there are no more than asked for', () => {
    expect(textRank(sentences.slice(0, 2), 3)).toEqual([0, 1]);
  });

  it('is deterministic, ties broken by position', () => {
    expect(textRank(['Alpha beta gamma.', 'Alpha beta gamma.', 'Delta epsilon.'], 1)).toEqual([0]);
  });
});
