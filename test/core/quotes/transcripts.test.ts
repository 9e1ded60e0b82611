import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../lambdas/core/quotes/index';
import { findQuoteSpans } from '../../../lambdas/core/quotes/marks';
import { layoutBody } from '../../../lambdas/core/sentences';
import { runs, speakers } from '../../helpers/quote-readers';

/**
 * Interview transcripts quoted in an article (issue 14): each turn opens on its speaker's label, inside
 * one quotation that runs on over paragraphs or as "Label: “…”" lines. Short articles written for these
 * tests, with invented names.
 */
const INTRO = 'Senator Jane Holloway sat down with radio host Mark Tibbs on Tuesday. Part of the exchange follows.';

/** The quoted words of each span found in these paragraphs. */
function quoted(...paragraphs: string[]): string[] {
  const article = layoutBody(paragraphs);
  return findQuoteSpans(article).map((s) => article.body.slice(s.start, s.end));
}

describe('a transcript quoted over paragraphs is one quotation per turn (transcript-turns.ts)', () => {
  const transcript = [
    INTRO,
    '"TIBBS: Do you think the governor should resign over the scandal?',
    '"HOLLOWAY: I think the voters of this state deserve better than what they have seen this year.',
    '"And I will keep saying so.',
    '"TIBBS: So that is a yes?',
    '"HOLLOWAY: It is a yes."',
    'Holloway later said she stood by the remarks.',
  ];

  it('cuts the quotation at each labelled paragraph, the label left out, a turn over two paragraphs kept whole', () => {
    expect(quoted(...transcript)).toEqual([
      'Do you think the governor should resign over the scandal?',
      'I think the voters of this state deserve better than what they have seen this year.\n\n"And I will keep saying so.',
      'So that is a yes?',
      'It is a yes.',
    ]);
  });

  it('credits each turn to the speaker its label names, read as the person the article names in full', () => {
    expect(speakers(...transcript)).toEqual(['Mark Tibbs', 'Jane Holloway', 'Mark Tibbs', 'Jane Holloway']);
  });

  it('keeps words before the first label as a quotation of their own', () => {
    expect(
      quoted(INTRO, '"The full exchange was short.', '"TIBBS: Will you run again?', '"HOLLOWAY: I will not."'),
    ).toEqual(['The full exchange was short.', 'Will you run again?', 'I will not.']);
  });

  it('leaves a quotation whole when its labelled paragraphs carry one label only', () => {
    const article = [
      'The senator read the letter aloud.',
      '"Note: the department has offered no evidence for the change.',
      '"We ask that you withdraw it at once."',
    ];
    expect(quoted(...article)).toEqual([
      'Note: the department has offered no evidence for the change.\n\n"We ask that you withdraw it at once.',
    ]);
  });
});

describe('labels that name no speaker are headings, not turns (transcript-turns.ts)', () => {
  it('leaves a statement with "Background:" and "Response:" paragraphs whole, credited to no heading', () => {
    const article = [
      'Veltrix Foods sent a statement on Monday. It read:',
      '"Background: The plant opened in 1990 and employs 400 people.',
      '"Response: We deny every one of the claims made by the union."',
    ];
    expect(quoted(...article)).toHaveLength(1);
    expect(speakers(...article)).not.toContain('Background');
  });

  it('splits turns labelled by names the reporter uses outside the quotation ("Tibbs:" after Mark Tibbs)', () => {
    expect(
      speakers(
        INTRO,
        '"Tibbs: Do you think the governor should resign?',
        '"Holloway: I think the voters deserve better."',
      ),
    ).toEqual(['Mark Tibbs', 'Jane Holloway']);
  });
});

describe('an interviewer labelled "Q:" is no speaker (name-runs.ts, interview-questions.ts)', () => {
  const qa = [
    'Senator Jane Holloway spoke to reporters on Tuesday. Part of the exchange follows.',
    '"Q: Do you think the governor should resign over the scandal?',
    '"A: I think the voters of this state deserve better than what they have seen this year.',
    '"Q: So that is a yes?',
    '"A: It is a yes, and I will say so again tomorrow."',
  ];

  it('reads no name in a lone capital letter', () => {
    expect(runs(...qa).filter((run) => /^[QA]:/.test(run))).toEqual([]);
  });

  it('credits the questions to nobody and leaves the answers to the one interviewed', () => {
    expect(speakers(...qa)).toEqual([null, 'Jane Holloway', null, 'Jane Holloway']);
  });

  it('credits nobody with a question in a "Q: “…”" line either', () => {
    const found = findQuotes(
      layoutBody([
        'Senator Jane Holloway spoke to reporters.',
        'Q: "Do you think the governor should resign?"',
        'A: "I think the voters deserve better."',
      ]),
    ).quotes;
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['Do you think the governor should resign?', null],
      ['I think the voters deserve better.', 'Jane Holloway'],
    ]);
  });
});

describe('a label in capitals with an office: "MAYOR REYES:" (run-kind.ts, name-entities.ts)', () => {
  it('reads the office as a title and the name as a person, shown as names are written', () => {
    const article = layoutBody([
      'The council meeting ran late into the night. A transcript of the exchange follows.',
      '"MAYOR REYES: We will not raise taxes this year.',
      '"COUNCILLOR PAGE: Then how will you pay for the new library?',
      '"MAYOR REYES: Through savings elsewhere."',
    ]);
    const { quotes, speakers: found } = findQuotes(article);
    expect(quotes.map((q) => q.speaker)).toEqual(['Reyes', 'Page', 'Reyes']);
    expect(found.find((s) => s.name === 'Reyes')).toMatchObject({ kind: 'person', key: 'reyes' });
  });
});
