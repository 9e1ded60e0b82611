import { describe, expect, it } from 'vitest';
import { leansOnPrevious } from '../../../lambdas/core/summary/antecedent';
import { rejectReason } from '../../../lambdas/core/summary/chrome';
import { datelineLength } from '../../../lambdas/core/summary/dateline';
import { headline, headlineFromSentence } from '../../../lambdas/core/summary/headline';
import { quoteFragments, quotedShare } from '../../../lambdas/core/summary/quoting';
import { lightStem } from '../../../lambdas/core/summary/stem';
import { sentenceTerms } from '../../../lambdas/core/summary/terms';
import { splitSentences } from '../../../lambdas/core/sentences';

const words = (s: string) => sentenceTerms(s).words;

describe('Function: rejectReason', () => {
  it.each([
    ['By Jane Doe and John Roe, Reuters.', 'byline'],
    ['By .', 'short'],
    ['Breaking News', 'short'],
    ['Accessibility links', 'short'],
    ['Volunteers sort plastic waste at the beach on Saturday morning', 'unfinished'],
    ['Click here to see more pictures from the clean-up day.', 'chrome'],
    ['Scroll down for video of the rescue at the harbour.', 'chrome'],
    ['Follow us on Twitter for more local news and updates.', 'chrome'],
    ['BY JANE DOE, STAFF WRITER', 'byline'],
    ['Video: firefighters battle the blaze at the old mill.', 'chrome'],
    ['Last updated at 4:15 PM on 3rd March 2014 .', 'chrome'],
    ['Copyright 2014 The Associated Press, all of it.', 'chrome'],
    ['14:11 EST, 25 October 2013, London . | .', 'chrome'],
    ['Reporting by Ana Lima; editing by Tom Wells and others.', 'chrome'],
    ['Firefighters tackle the blaze on Main Street (AP Photo/Jane Doe).', 'caption'],
    ['The mayor speaks to reporters outside City Hall. Photo: Reuters.', 'caption'],
    ['In this Dec. 12, 2006, file photo, made available by NASA, two astronauts work outside the station.', 'caption'],
    ['and then the council voted to approve the new budget.', 'unfinished'],
    ['議会は月曜日に新しい図書館の建設を承認した。', null],
    ['SBS 드라마는 막장의 요소가 다분한 작품이다.', null],
  ])('rejects %j as %s', (text, reason) => {
    expect(rejectReason(text, words(text))).toBe(reason);
  });

  it.each([
    'Engineers closed the bridge to all traffic on Tuesday after cracks were found.',
    '"We would rather have a traffic jam than a tragedy," the mayor said.',
    '2024 was the warmest year on record, scientists said on Friday.',
    'By the end of the year, profits had risen by a third to $1.2bn.',
    'By the end of the year profits had risen sharply.',
    'Video game sales rose by 5 percent last year, the trade body said.',
    'Thousands of people sign up for the scheme every month, officials say.',
    'Many economists share this view of the housing market.',
    'Updated figures show that inflation rose again in March.',
  ])('accepts the story sentence %j', (text) => {
    expect(rejectReason(text, words(text))).toBeNull();
  });
});

describe('Function: datelineLength', () => {
  it.each([
    ['WASHINGTON (AP) -- The Senate voted on Tuesday.', 'The Senate voted on Tuesday.'],
    [
      'LONDON, England (CNN) -- Harry Potter star Daniel Radcliffe turned 18.',
      'Harry Potter star Daniel Radcliffe turned 18.',
    ],
    ['(CNN)The first flight left at dawn.', 'The first flight left at dawn.'],
    ['NEW YORK (Reuters) - Fenwell Foods agreed to buy Brightmart.', 'Fenwell Foods agreed to buy Brightmart.'],
    ['BEIRUT, Lebanon — Protesters gathered in the capital.', 'Protesters gathered in the capital.'],
    ['MOSCOW (Interfax) - Officials said the talks had ended.', 'Officials said the talks had ended.'],
    ['NEW DELHI: Nearly 150 people returned home.', 'Nearly 150 people returned home.'],
    ['Indianapolis – Several thousand teachers gathered.', 'Several thousand teachers gathered.'],
    ['New York, NY – The company named a new chief.', 'The company named a new chief.'],
    ['Washington, DC, United States: Getting to the Moon is hard.', 'Getting to the Moon is hard.'],
    ['Hong Kong (CNN Business)A muddled view weighs on investors.', 'A muddled view weighs on investors.'],
    ['JOSEPH, Mich. (AP) — Health authorities report a sixth death.', 'Health authorities report a sixth death.'],
  ])('cuts the dateline of %j', (text, rest) => {
    expect(text.slice(datelineLength(text))).toBe(rest);
  });

  it.each([
    'Apple (AAPL) shares rose 3 percent on Monday.',
    'The Senate voted on Tuesday to pass the bill.',
    'Real Madrid - the Spanish champions - lost again.',
    'Update: the road has reopened.',
    'Warning: The bridge is closed until further notice.',
  ])('finds no dateline in %j', (text) => {
    expect(datelineLength(text)).toBe(0);
  });
});

describe('Function: leansOnPrevious', () => {
  it.each([
    ['He said the talks were useful.', true],
    ["She's expected to resign.", true],
    ['But opponents disagree.', true],
    ['This was the first time in a decade.', true],
    ['It is not clear when the bridge will reopen.', true],
    ['They left before dawn.', true],
    ['However, the plan was rejected.', true],
    ['"But we will not give up," she said.', true],
    ['Israeli courts, however, have declared most settlements legal.', true],
    ['The plan, however, was rejected.', true],
    ['Hezbollah denied the claim.', false],
    ['Theresa May said the vote would go ahead.', false],
    ['The mayor said the bridge was safe.', false],
  ])('%j leans on the previous sentence: %s', (text, leans) => {
    expect(leansOnPrevious(text)).toBe(leans);
  });
});

describe('Function: quoteFragments', () => {
  const flags = (paragraph: string) => quoteFragments(splitSentences(paragraph));

  it('flags every piece of a quotation that spans sentences', () => {
    expect(flags('"We did not see progress. Mr. Smith was a factor. And we want more."')).toEqual([true, true, true]);
  });

  it('keeps a complete quote with its attribution', () => {
    expect(flags('"Nobody will drive over it," she said. The bridge is closed.')).toEqual([false, false]);
  });

  it('keeps the opening piece when the reporter introduces the speaker, flags the rest', () => {
    expect(flags('Coastguard officer Peter Lane said: "They did everything right. They had life jackets."')).toEqual([
      false,
      true,
    ]);
  });

  it('flags the pieces of a quote whose paragraph break was collapsed (a new mark reopens)', () => {
    expect(flags('He said: "We tried hard. "As a result, we won." The team left.')).toEqual([true, true, false]);
  });

  it('reads single quote marks, as the British press uses them, without taking apostrophes for quotes', () => {
    expect(flags("'They did everything right. They had life jackets.' The yacht sank.")).toEqual([true, true, false]);
    expect(flags("The sailors' boat sank. Jones' crew didn't panic. Rescuers called it 'textbook' work.")).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('forgets a mark left open for more than a few sentences', () => {
    expect(flags('He said "one. Two. Three. Four. Five. Six.')).toEqual([true, true, true, true, false, false]);
  });

  it('measures the quoted share of a sentence', () => {
    expect(quotedShare('"abcd" he said')).toBeCloseTo(4 / 12);
    expect(quotedShare("'abcd' he said")).toBeCloseTo(4 / 12);
    expect(quotedShare('No quotes here.')).toBe(0);
  });
});

describe('Function: lightStem', () => {
  it.each([
    ['talks', 'talk'],
    ['talked', 'talk'],
    ['talking', 'talk'],
    ['created', 'creat'],
    ['create', 'creat'],
    ['stopped', 'stop'],
    ['ponies', 'pony'],
    ['classes', 'class'],
    ['bus', 'bus'],
    ['analysis', 'analysis'],
  ])('%s → %s', (word, stem) => {
    expect(lightStem(word)).toBe(stem);
  });
});

describe('Function: sentenceTerms', () => {
  it('keeps distinct content stems and counts names and numbers', () => {
    const t = sentenceTerms("Kerry's talks with Lavrov: the talks lasted 3 hours.");
    expect(t.terms).toEqual(['kerry', 'talk', 'lavrov', 'last', 'hour']);
    expect(t.words).toBe(9);
    expect(t.specifics).toBe(2);
  });

  it('counts words as a reader does: "U.S.-Russia" is one word, each Han character one', () => {
    expect(sentenceTerms('The U.S.-Russia talks ended.').words).toBe(4);
    expect(sentenceTerms('議会は承認した。').words).toBe(7);
  });
});

describe('Function: headline', () => {
  it('keeps the title, without a trailing site name', () => {
    expect(headline('Kerry and Lavrov hold talks - VOA News', 'x')).toBe('Kerry and Lavrov hold talks');
    expect(headline('Storm hits coast - live updates', 'x')).toBe('Storm hits coast - live updates');
  });

  it.each([
    [
      'The city of Marlow will ban cars from its historic centre on weekends, officials said on Wednesday.',
      'The city of Marlow will ban cars from its historic centre on weekends',
    ],
    [
      'A powerful winter storm knocked out electricity to more than 200,000 homes and businesses along the coast on Sunday, as winds toppled trees.',
      'A powerful winter storm knocked out electricity to more than 200,000 homes and businesses along the coast on Sunday',
    ],
    [
      'Officials in the northern province confirmed that the long-delayed construction of the new hospital and the two schools would finally begin next spring after years of disputes.',
      'Officials in the northern province confirmed that the long-delayed construction of the new hospital…',
    ],
    ['Prices rose by 3 percent, according to the statistics office.', 'Prices rose by 3 percent'],
  ])('writes a headline from %j', (sentence, want) => {
    expect(headlineFromSentence(sentence)).toBe(want);
  });
});
