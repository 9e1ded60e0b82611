import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../lambdas/core/quotes/index';
import { layoutBody } from '../../../lambdas/core/sentences';
import { runs } from '../../helpers/quote-readers';

/**
 * Naming customs beyond the development sets' US and British news (issue 14): a person named in full and
 * then by a compound surname, or by a family name that comes first. Short articles written for these
 * tests, with invented people.
 */
function speakersOf(...paragraphs: string[]): string[] {
  const { quotes, speakers } = findQuotes(layoutBody(paragraphs));
  expect(quotes.every((q) => q.speaker !== null)).toBe(true);
  return speakers.map((s) => s.name);
}

describe('a compound surname is the person named in full (name-entities.ts namesTheTail)', () => {
  it('reads "Peña Robles" after "Ana María Peña Robles" as her, not as a second person', () => {
    expect(
      speakersOf(
        'The central bank governor, Ana María Peña Robles, spoke in the capital on Monday.',
        '"Inflation is falling," Peña Robles told reporters.',
      ),
    ).toEqual(['Ana María Peña Robles']);
  });

  it('reads "Costa Vidal" as the novelist named before, and "Vidal" alone too', () => {
    expect(
      speakersOf(
        'The novelist Joaquim Costa Vidal returned to Lisbon last week.',
        '"It was a long exile," Costa Vidal said. "I am home," Vidal added.',
      ),
    ).toEqual(['Joaquim Costa Vidal']);
  });

  it('keeps two people apart when the words only share the surname', () => {
    expect(
      speakersOf(
        'At the gala were Ana María Peña Robles and her brother Luis Robles.',
        '"We are proud," Luis Robles said. "So am I," Peña Robles said.',
      ),
    ).toEqual(['Luis Robles', 'Ana María Peña Robles']);
  });

  it('reads a family name that comes first ("Li said" after "Premier Li Wenbo")', () => {
    expect(speakersOf('Premier Li Wenbo met the delegation.', '"We welcome trade," Li said.')).toEqual(['Li Wenbo']);
  });
});

describe('a conjunction opening a sentence is no part of the name after it (lexicon/not-names.ts)', () => {
  it('reads "Gary Holt", not "Neither Gary Holt", and "Jill Stone", not "Either Jill Stone"', () => {
    expect(
      runs('Neither Gary Holt nor Jill Stone will attend.', 'Either Jill Stone or her deputy will speak.'),
    ).toEqual(['Gary Holt:person', 'Jill Stone:person', 'Jill Stone:person']);
  });
});

describe('a common capitalised word is the surname of someone named (name-runs.ts surnameOfNamed)', () => {
  it('reads "Banks" and "Best" after "physio Tom Banks" and "Ellie Best" as those people', () => {
    const body = [
      'Kai Dorne will miss six weeks with a broken toe. "It is frustrating," he said.',
      'Club physio Tom Banks was hopeful of a quick return. "The break is small and he could play next month," Banks told the club website.',
      'Ellie Best, the team doctor, agreed. Best said: "He is healing well."',
    ];
    expect(findQuotes(layoutBody(body)).quotes.map((q) => q.speaker)).toEqual(['Kai Dorne', 'Tom Banks', 'Ellie Best']);
  });

  it('keeps "Banks said" a word of the sentence when the reporter also writes "banks"', () => {
    expect(runs('Tom Banks chairs the panel.', 'Banks said rates would rise, and banks agreed.')).toEqual([
      'Tom Banks:person',
    ]);
  });
});

describe('a sentence adverb set off by a comma is no name (name-runs.ts)', () => {
  it('reads "Specifically, “…”" as the critic named before, and keeps a name of the same length ("Emily, 34,")', () => {
    expect(
      speakersOf(
        'The columnist Mara Quist attacks what she calls the lie of the moment. Specifically, “that the town has been wronged by outsiders. It has not.”',
      ),
    ).toEqual(['Mara Quist']);
    expect(speakersOf('Emily, 34, was at the scene. “It was terrible,” she said.')).toEqual(['Emily']);
  });
});

describe('an adverb opening the sentence is no name (name-runs.ts)', () => {
  it('drops "Originally" before "dubbed" but keeps "Connally" and "Kelly" before "said"', () => {
    expect(runs('Originally dubbed "Pip\'s Guide" the firm took a new name in 1995.')).toEqual([]);
    expect(runs('Connally said it would pass. Kelly said it would not.')).toEqual(['Connally:single', 'Kelly:single']);
  });
});

describe('an approximation or interjection opening a sentence is no name (lexicon/not-names.ts)', () => {
  it('reads "Almost a quarter said" and "Oh, and" as no one', () => {
    const names = runs(
      'Most shoppers said they would buy a phone. Almost a quarter said they would buy “something else”. Oh, and prices rose.',
    );
    expect(names.filter((n) => /^(Almost|Oh):/.test(n))).toEqual([]);
  });
});
