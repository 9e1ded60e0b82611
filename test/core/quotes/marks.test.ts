import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../lambdas/core/quotes/marks';
import { layoutBody } from '../../../lambdas/core/sentences';

/** The quoted words of each span found in these paragraphs. */
function quoted(...paragraphs: string[]): string[] {
  const article = layoutBody(paragraphs);
  return findQuoteSpans(article).map((s) => article.body.slice(s.start, s.end));
}

describe('findQuoteSpans', () => {
  it.each([
    ['straight double marks', ['"We won," she said.'], ['We won,']],
    ['curly double marks', ['“We won,” she said.'], ['We won,']],
    ['guillemets', ['«Nous avons gagné», a-t-elle dit.'], ['Nous avons gagné']],
    [
      'guillemets set off by spaces, closing the paragraph',
      ['The minister, Jean Roche, said: « We will not give in. »'],
      ['We will not give in.'],
    ],
    [
      'German marks: a low opening mark, closed by the mark English opens with',
      ['„Das ist falsch“, sagte Anna Weber. „Wir bleiben“, sagte sie.'],
      ['Das ist falsch', 'Wir bleiben'],
    ],
    [
      'a space before the closing mark',
      ['"It was a great end to a great year. " Hayes said so.'],
      ['It was a great end to a great year.'],
    ],
    ['a quote closed and reopened', ['"That is all." "Thank you," he said.'], ['That is all.', 'Thank you,']],
    ['the inch sign', ['He is 5\' 10" tall and "very fit", she said.'], ['very fit']],
    ['apostrophes are not quotes', ["It's the players' day, and Kerry's too."], []],
    ['headline claim marks are left out', ["Minister 'angry' at leak", 'The minister said so.'], []],
    ['nested single marks stay inside', ['"Ask \'why\' first," he said.'], ["Ask 'why' first,"]],
    [
      'an opening curly mark typed for the closing one',
      ['“It is unusual,“ said Ana Lenz. “It is hard.”'],
      ['It is unusual,', 'It is hard.'],
    ],
    [
      'a closing straight mark with the space after it lost',
      ['"This ad raises questions,"Ana Lenz said. "More will come."'],
      ['This ad raises questions,', 'More will come.'],
    ],
    [
      'two apostrophes as double marks (NYT style)',
      ["''We won,'' Ms. Ode said. ''It's late.''"],
      ['We won,', "It's late."],
    ],
    [
      'two apostrophes around a phrase, next to an apostrophe',
      ["He called it ''the players' deal'' on Friday."],
      ["the players' deal"],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoted(...paragraphs)).toEqual(expected);
  });

  it('reads a quoted sentence with a dash and a name after it as a quote, not a headline: "“…” — Ana Lenz"', () => {
    expect(
      quoted('“We will win this seat back.” — Ana Lenz, at a rally in Pellston', 'Why “Nobody” matters — Analysis'),
    ).toEqual(['We will win this seat back.']);
  });

  it('reads the same line with a spaced hyphen for the dash, as copy that lost its dashes prints it', () => {
    expect(
      quoted(
        '“My mother asked who the man on stage was. Same, Mum.” - Lia Moss (@liamoss) October 9, 2016',
        '“Nobody” - a film review',
      ),
    ).toEqual(['My mother asked who the man on stage was. Same, Mum.']);
  });

  it('reads an embedded post that ends on a link, then "— Author (@handle) date", as a quote, not a headline', () => {
    expect(
      quoted(
        '“Read the plan before you attack it https://t.co/abc123” ― Dana Whitcomb (@dwhitcomb) March 6, 2016',
        'Why “Nobody” matters — Analysis',
      ),
    ).toEqual(['Read the plan before you attack it https://t.co/abc123']);
  });

  it('joins a quote that runs over paragraphs into one span', () => {
    const article = layoutBody(['She said: "First part.', '"Second part."']);
    const spans = findQuoteSpans(article);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.multiParagraph).toBe(true);
    expect(article.body.slice(spans[0]!.start, spans[0]!.end)).toBe('First part.\n\n"Second part.');
  });

  it('joins a two-apostrophe quote that runs over paragraphs, with the marks outside the span', () => {
    const article = layoutBody(["Mr. Ode said: ''First part.", "''Second part.'' Then he left."]);
    const spans = findQuoteSpans(article);
    expect(spans.map((s) => article.body.slice(s.start, s.end))).toEqual(["First part.\n\n''Second part."]);
    expect(article.body.slice(spans[0]!.outerStart, spans[0]!.start)).toBe("''");
    expect(article.body.slice(spans[0]!.end, spans[0]!.outerEnd)).toBe("''");
  });

  it('joins a quote whose paragraph breaks were collapsed into one line', () => {
    const spans = findQuoteSpans(layoutBody(['He said: "One thing. "Another thing," he added.']));
    expect(spans).toHaveLength(1);
    expect(spans[0]!.multiParagraph).toBe(true);
  });

  it('ends a quote the source never closed where the reporter takes over', () => {
    expect(quoted('He added: "We survived so far. Most firms said they were investing in new tools.')).toEqual([
      'We survived so far.',
    ]);
  });

  it('keeps single-mark quotes in British style, straight or curly', () => {
    expect(quoted("'We will appeal against this ruling,' the club said.")).toEqual([
      'We will appeal against this ruling,',
    ]);
    expect(quoted('‘We will appeal against this ruling,’ the club’s lawyer said.')).toEqual([
      'We will appeal against this ruling,',
    ]);
  });
});

describe('pull quotes (pull-quotes.ts)', () => {
  it('drops a paragraph that only repeats words quoted elsewhere, and keeps the quotation with its speaker', () => {
    expect(
      quoted(
        'Residents were told to leave their homes.',
        '“We have never seen anything like this”',
        'The agency said levels would peak on Tuesday.',
        '“We have never seen anything like this,” said farmer Bill Cray.',
      ),
    ).toEqual(['We have never seen anything like this,']);
  });

  it('keeps a quote-only paragraph said once, and a short phrase said twice', () => {
    expect(
      quoted('Ana Ruiz spoke first.', '“We will rebuild this town together.”', '“No comment,” said Tom Hale.'),
    ).toEqual(['We will rebuild this town together.', 'No comment,']);
    expect(quoted('“No comment”', 'Asked again, Tom Hale said: “No comment.”')).toEqual(['No comment', 'No comment.']);
  });
});
