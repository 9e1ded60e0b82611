import { describe, expect, it } from 'vitest';
import { speakers } from '../../helpers/quote-readers';

/**
 * In the passive the subject is not who spoke: the one judged ("has been criticised for"), the thing named
 * ("is labelled as"), the one told. Short articles written for these tests, with invented names.
 */
describe('a partial quote after "has been criticised for" is said by no one named (passive-judgement.ts)', () => {
  it('credits nobody with "Channel Nine has been criticised for sending “offensive” and “threatening” letters"', () => {
    expect(
      speakers(
        'Broadcaster Channel Nine has been criticised for sending "offensive" and "threatening" letters to viewers.',
        'Rugby side Tonga have been heavily criticised for the absence of their usual "island flair", but captain Sione Vea sees hope.',
      ),
    ).toEqual([null, null, null]);
  });

  it('credits nobody with "an attendant suspended over “…” says…": a participle of judgement with its reason is a passive', () => {
    expect(
      speakers(
        'A US airline attendant suspended over "inappropriate images" on her blog says she has been fired.',
        'Coach Tom Reid, fined for "improper conduct" last week, said he was "very sorry".',
      ),
    ).toEqual([null, null, 'Tom Reid']);
  });

  it('credits nobody with "was hailed for his “…”": praise in the passive is the judges\' words too', () => {
    expect(speakers('Director Kim Seo, who has made 60 films, was hailed for his "bold and tender vision".')).toEqual([
      null,
    ]);
  });

  it('leaves the subject\'s own words to the scorer: "fined for calling a referee “…”", "her “…” remark"', () => {
    expect(
      speakers(
        'Coach Brian Mott has been fined £2,000 for calling a referee "a disgrace".',
        'Mayor Jan Holt was criticised for her "lazy voters" remark.',
      ),
    ).toEqual(['Brian Mott', 'Jan Holt']);
  });

  it('leaves a cue before the passive to the scorer: its subject chose the words', () => {
    expect(
      speakers(
        'Golf club president Ray Dent suggested that the troubles of rivals could be blamed on their focus on "the business of selling houses".',
      ),
    ).toEqual(['Ray Dent']);
  });
});

describe('quotes joined in a list after a passive of naming share its reading (passive-description.ts)', () => {
  it('credits nobody with each of "is labelled as either “joke” or “price”", not only the first', () => {
    expect(
      speakers(
        'Security firm Norvex found the new worm Krell.B. The attachment bearing it is labelled as either "joke" or "price".',
      ),
    ).toEqual([null, null]);
  });

  it('credits nobody with "described as “…” and “…” by scouts who saw them": an agent the article does not know', () => {
    expect(speakers('The band Spire were later described as "pretty dull" and "odd" by scouts who saw them.')).toEqual([
      null,
      null,
    ]);
  });

  it('leaves "described as “a gem” by Ann Lee" to the scorer: the article names the agent', () => {
    expect(speakers('Critic Ann Lee saw the film twice. The film was described as "a gem" by Lee.')).toEqual([
      'Ann Lee',
    ]);
  });
});

describe('the subject of a passive "was told" listened (told-in-passive.ts)', () => {
  it('credits nobody with "Ms Marsh was told her suspension was a result of “inappropriate” images"', () => {
    expect(
      speakers(
        'Flight attendant Ellen Marsh has been fired by Orbit Air.',
        'Ms Marsh was told her suspension was a result of "inappropriate" images. She said she was "shocked" by the decision.',
      ),
    ).toEqual([null, 'Ellen Marsh']);
  });
});

describe('a participle of naming that opens its sentence is a passive too (passive-description.ts)', () => {
  it('credits nobody with "Originally dubbed “…” the firm adopted…", not the firm', () => {
    expect(
      speakers(
        'Web firm Zentrix is ten.',
        'Originally dubbed "Jon\'s Guide to the Web" the firm adopted its name later. Billed as "the first clever kettle", the Brew went on sale.',
      ),
    ).toEqual([null, null]);
  });
});
