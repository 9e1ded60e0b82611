import { describe, expect, it } from 'vitest';
import { toCleanArticle } from '../../../lambdas/core/pipeline';
import { regexBaseline } from '../../../scripts/eval/quotes-baseline';
import {
  emptyScore,
  type PolnearArticle,
  paragraphPieces,
  polnearSpeakerRight,
  predictionOfEachGold,
  scoreArticle,
} from '../../../scripts/eval/quotes-polnear';

/** A made-up article, scored to the PolNeAR rules eval:quotes uses. */
const article = toCleanArticle({
  title: 'Council votes',
  paragraphs: [
    '"We will build it," Mayor Ann Ode said.',
    'He added: "It will open in May."',
    'Critics called it a "folly" again.',
  ],
});
const at = (text: string) => {
  const start = article.body.indexOf(text);
  return { start, end: start + text.length };
};
const gold: PolnearArticle = {
  id: 'fixture',
  article,
  golds: [
    {
      id: 'fixture',
      text: 'We will build it,',
      speaker: 'Ode',
      headline: false,
      ref: 'name',
      ...at('We will build it,'),
      at: at('We will build it,'),
    },
    {
      id: 'fixture',
      text: 'It will open in May.',
      speaker: null,
      headline: false,
      ref: 'pronoun',
      ...at('It will open in May.'),
      at: at('It will open in May.'),
    },
    { id: 'fixture', text: 'folly', speaker: null, optional: true, headline: false, ...at('folly'), at: at('folly') },
  ],
};

describe('PolNeAR scoring', () => {
  it('matches a surname to a full name and drops titles, but not two different full names', () => {
    expect(polnearSpeakerRight('Ann Ode', 'Ode')).toBe(true);
    expect(polnearSpeakerRight('Sen. Ode', 'Ann Ode')).toBe(true);
    expect(polnearSpeakerRight('Bob Ode', 'Ann Ode')).toBe(false);
    expect(polnearSpeakerRight(null, 'Ode')).toBe(false);
  });

  it('drops academic, military and clerical titles and generational suffixes like honorifics', () => {
    expect(polnearSpeakerRight('Tomasz Wilk', 'Professor Wilk')).toBe(true);
    expect(polnearSpeakerRight('Ines Abara', 'Admiral Abara')).toBe(true);
    expect(polnearSpeakerRight('Kofi Mensah III', 'Kofi Mensah')).toBe(true);
    expect(polnearSpeakerRight('Ines Abara', 'Admiral Wilk')).toBe(false);
  });

  it('matches an acronym with the name whose capitalised words it abbreviates, either side', () => {
    expect(polnearSpeakerRight('Harbour Workers Alliance', 'HWA')).toBe(true);
    expect(polnearSpeakerRight('HWA', 'Harbour Workers Alliance')).toBe(true);
    expect(polnearSpeakerRight('Harbour Workers Alliance', 'HWU')).toBe(false);
    expect(polnearSpeakerRight('Harbour Alliance', 'HWA')).toBe(false);
  });

  it("counts named quotes for the joint figure, pronoun quotes for spans only, and ignores don't-care lines", () => {
    const score = emptyScore();
    const predicted = [
      { ...at('We will build it,'), text: 'We will build it,', speaker: 'Ann Ode' },
      { ...at('It will open in May.'), text: 'It will open in May.', speaker: 'Somebody Else' },
      { ...at('folly'), text: 'folly', speaker: null },
    ];
    scoreArticle(score, gold, predicted);
    expect(score).toMatchObject({
      gold: 2,
      pred: 2,
      spanHits: 2,
      namedGold: 1,
      jointPred: 1,
      namedMatched: 1,
      speakerHits: 1,
    });
  });

  it('gives the regex baseline the nearest "NAME said" of the paragraph', () => {
    const found = regexBaseline(article);
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['We will build it,', 'Mayor Ann Ode'],
      ['It will open in May.', null],
      ['folly', null],
    ]);
  });
});

describe('a quote over paragraphs, scored against PolNeAR records of one paragraph each', () => {
  it('cuts a prediction at each paragraph break; every piece keeps the speaker and its prediction', () => {
    const text = 'We will build it.\n\nIt will open in May.';
    const pieces = paragraphPieces([{ start: 10, end: 10 + text.length, text, speaker: 'Ann Ode' }]);
    expect(pieces.map((p) => [p.text, p.start, p.end, p.speaker, p.of])).toEqual([
      ['We will build it.', 10, 27, 'Ann Ode', 0],
      ['It will open in May.', 29, 49, 'Ann Ode', 0],
    ]);
  });

  it('tells the error study which prediction matched each record, every record a quote over paragraphs matched', () => {
    const paragraphs = ['Ann Ode spoke.', '"We will build it.', '"It will open in May," she said.'];
    const over = toCleanArticle({ title: 'Council votes', paragraphs });
    const span = (text: string) => {
      const start = over.body.indexOf(text);
      return { start, end: start + text.length };
    };
    const record = (text: string) => ({
      id: 'x',
      text,
      speaker: 'Ode',
      headline: false,
      ...span(text),
      at: span(text),
    });
    const whole = 'We will build it.\n\n"It will open in May,';
    const records = { id: 'x', article: over, golds: [record('We will build it.'), record('It will open in May,')] };
    expect(predictionOfEachGold(records, [{ ...span(whole), text: whole, speaker: 'Ann Ode' }])).toEqual([0, 0]);
    expect(predictionOfEachGold(records, [])).toEqual([-1, -1]);
  });
});
