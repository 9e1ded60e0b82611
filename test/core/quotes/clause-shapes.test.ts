import { describe, expect, it } from 'vitest';
import { readQuotes } from '../../../lambdas/core/quotes/index';
import { layoutBody } from '../../../lambdas/core/sentences';
import { speakers } from '../../helpers/quote-readers';

/**
 * Shapes of the reporter's sentence that hid the speaker's name from the cue verb, found among the wrong
 * speakers of US political news (issue 14). Short articles written for these tests, with invented names.
 */
describe('a person "of Town, State" speaks, not the state (hometown.ts)', () => {
  it('credits "Dana Whitfield of Columbia, South Carolina says" to Dana Whitfield, with or without a comma after', () => {
    const opening = 'Tom Reyes said the budget was fine. “We have done well,” he said.';
    expect(
      speakers(
        opening,
        'Dana Whitfield of Columbia, South Carolina says the council should keep “doing what it is doing.”',
      ),
    ).toEqual(['Tom Reyes', 'Dana Whitfield']);
    expect(
      speakers(opening, 'Dana Whitfield of Austin, Texas, says the council should keep “doing what it is doing.”'),
    ).toEqual(['Tom Reyes', 'Dana Whitfield']);
  });

  it('still credits the name after a role "of" a body ("the director of Acme, Bob Jones said")', () => {
    expect(
      speakers(
        'Tom Reyes said the budget was fine. “We have done well,” he said.',
        'The director of Acme, Bob Jones said the council should keep “doing what it is doing.”',
      ),
    ).toEqual(['Tom Reyes', 'Bob Jones']);
  });
});

describe('a name and a description set off by commas after a question is its attribution (attribution-past-aside.ts)', () => {
  const opening = 'Tom Reyes said the budget was fine. “We have done well,” he said.';
  it('credits "“How do we win it?” Will Porter, the county chairman, said of the meeting." to Will Porter', () => {
    expect(
      speakers(
        opening,
        'Local leaders say the mayor asked many questions. “How do we win it?” Will Porter, the county chairman, said of the meeting.',
      ),
    ).toEqual(['Tom Reyes', 'Will Porter']);
  });

  it('leaves a clause that leads into the next quote (a colon, or words up to its mark) to that quote', () => {
    const found = speakers(
      opening,
      '“I will keep going.” Ana Ruiz, who lost to him last year, said: “He is the favourite now.”',
    );
    expect(found[1]).not.toBe('Ana Ruiz');
    expect(found[2]).toBe('Ana Ruiz');
    const ledIn = speakers(opening, '“Is it over?” Ana Ruiz, a council member, said the vote was “a farce.”');
    expect(ledIn[1]).not.toBe('Ana Ruiz');
    expect(ledIn[2]).toBe('Ana Ruiz');
  });
});

describe("a quote inside what someone's claim says is theirs (speech-noun-content.ts)", () => {
  const opening = 'Mayor Rosa Ortega spoke on Monday about the plan. “It is a good plan,” she said.';
  it('credits "Ortega criticised Governor Lena Park\'s claim that the city had “…,” saying…" to Lena Park', () => {
    expect(
      speakers(
        opening,
        'Ortega criticised Governor Lena Park’s claim that the city had “wasted every cent,” saying it was untrue.',
      ),
    ).toEqual(['Rosa Ortega', 'Lena Park']);
    expect(
      speakers(opening, 'Ortega was battered by Governor Lena Park’s conclusion that her plan was “a mess.”'),
    ).toEqual(['Rosa Ortega', 'Lena Park']);
  });

  it("reads the claim as no turn of its owner: the quotes after it stay with the sentence's own speakers", () => {
    expect(
      speakers(
        opening,
        'Ortega criticised Governor Lena Park’s claim that the city had “wasted every cent,” saying it was untrue. “We spent every dollar with care.”',
      ),
    ).toEqual(['Rosa Ortega', 'Lena Park', 'Rosa Ortega']);
    expect(
      speakers(
        opening,
        'In a statement, council member Tom Hale called Governor Lena Park’s assertion of a “duty to act” “pure theatre.”',
      ),
    ).toEqual(['Rosa Ortega', 'Lena Park', 'Tom Hale']);
  });

  it('leaves to the cue a quote that calls the claim something ("…\'s claim that the city is broke is “…”")', () => {
    expect(
      speakers(opening, 'Ortega said that Lena Park’s claim that the city is broke is “simply not true.”'),
    ).toEqual(['Rosa Ortega', 'Rosa Ortega']);
    expect(speakers(opening, 'Ortega said Lena Park’s comments were “deeply unfair.”')).toEqual([
      'Rosa Ortega',
      'Rosa Ortega',
    ]);
  });
});

describe('"a firm called X" names the firm and reports no words (naming-participle.ts)', () => {
  it('keeps "Tom Hale, at a consulting firm called Northgate Advisory, argues that … “…”" with Tom Hale', () => {
    expect(
      speakers(
        'Analysts at the Eastern Policy Forum have watched the region for years. “Trade is only the start,” said Lena Park, who leads the forum.',
        'But Tom Hale, at a consulting firm called Northgate Advisory, argues that as the loans grow, “its political weight will rise,” too.',
      ),
    ).toEqual(['Lena Park', 'Tom Hale']);
  });

  it('still reads "called" with a speaker before it as a cue', () => {
    expect(speakers('Senator Dora Ruiz called the plan “a reckless gamble” on Monday.')).toEqual(['Dora Ruiz']);
  });
});

describe('role words before a name stop at a word that opens a clause (name-runs.ts rolePrefixBefore)', () => {
  it('reads "after Clinton spokesman Brian Fallon praised…" as a clause of its own, not part of the name', () => {
    expect(
      speakers(
        'Campaign aides mostly ignore the advice.',
        '“In breaking news,” Axelrod tweeted last January, “Clinton wins a full endorsement from her press secretary,” after Clinton spokesman Brian Fallon praised his boss online.',
      ),
    ).toEqual(['Axelrod', 'Axelrod']);
  });
});

describe('"in an interview" after a speech verb belongs to that verb (setting-phrase.ts)', () => {
  it('does not make the one told ("told MSNBC\'s Rachel Maddow in an interview") a speaker of the next quote', () => {
    expect(
      speakers(
        'Sanders has argued the rules are unfair.',
        '“It is absurd that 400 party leaders backed her before anyone ran,” Sanders told MSNBC’s Rachel Maddow in an interview last week. “That stacks the deck against any outsider.”',
      ),
    ).toEqual(['Sanders', 'Sanders']);
  });
});

describe('"went on" ending its clause is a cue (lexicon/cue-verbs.ts, cues.ts, tokens.ts)', () => {
  const opening = 'Mayor Rosa Ortega spoke to reporters on Monday. “We will win,” she said.';
  it('credits "“Is it not a fine day?” Ortega went on, as if she had not heard. “…”" to Ortega', () => {
    expect(
      speakers(
        opening,
        'Governor Lena Park answered her at length. “Is it not a fine day for the city?” Ortega went on, as if she had not heard. “We will win this vote.”',
      ),
    ).toEqual(['Rosa Ortega', 'Rosa Ortega', 'Rosa Ortega']);
  });

  it('does not read "went on to win" or "went on television" as speech', () => {
    const article = layoutBody([
      opening,
      'Governor Lena Park went on to win the seat, and went on television. “It is a fine day for the city,” Ortega said.',
    ]);
    const { tokens, analysis } = readQuotes(article);
    expect(analysis.cues.map((c) => tokens[c.token]!.lower)).not.toContain('went');
  });
});

describe('a possessive owns a speech noun after the quote that names it (cues.ts speechNounAfter)', () => {
  it('credits "President Dora Ruiz\'s “if you want your plan, you can keep it” promise" to Dora Ruiz', () => {
    expect(
      speakers(
        'Insurers have raised prices again this year.',
        'Unions have fought the tax for years. It is the pull of President Dora Ruiz’s “if you want your plan, you can keep it” promise: many of them traded wages for rich plans.',
      ),
    ).toEqual(['Dora Ruiz']);
  });
});

describe('a "former" before a capitalised office keeps its holder the subject of the clause (office-qualifier.ts)', () => {
  it('credits the participle "chiding him" and a later "he said" to "Former Governor Ray Olsen", not to the one chided', () => {
    expect(
      speakers(
        'Tom Brandt defended the budget on Monday. “It is a fair plan,” Brandt said.',
        'Former Governor Ray Olsen clashed with Brandt during the hearing, chiding him, “What does it matter now?”',
        'Former Secretary of State Ray Olsen met Tom Brandt in March. He said the deal was “a fair one.”',
      ),
    ).toEqual(['Tom Brandt', 'Ray Olsen', 'Ray Olsen']);
  });

  it('does the same after a fronted phrase ("On Monday, former Governor Ray Olsen …")', () => {
    expect(
      speakers(
        'Tom Brandt defended the budget on Monday. “It is a fair plan,” Brandt said.',
        'On Monday, former Governor Ray Olsen clashed with Brandt during the hearing, chiding him, “What does it matter now?”',
      ),
    ).toEqual(['Tom Brandt', 'Ray Olsen']);
  });
});

describe('a pronoun after "said" opens the reported clause (cues.ts, role-phrase.ts)', () => {
  const opening = 'The council meets on Thursday to vote on the plan.';
  it('credits "X, a description, said she thinks city councillors “are going to…”" to X', () => {
    expect(
      speakers(
        opening,
        'Ada Lenz, director of the Harbor Fund, a local charity, said she thinks city councillors "are going to lose the vote badly."',
      ),
    ).toEqual(['Ada Lenz']);
  });

  it('does not take a name inside the reported clause for an inverted subject', () => {
    expect(
      speakers(
        opening,
        'Nia Ford, a spokeswoman for the Greenway Trust, a group that backs the plan, said she believes Mayor Tom Brandt "has already lost the vote."',
      ),
    ).toEqual(['Nia Ford']);
  });
});

describe('a participle after the object of a preposition hangs on the clause (participle-after-object.ts)', () => {
  const opening = 'Tom Brandt defended the budget on Monday. “It is a fair plan,” Brandt said.';
  it('credits "replied on Facebook writing", "posted a message on Twitter saying", "to the Tribune saying" to the subject', () => {
    expect(
      speakers(
        opening,
        'The Greenway Trust posted a message on Twitter saying “the plan is a disgrace.”',
        'Ellen Park replied to the question on Facebook writing, “Yes, I will.”',
        'Ray Olsen answered reporters at City Hall saying “we are not done yet.”',
        'Nia Ford sent a letter to the Tribune saying the plan “will not survive the winter.”',
      ),
    ).toEqual(['Tom Brandt', 'Greenway Trust', 'Ellen Park', 'Ray Olsen', 'Nia Ford']);
  });

  it('leaves "with X noting" to X, the participle\'s own subject', () => {
    expect(
      speakers(
        opening,
        'Both Ray Olsen and Ada Lenz saw the vote as a sign of trouble, with Lenz noting “a few hundred votes here and there.”',
      ),
    ).toEqual(['Tom Brandt', 'Ada Lenz']);
  });
});

describe('an owner between an inverted cue and the name (cues.ts isOwner, run-kind.ts pluralPossessive)', () => {
  const opening = 'The council will vote on the new parking charges next week.';
  it('credits "…," said Harlow Radio\'s Ann Lee / said the Gazette\'s Tom Pike to the person, not the owner', () => {
    expect(
      speakers(
        opening,
        'The plan is “far too costly for most of the town”, said Harlow Radio’s Ann Lee.',
        'Traders say it is “a disaster waiting to happen”, said the Gazette’s Tom Pike.',
      ),
    ).toEqual(['Ann Lee', 'Tom Pike']);
  });

  it('reads an owner ending in s with a bare apostrophe: "said Kestrel News\' Jo Marsh", "said PBS\' Ravi Shah"', () => {
    expect(
      speakers(
        opening,
        'The charges are “far too high for most families”, said Kestrel News’ Jo Marsh.',
        'Showing the vote live was “the least we could do”, said PBS’ Ravi Shah.',
      ),
    ).toEqual(['Jo Marsh', 'Ravi Shah']);
  });
});

describe('a sentence that only reports someone’s words leads the quote after it (reported-lead.ts)', () => {
  it('credits a quote with no cue to the one the sentence before brought in, not the speaker before', () => {
    expect(
      speakers(
        'Singer Dana Voss pulled out of the gala at the last minute. She said: "I am so sorry, but my doctors have told me to rest." Her co-star Mark Bell attended instead. The show\'s producer Alan Reece said he was sad that Voss could not come.',
        '"It is a real pity. We all know she has not been well for weeks."',
      ),
    ).toEqual(['Dana Voss', 'Alan Reece']);
  });
});

describe('"called for" with a quotation right after it quotes the caller (cues.ts)', () => {
  it("credits \"when Mr. Dunmore, who …, called for a ''culture war''\" to Dunmore, not to those who said they feared it", () => {
    expect(
      speakers(
        'Ray Olsen is almost certain to win a prime-time slot at the convention.',
        "Some Democrats said they feared a repeat of the 1992 convention, when Mr. Dunmore, who had failed to win the nomination, called for a ''culture war'' against ''liberals and radicals.''",
      ),
    ).toEqual(['Dunmore', 'Dunmore']);
  });
});

describe('a name between a noun and a cue opens a relative clause without "that" (reduced-relative.ts)', () => {
  it('credits "the model Ana Reyes, an honor Olsen said he hoped would be “…”" to Olsen, not to Ana Reyes', () => {
    expect(
      speakers(
        'In 1977, Ray Olsen asked his brother Tom to be the best man at his wedding to the model Ana Reyes, an honor Olsen said he hoped would be “a good thing for him.”',
        'Nia Ford gave the job to Lena Vogt, a choice Ford said she made “with great care.”',
      ),
    ).toEqual(['Ray Olsen', 'Nia Ford']);
  });
});

describe('a count before a name makes the -s word after it a plural noun (counted-plural.ts)', () => {
  it('credits "it has classified 22 Vogt emails as “top secret”" to the State Department, not to Vogt', () => {
    expect(
      speakers(
        'Ray Olsen, a former aide, set up the server in 2009.',
        'The State Department has said that, at the request of intelligence agencies, it has classified 22 Vogt emails as “top secret” and will not release them.',
      ),
    ).toEqual(['State Department']);
  });
});

describe('a speech noun owned by "his", "her" or "its" is the nearest fitting mention\'s (pronoun-owner.ts)', () => {
  it('credits "X stood by his comment Monday that “…”", "attacked Olsen over his remark that" and "its claim that"', () => {
    expect(
      speakers(
        'Tom Brandt wrote a book about the party in 2005.',
        'As the debate went on and Ray Olsen stood by his comment Monday that “the city hates us,” Lenz tried again.',
        'Ada Lenz attacked Olsen over his remark that the plan was “a fraud.”',
        'The Harbor Trust has dropped its claim that the mayor “broke the law.”',
      ),
    ).toEqual(['Ray Olsen', 'Ray Olsen', 'Harbor Trust']);
  });
});

describe('a cue in a clause a subordinating word opens is no attribution of the quote before it (quote-context.ts)', () => {
  it('credits "attacked “false” and “cruel” magazines, … after they reported she was ill" to the subject, not to "they"', () => {
    expect(
      speakers(
        'Singer Ana Reyes cancelled her tour this week.',
        'Reyes has attacked “false” and “cruel” gossip magazines, questioning their honesty after they reported she was ill.',
      ),
    ).toEqual(['Ana Reyes', 'Ana Reyes']);
  });

  it('keeps a cue that closes the sentence after a clause of cause: "is “a disaster” because it costs too much, Pike said"', () => {
    expect(
      speakers(
        'The council will vote on the plan today.',
        'The plan is “a disaster” because it costs too much, Tom Pike said.',
      ),
    ).toEqual(['Tom Pike']);
  });
});

describe('a capitalised office after the words that say whose it is (office-prefix.ts, run-kind.ts)', () => {
  it('credits "“…,” Lenz campaign Chairman Sam Dunmore told …" and "state party Chairman Eli Marsh said" to the holder', () => {
    expect(
      speakers(
        'Senator Ada Lenz is expected to win the primary next week.',
        '“We will want a person at the head of the party who can unite it,” Lenz campaign Chairman Sam Dunmore told The Harbor Post in an interview Thursday at the convention.',
        '“We are not worried,” state party Chairman Eli Marsh said.',
      ),
    ).toEqual(['Sam Dunmore', 'Eli Marsh']);
  });

  it("reads the words before the office as the attribution's, not as a new clause that cuts the cue off", () => {
    expect(
      speakers(
        'Senator Ada Lenz is expected to win the primary next week. “I will unite the party,” Lenz said on Monday.',
        '“We will want a person at the head of the party who can unite it,” Lenz campaign Chairman Sam Dunmore told The Harbor Post in an interview Thursday at the convention.',
      ),
    ).toEqual(['Ada Lenz', 'Sam Dunmore']);
  });
});

describe('a name set before the quote as its label is its speaker (introducer-lead.ts)', () => {
  it('credits each item of a list of managers’ words, run on as one paragraph, to the name that labels it', () => {
    expect(
      speakers(
        'Kenton beat Hollis 2-0 on Saturday, with both goals coming after the break.',
        '- Hollis boss Mick Dane: "We had a good chance to take the lead. "But we let them dictate the pace." - Kenton boss Alan Fryer: "It was not our best display but we deserved the points."',
      ),
    ).toEqual(['Mick Dane', 'Alan Fryer']);
  });
});

describe('an inverted subject described by a participle and its agent (cues.ts participleWithAgent)', () => {
  it('credits "“…,” said one musician quoted by the report" to the musician, not to the body the report is about', () => {
    expect(
      speakers(
        'The record industry body Kestrel Sound has sued thousands of people. But the report suggests this campaign lacks the backing of musicians. It found that most artists saw file-sharing as both good and bad.',
        '“Free downloading has killed chances for new bands,” said one musician quoted by the report.',
      ),
    ).toEqual(['one musician']);
  });
});
