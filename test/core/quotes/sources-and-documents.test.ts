import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../lambdas/core/quotes/index';
import { confidentSpeaker } from '../../../lambdas/core/quotes/key-quote';
import { layoutBody } from '../../../lambdas/core/sentences';
import { speakers } from '../../helpers/quote-readers';

/**
 * Where the words came from, in the wire and web styles of news after the development sets (issue 14):
 * a platform the words went out on, "per" for "according to", a document no one is said to have written,
 * and a document's author named after "published by". Short articles written for these tests, with
 * invented names.
 */
describe('a platform or programme after "wrote on" is no person (medium-after-cue.ts)', () => {
  it('does not make "Truth Social" the senator of a later "the senator told"', () => {
    expect(
      speakers(
        'Former President Donald Trump attacked the ruling on Saturday. "This is a disgrace," Trump wrote on Truth Social.',
        '"I am not going anywhere," the 81-year-old senator told NBC News.',
      ),
    ).toEqual(['Donald Trump', 'the 81-year-old senator']);
  });
});

describe('"per" after a comma or a quotation is "according to" (cues.ts)', () => {
  it('credits "“…,” per a spokesperson for Gov. Kathy Ng" to the spokesperson surely enough for a card', () => {
    const { quotes } = findQuotes(
      layoutBody([
        '"It is a sad day," Mayor Tom Reed said on Friday.',
        '"We will fight it," per a spokesperson for Gov. Kathy Ng.',
        'Prices rose 5 per cent, "a huge jump," said economist Tom Hale.',
      ]),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Tom Reed', "Kathy Ng's spokesperson", 'Tom Hale']);
    expect(confidentSpeaker(quotes[1]!)).toBe(true);
  });
});

describe('a document no one is said to have written speaks for no one (authorless-documents.ts)', () => {
  it('credits nobody with "per a memo obtained by Axios" or "according to a draft seen by Reuters"', () => {
    expect(
      speakers(
        'Lawmakers met at the Associated Press building on Friday.',
        'The ruling "sets a dangerous precedent," per a memo obtained by Axios.',
        'The plan "would reshape the agency," according to a draft seen by Reuters.',
      ),
    ).toEqual([null, null]);
  });

  it('credits the author of "a report published by UK-based consultancy Tellan" (role-document.ts)', () => {
    expect(
      speakers(
        'Mobile firms met in London on Monday.',
        '"Faster networks will be vital," according to a report published by UK-based research consultancy Tellan.',
      ),
    ).toEqual(['Tellan']);
  });
});

describe('a subject the reader finds no one in speaks for no one (unread-subject.ts)', () => {
  it('credits nobody with the words of "a sign outside the shop" or "the banner", not the speaker before', () => {
    expect(
      speakers(
        'Mayor Tom Reyes said the closure was sad. "It is a loss for the town," he said.',
        'A sign outside the bakery said: "Closed for good. Thank you for forty years of custom."',
        '"We will miss the bread," one placard taped to the window said.',
        'The banner over the old door read: "Gone fishing, for ever."',
      ),
    ).toEqual(['Tom Reyes', null, null, null]);
  });

  it('leaves a subject read as someone ("a woman in the queue") and a definite one ("the prop") to the scorer', () => {
    expect(
      speakers(
        'Owen Price was picked at prop for Saturday. "It is a dream," Price said.',
        'The prop added: "My family will all be there."',
        'A woman in the queue said: "He deserves it."',
      ),
    ).toEqual(['Owen Price', 'Owen Price', 'a woman']);
  });
});

describe('the programme a speaker told is no speaker (candidates.ts isListener)', () => {
  it('does not credit "Five Live" (a number word opens no run, so only "Live" is read) with the words told to it', () => {
    expect(
      speakers(
        'Former world champion Dana Quill has accused young swimmers of lacking hunger.',
        '"Too many of them are happy to make the final," the world 400m record holder told Five Live. "They should want more."',
      ),
    ).toEqual(['Dana Quill', 'Dana Quill']);
  });
});

describe('a clause joined by ", and" has its own subject (cues.ts subjectAfterConjunction)', () => {
  it('credits "…, and Harrow Rovers\' statement to the exchange said:" to the club, not the first clause\'s subject', () => {
    expect(
      speakers(
        'Investor Dale Brock has made a third bid for Harrow Rovers.',
        'Brock already owns a stake in the club, and Harrow Rovers\' statement to the stock exchange said: "The board has noted the speculation."',
      ),
    ).toEqual(['Harrow Rovers']);
  });
});

describe('an unread subject at the very start of the text (unread-subject.ts)', () => {
  it('does not throw when the cue before a quote is the first word of the article', () => {
    expect(speakers('said “ The council met on Tuesday.')).toHaveLength(1);
  });
});

describe('words people in general would say are said by no one (unread-subject.ts, cues.ts)', () => {
  it('credits nobody with "people would say “…”", not the woman whose thoughts the sentence reports', () => {
    expect(
      speakers(
        'Runner Tessa Marr knew she was facing a no-win race. She thought that if she won, people would say "why not in Paris?"',
      ),
    ).toEqual([null]);
  });
});

describe('what something is called in the passive is said by no one (passive-description.ts)', () => {
  it('credits nobody with "has been described as “…”" or "is being billed as “…”", not the thing described', () => {
    expect(
      speakers(
        'Kettlecorp showed its new range on Monday. "We are proud of it," said Anna Berg, a Kettlecorp manager.',
        'Veltra (a new network) has been described as "radio on steroids" and could offer faster downloads. The kettle is being billed as "the first clever kettle". It is what is called an "A" model.',
      ),
    ).toEqual(['Anna Berg', null, null, null]);
  });

  it('leaves the passive gerund after a preposition to the scorer: the subject may be quoting the words', () => {
    expect(
      speakers('Singer Rosa Quint opened up about being described as a "difficult woman" in a magazine profile.'),
    ).toEqual(['Rosa Quint']);
  });
});

describe('a clause after a closed quote that runs on into a quote of its own is no attribution (tokens.ts)', () => {
  it('keeps "“…missed.” Andy Lowe said he would “keep working on it”" from taking the kicker\'s quote', () => {
    expect(
      speakers(
        'Fly-half Tom Reid missed three penalties. "It was not a good strike," he added. "I felt as soon as it hit my boot it had missed. It is very disappointing." Coach Andy Lowe said he would "keep working on the kicking" with the player.',
      ),
    ).toEqual(['Tom Reid', 'Tom Reid', 'Andy Lowe']);
  });
});

describe('a document speaks for the one who wrote it (role-document.ts)', () => {
  it('credits "Her lawsuit, … said …. The coach\'s statements, the suit added, were “…”" to the owner of the lawsuit', () => {
    expect(
      speakers(
        'Sprinter Ana Reyes has sued her former coach over claims she took drugs before the Sydney Olympic Games.',
        'Her lawsuit, filed in a court in Boston, said the sprinter had “never taken banned drugs”. The coach’s statements, the suit added, were “false and malicious”.',
      ),
    ).toEqual(['Ana Reyes', 'Ana Reyes']);
  });

  it('credits "“…,” the suit said" to the one who "filed the suit", not to the body it was filed against', () => {
    expect(
      speakers(
        'Kestrel Music is being sued over its music player.',
        'Tom Pike filed the suit in a court in San Jose and is seeking damages.',
        '“Kestrel has turned an open standard into a trap,” the suit said.',
      ),
    ).toEqual(['Tom Pike']);
  });
});
