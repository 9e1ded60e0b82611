import { describe, expect, it } from 'vitest';
import { lcsIndices, rouge, rougeLsum, rougeN, tokenize } from '../../scripts/eval/rouge';

/** All expected figures below are worked out by hand. */
describe('Function: tokenize', () => {
  it('lower-cases, splits on anything but [a-z0-9], stems words longer than three letters', () => {
    expect(tokenize("The U.S. President's talks, running late: 2-1!")).toEqual([
      'the',
      'u',
      's',
      'presid',
      's',
      'talk',
      'run',
      'late',
      '2',
      '1',
    ]);
  });

  it('can leave words unstemmed', () => {
    expect(tokenize('Running meetings', false)).toEqual(['running', 'meetings']);
  });
});

describe('Function: rougeN', () => {
  const cand = tokenize('the cat sat on the mat');
  const ref = tokenize('the cat is on the mat');

  it('ROUGE-1: the×2, cat, on, mat match: P = R = 5/6', () => {
    const s = rougeN(cand, ref, 1);
    expect(s.precision).toBeCloseTo(5 / 6);
    expect(s.recall).toBeCloseTo(5 / 6);
    expect(s.f1).toBeCloseTo(5 / 6);
  });

  it('ROUGE-2: "the cat", "on the", "the mat" of 5 bigrams each: 3/5', () => {
    expect(rougeN(cand, ref, 2).f1).toBeCloseTo(3 / 5);
  });

  it('clips repeated n-grams to the count on the other side', () => {
    // candidate "the the the" vs reference "the cat": 1 match; P = 1/3, R = 1/2, F = 0.4.
    const s = rougeN(['the', 'the', 'the'], ['the', 'cat'], 1);
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
    expect(s.f1).toBeCloseTo(0.4);
  });

  it('gives 0 for an empty candidate', () => {
    expect(rougeN([], ref, 1)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('matches after stemming: "talks" and "talking" both give "talk"', () => {
    expect(rougeN(tokenize('talks'), tokenize('talking'), 1).f1).toBe(1);
  });
});

describe('Function: lcsIndices', () => {
  it('finds the positions in the reference of one longest common subsequence', () => {
    expect(lcsIndices(['a', 'b', 'c', 'd', 'e'], ['a', 'c', 'x', 'e'])).toEqual([0, 2, 4]);
    expect(lcsIndices(['a', 'b'], ['c'])).toEqual([]);
  });
});

describe('Function: rougeLsum', () => {
  it("unions each reference sentence's LCS with every candidate sentence (Lin 2004, section 3.2)", () => {
    // r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8 (LCS w1 w2); c2 = w1 w3 w8 w9 w5 (LCS w1 w3 w5).
    // Union: w1 w2 w3 w5 = 4 hits. R = 4/5, P = 4/10, F = 2·0.8·0.4/1.2 = 8/15.
    const r = [['w1', 'w2', 'w3', 'w4', 'w5']];
    const c = [
      ['w1', 'w2', 'w6', 'w7', 'w8'],
      ['w1', 'w3', 'w8', 'w9', 'w5'],
    ];
    const s = rougeLsum(c, r);
    expect(s.recall).toBeCloseTo(4 / 5);
    expect(s.precision).toBeCloseTo(4 / 10);
    expect(s.f1).toBeCloseTo(8 / 15);
  });

  it('counts each token at most as often as it occurs on both sides', () => {
    // Both reference sentences "a b" match the single candidate "a b", but it holds one a and one b:
    // hits = 2, R = 2/4, P = 2/2, F = 2/3.
    const s = rougeLsum(
      [['a', 'b']],
      [
        ['a', 'b'],
        ['a', 'b'],
      ],
    );
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.precision).toBe(1);
    expect(s.f1).toBeCloseTo(2 / 3);
  });

  it('is blind to sentence order, unlike sentence-level ROUGE-L', () => {
    const a = rougeLsum(
      [
        ['x', 'y'],
        ['p', 'q'],
      ],
      [
        ['p', 'q'],
        ['x', 'y'],
      ],
    );
    expect(a.f1).toBe(1);
  });
});

describe('Function: rouge', () => {
  it('scores a summary against a reference, both as sentences', () => {
    const s = rouge(['The cat sat on the mat.'], ['The cat is on the mat.']);
    expect(s.rouge1.f1).toBeCloseTo(5 / 6);
    expect(s.rouge2.f1).toBeCloseTo(3 / 5);
    // LCS: the cat on the mat = 5 of 6 on both sides.
    expect(s.rougeLsum.f1).toBeCloseTo(5 / 6);
  });

  it('counts bigrams across sentence boundaries, as over one text', () => {
    // Tokens a b | c d vs a b c d: bigrams ab, bc, cd all match.
    expect(rouge(['a b.', 'c d.'], ['a b c d.']).rouge2.f1).toBe(1);
  });
});
