import { describe, expect, it } from 'vitest';
import { CUE_VERBS, INVERTIBLE_CUES } from '../../../lambdas/core/quotes/lexicon/cue-verbs';
import { inflectedForms } from '../../../lambdas/core/quotes/lexicon/verb-forms';
import { findQuotes } from '../../../lambdas/core/quotes/index';
import { layoutBody } from '../../../lambdas/core/sentences';

describe('speech verbs are listed as lemmas and inflected (lexicon/verb-forms.ts)', () => {
  it('inflects regular, -e, consonant-y, sibilant and doubling verbs', () => {
    expect(inflectedForms({ base: 'argue' })).toEqual(['argues', 'argued', 'arguing']);
    expect(inflectedForms({ base: 'reply' })).toEqual(['replies', 'replied', 'replying']);
    expect(inflectedForms({ base: 'stress' })).toEqual(['stresses', 'stressed', 'stressing']);
    expect(inflectedForms({ base: 'quip', doubles: true })).toEqual(['quips', 'quipped', 'quipping']);
    expect(inflectedForms({ base: 'say', past: 'said' })).toEqual(['says', 'said', 'saying']);
    expect(inflectedForms({ base: 'agree' })).toEqual(['agrees', 'agreed', 'agreeing']);
  });

  it('holds every form of every cue verb, and no bare base that is mostly a noun', () => {
    for (const form of ['remarking', 'speculates', 'retorting', 'alleged', 'chanting', 'testifies'])
      expect(CUE_VERBS.has(form), form).toBe(true);
    for (const noun of ['claim', 'state', 'note', 'report']) expect(CUE_VERBS.has(noun), noun).toBe(false);
  });

  it('reads a reply of disagreement as a cue: the quote after "X disagreed." is his', () => {
    for (const form of ['disagreed', 'rejected', 'dismissed', 'reacted']) expect(CUE_VERBS.has(form), form).toBe(true);
    const quotes = findQuotes(
      layoutBody([
        'Dr Amal Jones warned that waiting lists were growing.',
        '“We are seeing patients who have waited two years for surgery.”',
        'Health Secretary Mark Lyle disagreed with the assessment.',
        '“The service has more doctors than ever before.”',
      ]),
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Amal Jones', 'Mark Lyle']);
  });

  it('lets only cue verbs come before their subject', () => {
    for (const form of INVERTIBLE_CUES) expect(CUE_VERBS.has(form), form).toBe(true);
  });
});

describe('an -s form of a cue verb that is a plural noun (cues.ts)', () => {
  it('reads "offered states billions" as a noun, so the quote goes to the cue after it', () => {
    const quotes = findQuotes(
      layoutBody([
        'In 2011, when Governor Ana Ferris offered states billions in grants, “schools were losing money. They needed it,” Kemble said.',
        '“And she tied that money to the new tests.”',
      ]),
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Kemble', 'Kemble']);
  });

  it('keeps "Ferris states that …" and "posted remarks" as cues', () => {
    const quotes = findQuotes(
      layoutBody([
        'Governor Ana Ferris states that “the grants were fair”.',
        'Her deputy, Tom Kemble, posted remarks online: “We stand by every dollar.”',
      ]),
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Ana Ferris', 'Tom Kemble']);
  });
});
