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
