import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../lambdas/core/quotes/index';
import { layoutBody } from '../../../lambdas/core/sentences';
import { runs, speakers } from '../../helpers/quote-readers';

/**
 * Roles and organisations as speakers, in the way business and politics
 * news names them (issue 14): "the home secretary" is the person introduced
 * as home secretary, "the company's chief executive" the person named in that
 * office, an analyst "of" a firm is a person. Short articles written for
 * these tests, with invented names.
 */
describe('a role phrase resolves to the person the article gave that office (role-fit.ts)', () => {
  it('reads sport positions as person roles: "said the Sale full-back" is the player, not the club', () => {
    expect(
      speakers(
        'Skipper Jason Robson believes there is nothing wrong with the mood in the camp.',
        '“There is no lack of confidence in the team,” said the Sale full-back.',
        '“There are so many great players on the circuit,” said the Gloucester fly-half, Simon Amory.',
      ),
    ).toEqual(['Jason Robson', 'Simon Amory']);
  });

  const cabinet = [
    'Home Secretary Rafael Moreno and Foreign Secretary Leila Nasser both spoke at the conference.',
    'Shadow home secretary Goran Petrovic later attacked the plans.',
  ];

  it('tells the home secretary from the foreign secretary and from the shadow home secretary', () => {
    expect(
      speakers(
        ...cabinet,
        '“We will secure our borders,” the home secretary told delegates.',
        '“Our alliances have never been stronger,” the foreign secretary said.',
        '“None of this is funded,” the shadow home secretary said.',
      ),
    ).toEqual(['Rafael Moreno', 'Leila Nasser', 'Goran Petrovic']);
  });

  it('credits nobody named when the office is none the article gave anyone', () => {
    const found = speakers(
      'Shadow home secretary Goran Petrovic attacked the plans.',
      '“Our alliances have never been stronger,” the foreign secretary said.',
    );
    expect(found).not.toContain('Goran Petrovic');
  });

  it('does not make "the prime minister" (or his spokesman) the Home Office minister named before', () => {
    const found = speakers(
      'Home Office minister Dorota Kaminska said the system was working.',
      '“She is doing a difficult job well,” the prime minister’s official spokesman told reporters.',
      '“We back her fully,” the prime minister said.',
    );
    expect(found.slice(1)).not.toContain('Dorota Kaminska');
    expect(found[1]).not.toMatch(/Kaminska/);
    expect(
      speakers(
        'Home Office minister Dorota Kaminska and Prime Minister Tomas Varga visited the port.',
        '“She is doing a difficult job well,” the prime minister’s official spokesman told reporters.',
      ),
    ).toEqual(["Tomas Varga's spokesman"]);
  });

  it('keeps "the chancellor" from the shadow chancellor named after her', () => {
    expect(
      speakers(
        'The chancellor, Amara Okonkwo, set out her budget on Wednesday.',
        'Shadow chancellor Pieter de Vries called it a gamble.',
        '“Our economy is stronger than at any time in a generation,” the chancellor told MPs.',
      ),
    ).toEqual(['Amara Okonkwo']);
  });
});

describe('a role that ties someone to the story, not to a job (resolve-role.ts)', () => {
  const courtReport = [
    'A man who attacked a shop worker has been jailed for four years.',
    'Daniel Hart, 34, punched Priya Shah at the store in Lindford in March, a court heard.',
  ];

  it('credits "the victim said" to the victim, not to the attacker the report is about', () => {
    expect(speakers(...courtReport, '“I was terrified he would come back,” the victim said in a statement.')).toEqual([
      'the victim',
    ]);
  });

  it('credits "the mother said" to an unnamed mother, not the man in focus', () => {
    expect(speakers(...courtReport, '“We are relieved it is over,” the mother said outside court.')).toEqual([
      'the mother',
    ]);
  });

  it('still credits a job title no one was given to the person in focus: "the 34-year-old driver"', () => {
    expect(
      speakers(
        'Lena Voss won the race in Montreal on Sunday after starting from fifth on the grid.',
        '“The car was perfect all weekend,” the driver said.',
      ),
    ).toEqual(['Lena Voss']);
  });
});

describe('an office read as the person in focus is a guess, not a role they keep (resolve-role.ts)', () => {
  it('credits "the prime minister" to the prime minister once named, not to the man it was guessed to be before', () => {
    const found = speakers(
      'Party spokesman Victor Hale said both parties had failed. “Neither has been straight with people,” he said.',
      'A Downing Street spokesman said the prime minister had “full confidence” in the minister.',
      'Tomas Grady later told reporters: “She is doing a fine job.” The prime minister added that the reforms would go ahead.',
      '“We are not going to back down,” he said.',
    );
    expect(found.at(-1)).toBe('Tomas Grady');
  });
});

describe('a name after "a spokesman for the campaign," (run-kind.ts)', () => {
  it('reads the name as the spokesman, a person, and keeps him one person when named again by surname', () => {
    expect(runs('A spokesman for the Hale campaign, Brian Tolland, declined to comment.')).toContain(
      'Brian Tolland:person',
    );
    expect(
      speakers(
        'A spokesman for the Hale campaign, Brian Tolland, declined to comment.',
        'But Tolland later told reporters: “We are confident.”',
      ),
    ).toEqual(['Brian Tolland']);
  });

  it('reads the name after a phrase that opens the sentence ("Early in his campaign, Tom Hale") as its subject', () => {
    expect(runs('Early in his campaign, Tom Hale attacked Ana Ruiz.')).toContain('Tom Hale:person');
    expect(
      speakers(
        'Ana Ruiz will not attend the convention.',
        'Early in his campaign, Tom Hale attacked Ruiz, calling her, among other things, “a failed candidate.”',
      ),
    ).toEqual(['Tom Hale']);
  });

  it('still reads the name after "the editor of the newspaper," that describes a person named before as the paper', () => {
    expect(runs('Gia Marin, the editor of the city’s evening newspaper, La Voce Nuova, said it.')).toContain(
      'La Voce Nuova:organisation',
    );
  });
});

describe('"the Florida senator": the place before the office (role-fit.ts, entities.ts)', () => {
  it('credits the senator the article tied to that state, not the senator named last', () => {
    const found = speakers(
      'Florida Sen. Marco Dunlin backed the bill on Monday.',
      'Sen. Tom Hale opposed it. “This is a waste of money,” he said.',
      '“It will help families across the country,” the Florida senator said.',
    );
    expect(found).toEqual(['Tom Hale', 'Marco Dunlin']);
  });

  it('does not give "the Ohio senator" to a senator the article tied to no state', () => {
    const found = speakers(
      'Sen. Tom Hale opposed the bill. “This is a waste of money,” he said.',
      'Ruth Amberley, a teacher, disagreed.',
      '“It will help families across the country,” the Ohio senator said.',
    );
    expect(found[1]).not.toBe('Tom Hale');
  });
});

describe('people news names by their post (lexicon/roles.ts)', () => {
  it('credits "a senior backbencher told the BBC" to the backbencher, not to the BBC', () => {
    expect(speakers('Later, a senior Conservative backbencher told the BBC the exchange had been “bruising”.')).toEqual(
      ['a senior Conservative backbencher'],
    );
  });

  it('credits "the councillor said" to the councillor the article named', () => {
    expect(
      speakers(
        'Councillor Amira Bashir, who chairs the planning committee, backed the scheme.',
        'Residents objected to the height of the tower.',
        '“We listened to every objection,” the councillor said.',
      ),
    ).toEqual(['Amira Bashir']);
  });
});

describe('an organisation the article does not name (resolve-role.ts, role-phrase.ts)', () => {
  it('names it as the reporter did: "a coalition of charities", which "the group" then refers to', () => {
    expect(
      speakers(
        'Ministers have been urged to act on child poverty by a coalition of charities.',
        'In a letter to the Chancellor, the group said the figures were “a national scandal”.',
      ),
    ).toEqual(['a coalition of charities']);
  });
});

describe('the one spoken to (candidates.ts)', () => {
  it('gives "he told the BBC" confidently to him: the BBC is only spoken to', () => {
    const found = findQuotes(
      layoutBody([
        'The plans will now go to the housing minister, Tom Webb.',
        '“I will look at them carefully,” he told the BBC.',
      ]),
    ).quotes;
    expect(found.map((q) => q.speaker)).toEqual(['Tom Webb']);
    expect(found[0]!.confidence).toBeGreaterThan(0.8);
  });
});

describe('a party named before a role (run-kind.ts)', () => {
  it('reads "Liberal Democrat spokesman Steve Vale" as a party and its spokesman, not two people', () => {
    expect(runs('Liberal Democrat spokesman Steve Vale said both parties had failed.')).toEqual([
      'Liberal Democrat:organisation',
      'Steve Vale:person',
    ]);
  });
});

describe("an organisation's office holder (resolve-role.ts)", () => {
  it('resolves "the company\'s chief executive" to the person named as the firm\'s chief executive', () => {
    expect(
      speakers(
        'Kestrel Engineering’s chief executive, Oskar Lund, said 300 jobs would go.',
        'Unions reacted angrily to the news.',
        '“This was a very hard decision,” the company’s chief executive said.',
      ),
    ).toEqual(['Oskar Lund']);
  });

  it('reads a name that owns a chief executive or shareholders as an organisation (run-kind.ts)', () => {
    expect(runs('Kestrel Engineering’s chief executive resigned.')).toEqual(['Kestrel Engineering’s:organisation']);
    expect(runs('Vesna Horvat’s shareholders met.')).toEqual(['Vesna Horvat’s:organisation']);
    expect(runs('Vesna Horvat’s husband met them.')).toEqual(['Vesna Horvat’s:person']);
  });
});

describe('a person "of" an organisation (run-kind.ts)', () => {
  it('cuts "Tobias Klein of Hartmann Securities" before "of": the analyst speaks, not a firm named after him', () => {
    expect(runs('“Demand is weak,” said Tobias Klein of Hartmann Securities.')).toEqual(['Tobias Klein:person']);
    expect(speakers('“Demand is weak,” said Tobias Klein of Hartmann Securities.')).toEqual(['Tobias Klein']);
    expect(speakers('Ngozi Eze of Meridian Global said: “Rates will stay high.”')).toEqual(['Ngozi Eze']);
  });

  it('keeps organisations that are named "X of Y" whole', () => {
    expect(runs('The Bank of Vestmark kept rates on hold.')).toEqual(['Bank of Vestmark:organisation']);
    expect(runs('The Democratic Republic of Sarnia said so.')).toEqual(['Democratic Republic of Sarnia:organisation']);
  });
});

describe('a knight or dame called by the given name (name-entities.ts)', () => {
  it('makes "Sir Aled" the Sir Aled Price named before', () => {
    expect(
      speakers(
        'Sir Aled Price, director general of the employers’ federation, said firms were worried.',
        '“Business needs stability,” Sir Aled said.',
      ),
    ).toEqual(['Aled Price']);
  });
});

describe('gender from pronouns (resolve-pronoun.ts)', () => {
  it('learns no gender from a pronoun inside a clause: "accused him of promises he could not keep"', () => {
    expect(
      speakers(
        'Prime Minister Tomas Varga promised to cut taxes.',
        'Opposition leader Ingrid Halvorsen accused him of making promises he could not keep.',
        '“This is a government that has run out of ideas,” she said.',
      ),
    ).toEqual(['Ingrid Halvorsen']);
  });
});

describe('the person described next to an organisation (cues.ts)', () => {
  it('takes "Dave Okoro of the public sector union Unitas said" for the person, not the union', () => {
    expect(speakers('Dave Okoro of the public sector union Unitas said the cuts were “unacceptable”.')).toEqual([
      'Dave Okoro',
    ]);
  });

  it('reads "said Varga constituent Dan Holm when asked" as the constituent speaking, a whole quote', () => {
    const { quotes } = findQuotes(
      layoutBody([
        'Tomas Varga will headline a fundraiser on Friday.',
        '“Anyone who breaks the law should go,” said Varga constituent Dan Holm when asked about the event.',
      ]),
    );
    // Without the cue's subject the reporter's words around the quote would make it partial.
    expect(quotes.map((q) => [q.speaker, q.partial])).toEqual([['Dan Holm', false]]);
  });

  it('credits "said the EU was insisting on “unbalanced” terms" to the one who said it, not to the EU', () => {
    expect(
      speakers(
        'The EU chief negotiator, Michel Barrand, said there had been “no significant progress”.',
        'His UK counterpart, Dan Frome, said the EU was insisting on “unbalanced” terms.',
      ),
    ).toEqual(['Michel Barrand', 'Dan Frome']);
  });

  it('reads the party and state after a legislator ("R-Texas", "D-Ariz.") as no name', () => {
    expect(
      speakers(
        '“They had a deal and they walked away,” said Sen. Mara Ortez, D-Ariz., one of the negotiators.',
        'Rep. Tom Hadlow, R-Texas, who chairs the House Homeland Security Committee, called the bill “dead on arrival”.',
      ),
    ).toEqual(['Mara Ortez', 'Tom Hadlow']);
  });

  it('reads "MP" in capitals as the post it is: "the York Central MP said", "One Labour MP said", "An MP said"', () => {
    expect(
      speakers(
        'Backbencher Rachel Maskall said the cuts would push people “into poverty”.',
        '“I cannot vote for this,” the York Central MP said.',
        'One Labour MP said the plans were “a disaster”. An MP said the vote was “close”.',
      ),
    ).toEqual(['Rachel Maskall', 'Rachel Maskall', 'one Labour MP', 'an MP']);
  });

  it('keeps the words between an owner and the role: "Labour’s shadow chancellor", not "Labour’s chancellor"', () => {
    expect(speakers('Labour’s shadow chancellor said the Tories were “fighting among themselves”.')).toEqual([
      "Labour's shadow chancellor",
    ]);
  });

  it('reads "Another Tory MP, who did not want to be named," as an unnamed MP, not a person called "Tory MP"', () => {
    expect(
      speakers(
        'Another Tory MP, who did not want to be named, told the BBC the chancellor was “living in a fantasy world”.',
      ),
    ).toEqual(['another Tory MP']);
  });

  it('reads "said ONS director of economic statistics Dara Moran" as Dara Moran, not the office', () => {
    expect(
      speakers(
        'The Office for National Statistics (ONS) said all three main sectors had contracted.',
        '“Services, production and construction all fell back,” said ONS director of economic statistics Dara Moran.',
      ),
    ).toEqual(['Dara Moran']);
  });
});

describe('hyphenated given names (name-runs.ts)', () => {
  it('keeps a lower-case second syllable inside a name', () => {
    expect(runs('Foreign Minister Jae-won Park met his counterpart.')).toEqual([
      'Foreign Minister Jae-won Park:person',
    ]);
    // Alone, at a sentence start, the same shape is an ordinary word.
    expect(runs('Long-term rates fell.')).toEqual([]);
  });
});

describe('parties and organisations by their full names', () => {
  it('makes "Labour" alone the party, which "it" then refers to (run-kind.ts)', () => {
    expect(runs('Labour said the plans would cost £35bn.')).toEqual(['Labour:organisation']);
    expect(
      speakers('Labour said the Tory plans would cost £35bn.', '“They simply do not add up,” it said in a statement.'),
    ).toEqual(['Labour']);
  });

  it('names "a spokeswoman for the regulator" with the regulator the article named (resolve-role.ts)', () => {
    expect(
      speakers(
        'The Pensions Regulator said it was “concerned” about the deficit.',
        'A spokeswoman for the regulator added: “We are talking to the trustees.”',
      ),
    ).toEqual(['Pensions Regulator', 'a spokeswoman for the Pensions Regulator']);
  });

  it('takes "the Farrow union" for the union it names, not the firm the article is about (resolve-role.ts)', () => {
    expect(
      speakers(
        'Shares in Kestrel Mills fell after the firm cut its forecast.',
        'Kestrel Mills said it would cut 400 jobs. The Farrow union said the cuts were “a betrayal of loyal staff”.',
        '“We will fight every one of these job losses,” the union added.',
      ),
    ).toEqual(['Farrow', 'Farrow']);
  });

  it('reads a kind of organisation opening the sentence as a description of the one named after it (run-kind.ts)', () => {
    expect(speakers('Watchdog Fair Fares said: “Passengers are paying more for less.”')).toEqual(['Fair Fares']);
    expect(runs('Regulator Ofwatt said it would act.')).toEqual(['Regulator Ofwatt:organisation']);
    // An office before a full name is still the person's title.
    expect(runs('Regulator Patrick Neary said it would act.')).toEqual(['Regulator Patrick Neary:person']);
  });

  it('gives "a statement" no author of its own: the person who issued it speaks (resolve-role.ts)', () => {
    expect(
      speakers(
        'Several pressure groups attacked the plan on Monday.',
        'Open Roads Alliance director Ines Sauer issued a statement saying the plan “has no place in a fair transport policy”.',
      ),
    ).toEqual(['Ines Sauer']);
  });

  it('reads the name after "In a statement," as the subject of the next clause, not an appositive (appositives.ts)', () => {
    expect(
      speakers(
        'Kestrel Mills will cut 400 jobs at its plant in Derby.',
        'In a statement, union organiser Ines Sauer said: “Workers have been betrayed.”',
      ),
    ).toEqual(['Ines Sauer']);
  });

  it('reads the business words news calls a firm by: "the tech giant said", "the think tank said" (lexicon/roles.ts)', () => {
    expect(
      speakers(
        'Shares in Corvex Systems rose 9% on Thursday.',
        'The tech giant said demand for its chips had “never been stronger”.',
      ),
    ).toEqual(['Corvex Systems']);
  });

  it('quotes a member of the public news does not name as such: "another resident said" (lexicon/roles.ts)', () => {
    expect(
      speakers(
        'Residents of Mill Lane were moved out overnight after the river rose.',
        'Another resident, who did not want to be named, said the council had “ignored warnings for years”.',
      ),
    ).toEqual(['another resident']);
    // "Residents of Mill Lane": the people of a place, not an organisation by that name (run-kind.ts).
    expect(runs('Residents of Mill Lane were moved out overnight.')).toEqual(['Residents of Mill Lane:place']);
  });

  it('joins "The mayor of Eastport, Rosa Lind," into one person, the place inside the role speaking for no one (appositives.ts)', () => {
    const { quotes, speakers: people } = findQuotes(
      layoutBody([
        'The mayor of Eastport, Rosa Lind, opened the new bridge on Monday.',
        '“This bridge joins two halves of our city,” she said.',
      ]),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Rosa Lind']);
    expect(people.find((p) => p.name === 'Rosa Lind')?.role).toBe('the mayor of Eastport');
  });

  it('keeps a joined "the F.B.I. director, Kofi Mensah," the subject of the verb after it (cues.ts)', () => {
    expect(
      speakers(
        'When the F.B.I. director, Kofi Mensah, said on Tuesday that his team had no “direct evidence” that Efua Adjei’s account had been “successfully hacked,” experts understood.',
      ),
    ).toEqual(['Kofi Mensah', 'Kofi Mensah']);
  });

  it('reads "the regulator said" with no one introduced in that post as an organisation, not the man in focus (resolve-role.ts)', () => {
    expect(
      speakers(
        'Union leader Tom Ashby said staff had paid the price for the cuts.',
        '“Hundreds of jobs have gone,” he said.',
        'In a statement, the regulator said:',
        '“We will look closely at the conduct of the bank over the coming months.”',
      ),
    ).toEqual(['Tom Ashby', 'regulator']);
  });

  it('reads "Work and Pensions Secretary" and "Culture, Media and Sport Secretary" as one post each (name-runs.ts)', () => {
    expect(
      runs(
        'Work and Pensions Secretary Dana Hollis has resigned. Culture, Media and Sport Secretary Owen Pryce was away. Hollis and Foreign Secretary Ray Tobin met.',
      ),
    ).toEqual([
      'Work and Pensions Secretary Dana Hollis:person',
      'Culture , Media and Sport Secretary Owen Pryce:person',
      'Hollis:single',
      'Foreign Secretary Ray Tobin:person',
    ]);
    // "Work" is then no body in the clause's subject place, so "she" is the minister who resigned.
    expect(
      speakers(
        'Work and Pensions Secretary Dana Hollis has resigned over her business interests.',
        'In a letter to the prime minister, she said she had made “a serious mistake”.',
      ),
    ).toEqual(['Dana Hollis']);
  });

  it('joins "Her neighbour, retired fisherman Tom Bright," to the name after its description (appositives.ts)', () => {
    expect(
      speakers(
        'When the storm came, Margaret Ellis was asleep.',
        'Her neighbour, retired fisherman Tom Bright, is more philosophical. “We will build it again,” he says.',
      ),
    ).toEqual(['Tom Bright']);
  });

  it('reads "Cllr" as a councillor\'s title, kept out of the name, so "the councillor added" is that person (lexicon/titles.ts)', () => {
    expect(
      speakers(
        'Cllr Raj Dev, for the opposition, disagreed. “There is money for everything else,” he said.',
        '“We will look again,” the councillor added.',
      ),
    ).toEqual(['Raj Dev', 'Raj Dev']);
  });

  it('gives "The chancellor added" to someone other than the man just taken for "the prime minister" (role-person.ts)', () => {
    expect(
      speakers(
        'Owen Hale and Rhys Morgan have appeared together to launch the party’s election campaign.',
        'The prime minister said the economy was the “central dividing line”. The chancellor added: “We will not put stability at risk.”',
      ),
    ).toEqual(['Owen Hale', 'Rhys Morgan']);
  });

  it('reads "Lib Dem" as a party, so "A Lib Dem spokeswoman" is the party\'s, not a person called Lib Dem (lexicon/organisations.ts)', () => {
    expect(speakers('A Lib Dem spokeswoman said voters wanted “honesty, not posters”.')).toEqual([
      'a Lib Dem spokeswoman',
    ]);
  });

  it('credits "wrote the judges" to the judges as a group, never to the one person in focus (role-person.ts)', () => {
    expect(
      speakers(
        'Harbour Lights, Ama Reyes’s third novel, is set in post-war Leith. The judges were full of praise for it.',
        '“It is funny, humane and moving,” wrote the judges.',
      ),
    ).toEqual(['judges']);
  });

  it('gives "the Tory leader" to whom "the Conservative leader" was read as, not to the Labour man named since (role-person.ts)', () => {
    expect(
      speakers(
        'Michael Hale has promised to cut immigration if the Tories win power.',
        'In a speech in Burnley, the Conservative leader said: “We will take control of our borders.”',
        'Labour’s Alan Pryor said the plans were “unworkable”.',
        'The Tory leader added: “This is about fairness.”',
      ),
    ).toEqual(['Michael Hale', 'Alan Pryor', 'Michael Hale']);
  });

  it('reads "the regulator Corvane" as the body, and "the energy minister" after it as no one named (name-entities.ts)', () => {
    expect(
      speakers(
        'Household energy bills will rise by 9% in April, the regulator Corvane has said.',
        'The energy minister said the increase was “painful but unavoidable”.',
        '“We will protect the most vulnerable,” she added.',
      ),
    ).toEqual(['the energy minister', 'the energy minister']);
  });

  it('reads "a WHO spokesperson" as the organisation\'s, not "WHO" as the pronoun "who" (role-phrase.ts)', () => {
    expect(
      speakers(
        'Dr Ama Boateng said the variant was new.',
        'The World Health Organization (WHO) called for calm. “There is no need to panic,” a WHO spokesperson told reporters in Geneva.',
      ),
    ).toEqual(['a World Health Organization spokesperson']);
  });

  it('quotes a relative as themselves, named as the reporter wrote them: "the woman\'s sister said" (lexicon/roles.ts)', () => {
    expect(
      speakers(
        'Two men have been arrested after a woman was attacked in Eastport.',
        'A neighbour said: “We heard screaming and ran outside.”',
        "The woman's sister said: “She is a fighter and she will get through this.”",
      ),
    ).toEqual(['a neighbour', "the woman's sister"]);
  });

  it('credits a statement read outside court to the family that gave it, not the court (lexicon/roles.ts, function-words.ts)', () => {
    for (const opening of ['In a statement read outside court, the', 'Outside court, the']) {
      expect(
        speakers(
          'Daniel Hale, 34, admitted wounding at Eastport Crown Court.',
          `${opening} victim's family said: “Justice has been done.”`,
        ),
      ).toEqual(["the victim's family"]);
    }
  });

  it('takes "the former home secretary" for the man who "resigned as home secretary" (role-fit.ts)', () => {
    expect(
      speakers(
        'Mr Oyelaran, who resigned as home secretary last year, said he had no regrets.',
        '“I did what I thought was right,” the former home secretary said.',
      ),
    ).toEqual(['Oyelaran']);
  });
});

describe('a role as a card shows it (entities.ts)', () => {
  it('drops the full stop that closed the sentence from an appositive role', () => {
    const { speakers: found } = findQuotes(
      layoutBody(['“House prices will fall next year,” said Priya Desai, head of research at Capital Insight.']),
    );
    expect(found[0]!.role).toBe('head of research at Capital Insight');
  });
});

describe('"New" opening a name inside a sentence (name-runs.ts, run-kind.ts)', () => {
  it('keeps "New" in a place name mid-sentence and drops it at a sentence start', () => {
    expect(runs('Voters in New Sarum said the vote was close.')).toEqual(['Voters:single', 'New Sarum:place']);
    expect(runs('New figures show growth.')).toEqual([]);
  });
});

describe('an organisation called by its initials after its full name (name-entities.ts)', () => {
  it('credits "the FCA said" to the Financial Conduct Authority named before, with no "(FCA)" to define it', () => {
    expect(
      speakers(
        'The Financial Conduct Authority has fined Harrow & Dene Capital £12m for failing to protect customers.',
        'The FCA said the firm had “repeatedly ignored warnings” about its sales practices.',
        '“Consumers were let down badly,” the regulator said in a statement.',
      ),
    ).toEqual(['Financial Conduct Authority', 'Financial Conduct Authority']);
  });

  it('skips the small words of the name ("Confederation of British Industry" → CBI) and spells out "a CBI spokesman"', () => {
    expect(
      speakers(
        'The Confederation of British Industry has urged the chancellor to cut business rates.',
        '“Firms are struggling with rising costs,” the CBI said.',
        'A CBI spokesman added: “We want action now.”',
      ),
    ).toEqual(['Confederation of British Industry', 'a Confederation of British Industry spokesman']);
  });

  it('keeps an acronym whose letters no organisation named before begins with as its own name', () => {
    expect(speakers('The Financial Conduct Authority fined the lender.', '“We will appeal,” the CBI said.')).toEqual([
      'CBI',
    ]);
  });
});

describe('a body called by the kind of body that ends its name (name-entities.ts)', () => {
  it('credits "the Commission said" to the European Commission and "the Council" to the district council', () => {
    expect(
      speakers(
        'The European Commission has opened an investigation into state aid to the airline.',
        '“We have serious doubts,” the Commission said.',
      ),
    ).toEqual(['European Commission']);
    expect(
      speakers(
        'Harlow District Council has approved plans for 500 homes.',
        '“This will help families find somewhere to live,” the Council said.',
      ),
    ).toEqual(['Harlow District Council']);
  });

  it('writes "a" or "an" for the name an acronym is spelled out to ("An SNP spokesman", role-mentions.ts)', () => {
    expect(
      speakers(
        'The Scottish National Party said the budget was unfair. An SNP spokesman said: “Scotland deserves better.”',
        'The Independent Pilots Union said it would strike. A IPU spokeswoman said: “Enough is enough.”',
      ),
    ).toEqual(['a Scottish National Party spokesman', 'an Independent Pilots Union spokeswoman']);
  });
});

describe('an office named before the person who holds it (coreference.ts)', () => {
  it('credits "the minister said" to the one minister the article names after the quote', () => {
    expect(
      speakers(
        '“This is a historic day for farming,” the minister said.',
        'The new subsidy scheme was launched at the county show on Thursday.',
        'Rural affairs minister Ceri Lloyd said it would protect 20,000 jobs.',
      ),
    ).toEqual(['Ceri Lloyd']);
  });

  it('credits nobody named when two ministers are named later, or only a shadow minister', () => {
    expect(
      speakers(
        '“This is a historic day for farming,” the minister said.',
        'Rural affairs minister Ceri Lloyd and trade minister Ola Dahl visited the show.',
      ),
    ).toEqual(['the minister']);
    expect(
      speakers(
        '“This is a historic day for farming,” the minister said.',
        'Shadow rural affairs minister Ceri Lloyd called the scheme a gimmick.',
      ),
    ).toEqual(['the minister']);
  });
});

describe('a firm or club whose name looks like a person’s (run-kind.ts)', () => {
  it('reads a name that opens its sentence and takes "have" as a club, which "the club" then refers to', () => {
    expect(runs('Westbury Rovers have sacked their manager after seven defeats.')).toEqual([
      'Westbury Rovers:organisation',
    ]);
    expect(
      speakers(
        'Westbury Rovers have sacked their manager after a run of seven defeats.',
        '“The club thanks him for his efforts,” the club said.',
      ),
    ).toEqual(['Westbury Rovers']);
  });

  it('keeps a person who is not the subject of the plural verb a person', () => {
    expect(runs('Candidates like Ana Ruiz have attacked the plan.')).toContain('Ana Ruiz:person');
    expect(runs('Ana Ruiz and Tom Hale have attacked the plan.')).toEqual(['Ana Ruiz:person', 'Tom Hale:person']);
  });

  it('reads a nationality and one word with no office between as a firm, which "the airline" then refers to', () => {
    expect(runs('British Skyways said it would cancel 200 flights.')).toEqual(['British Skyways:organisation']);
    expect(
      speakers(
        'British Skyways said it would cancel 200 flights because of the strike.',
        '“We apologise to customers,” the airline said.',
      ),
    ).toEqual(['British Skyways']);
    expect(runs('British Prime Minister Ana Ruiz said so.')).toEqual(['British Prime Minister Ana Ruiz:person']);
  });
});

describe('"a spokesman for …" names whom the spokesman speaks for (resolve-role.ts, role-phrase.ts)', () => {
  it('spells out "for the company" as the firm in view, with "the" only where the article wrote one', () => {
    expect(
      speakers(
        'Dunmore Energy has apologised after thousands of homes lost power.',
        'A spokeswoman for the company said: “We are sorry.”',
      ),
    ).toEqual(['a spokeswoman for Dunmore Energy']);
    expect(
      speakers(
        'Labour won the seat. Harlow District Council said it would recount.',
        'A spokeswoman for the council said: “No further comment.”',
      ),
    ).toEqual(['a spokeswoman for Harlow District Council']);
  });

  it('spells out "for the company" as a firm named by one word that opened its clause', () => {
    expect(
      speakers(
        'Fenwade has apologised to customers after a data breach.',
        'A spokeswoman for the company said: “We are sorry.”',
      ),
    ).toEqual(['a spokeswoman for Fenwade']);
  });

  it('leaves "for the department" as written when no department was named', () => {
    expect(
      speakers('Labour said the plan was flawed.', 'A spokeswoman for the department said: “We disagree.”'),
    ).toEqual(['a spokeswoman for the department']);
  });

  it('keeps the name after "for": Mr Hale’s spokesman, and a spokesperson for a name that may be a firm’s', () => {
    expect(
      speakers('Tom Hale has denied the claims. A spokesman for Mr Hale said: “These allegations are false.”'),
    ).toEqual(["Tom Hale's spokesman"]);
    expect(speakers('A spokesperson for Oxbridge Water said: “We are sorry for the disruption.”')).toEqual([
      'a spokesperson for Oxbridge Water',
    ]);
  });
});

describe('a spokesperson named by a body whose name holds "for" or "of" (role-phrase.ts)', () => {
  it('keeps the whole name: "a Department for Transport spokesman", "a Ministry of Farming spokeswoman"', () => {
    expect(
      speakers(
        'A Department for Transport spokesman said the timetable would be reviewed "in the usual way".',
        'A Ministry of Farming and Rural Affairs spokeswoman said: “We do not comment on leaks.”',
      ),
    ).toEqual(['a Department for Transport spokesman', 'a Ministry of Farming and Rural Affairs spokeswoman']);
  });
});

describe('a role with its portfolio, then a name (appositives.ts)', () => {
  it('reads "its director of policy, Rocio Ferro" as Rocio Ferro, not the group\'s unnamed director', () => {
    expect(
      speakers(
        'Consumer group Fairbill welcomed the ruling. “This is a victory for bill payers,” said its director of policy, Rocio Ferro.',
        'The Tenants Union agreed. “This is good,” said its head of public affairs, Tom Ware.',
      ),
    ).toEqual(['Rocio Ferro', 'Tom Ware']);
  });
});

describe('"its chairman" after another body spoke (resolve-role.ts)', () => {
  it("is that body's chairman, not the chairman named for the body before", () => {
    expect(
      speakers(
        'The review was published on Monday. Its chairman, Lord Ashby, said: “Victims were let down.”',
        'The Constables’ Guild, which represents officers, said cuts were to blame. “We do not have the people,” its chairman said.',
      ),
    ).toEqual(['Lord Ashby', "Constables’ Guild's chairman"]);
  });

  it('stays the chairman named when no other body spoke since', () => {
    expect(
      speakers(
        'The review was published on Monday. Its chairman, Lord Ashby, said: “Victims were let down.” Its chairman added: “We did our best.”',
      ),
    ).toEqual(['Lord Ashby', 'Lord Ashby']);
  });
});

describe('a player named by position (lexicon/roles.ts)', () => {
  it('reads "said the lock forward" as the player in focus', () => {
    expect(
      speakers(
        'Italy face Scotland on Saturday. And Marco Bellini feels the game could be a battle of the packs.',
        '“It will not be a pretty game,” said the lock forward.',
      ),
    ).toEqual(['Marco Bellini']);
  });
});

describe('"the star" with no one introduced by that role (resolve-role.ts)', () => {
  it("is the story's own person, not a lawyer or an editor known by whose they are", () => {
    expect(
      speakers(
        'Actor Hugh Brannock has won libel damages from a newspaper.',
        'Brannock’s lawyer, Carla Keane, said her client was “delighted”.',
        'The paper will not appeal. “We apologise to Mr Brannock,” its editor, Tom Rawley, said.',
        'The star did not attend the hearing. In a statement, he said: “I am glad this is over.”',
      ),
    ).toEqual(['Carla Keane', 'Tom Rawley', 'Hugh Brannock']);
  });
});

describe('a bare "a spokesman" (resolve-role.ts)', () => {
  it('speaks for the organisation that was the subject just before', () => {
    expect(
      speakers(
        'Shares in Marlow Foods fell 8%. The Retail Guild said shops faced rising costs. “Rates are simply too high,” a spokesman said.',
      ),
    ).toEqual(['a spokesman for the Retail Guild']);
    expect(
      speakers(
        'But Brenta denied that the advert broke the rules. A spokeswoman said: “We listened to every concern.”',
      ),
    ).toEqual(['a spokeswoman for Brenta']);
  });

  it('stays unsaid when the subject before was a person, or spoke two sentences earlier', () => {
    expect(
      speakers(
        'The Retail Guild backed the plan. Maria Lenz said she was angry. “It is a disgrace,” a spokesman said.',
      ),
    ).toEqual(['a spokesman']);
    expect(
      speakers(
        'The Retail Guild backed the plan. Prices rose in May. Sales fell in June. “It is a disgrace,” a spokesman said.',
      ),
    ).toEqual(['a spokesman']);
  });
});

describe('"the company" is a firm, "the regulator" a public body (resolve-role.ts)', () => {
  it('credits "the firm said" to the firm, not the public body named after it', () => {
    expect(
      speakers(
        'Shares in Fenwade rose 4% after the Office of Fair Trading cleared its takeover of a rival chain.',
        '“This is excellent news for our customers,” the firm said.',
      ),
    ).toEqual(['Fenwade']);
  });

  it('credits "the company said" to the firm that was a subject, not the union or a word inside a phrase', () => {
    expect(
      speakers(
        'Fenwade plans to close its Leeds depot. The GMB union said the move was “a disgrace”.',
        '“We will work with staff,” the company said.',
      ),
    ).toEqual(['GMB', 'Fenwade']);
  });

  it('credits "the company said" to an unnamed firm when the only body in view is a union', () => {
    expect(
      speakers(
        'Unite, the UK’s largest union, said members at the plant had voted to strike. “This is a fight for jobs,” it said.',
        'The company said it was “disappointed” and urged the union to reconsider.',
      ),
    ).toEqual(['Unite', 'company']);
  });

  it('credits "the union said" to the body its clause was about, not the airport named in passing', () => {
    expect(
      speakers(
        'Baggage handlers could walk out next month after a pay offer was turned down.',
        'Tarnex has balloted its members at Kelham Airport over the deal, which offers a 2% rise.',
        '“This offer is an insult to the people who kept the airport running,” the union said.',
      ),
    ).toEqual(['Tarnex']);
  });

  it('never credits "the union said" to a body named as another kind, though it spoke since (kind-in-name.ts)', () => {
    expect(
      speakers(
        'Tarnex said it had balloted its members at Kelham Airport over the offer, which it called derisory.',
        'Kelham Airport said it was disappointed.',
        '“Our members are angry,” the union said.',
      ),
    ).toEqual(['Tarnex']);
  });
});

describe('posts of courts, health, science and sport (lexicon/roles.ts)', () => {
  it('credits "the coroner said" and "the referee said" to the person introduced in that post', () => {
    expect(
      speakers(
        'Coroner Alison Price recorded a verdict of accidental death.',
        '“This was a tragedy that could have been avoided,” the coroner said.',
      ),
    ).toEqual(['Alison Price']);
    expect(
      speakers('Referee Mark Doyle sent off two players. “I had no choice,” the referee said afterwards.'),
    ).toEqual(['Mark Doyle']);
  });

  it('keeps the judicial title "Recorder" out of the name ("Recorder Jane Hill" is Jane Hill)', () => {
    expect(
      speakers('Sentencing, Recorder Jane Hill told Ryan Cole: “You are a dangerous man.”', '“I agree,” Hill said.'),
    ).toEqual(['Jane Hill', 'Jane Hill']);
  });
});

describe('unnamed sources close to someone (role-phrase.ts, lexicon/roles.ts)', () => {
  it('keeps whom the source is close to, or an ally of, in the source’s name', () => {
    expect(speakers('“We are looking at all options,” according to a source close to the chancellor.')).toEqual([
      'a source close to the chancellor',
    ]);
    expect(speakers('“She has been badly treated,” an ally of the home secretary said.')).toEqual([
      'an ally of the home secretary',
    ]);
    // Close to Mr Hale is not Mr Hale's source: the name stays where the reporter put it.
    expect(speakers('Tom Hale has denied the claims. “He will fight on,” a source close to Mr Hale said.')).toEqual([
      'a source close to Mr Hale',
    ]);
  });
});

describe('an office is not guessed to be someone given another office (resolve-role.ts)', () => {
  it('leaves "the minister" to no one rather than the opposition leader in focus, and to the minister named next', () => {
    expect(
      speakers(
        'Opposition leader Karl Brenner attacked the plan on Tuesday.',
        '“It will not work,” the minister said.',
      ),
    ).toEqual(['the minister']);
    expect(
      speakers(
        'Opposition leader Karl Brenner attacked the plan on Tuesday.',
        '“It will work,” the minister said.',
        'Finance minister Ana Ruiz defended the plan in parliament.',
      ),
    ).toEqual(['Ana Ruiz']);
  });

  it('still guesses the person in focus for a job no one was given ("the boss" for a chief executive)', () => {
    expect(
      speakers('Kestrel chief executive Ola Berg said the firm was on track.', '“We are confident,” the boss said.'),
    ).toEqual(['Ola Berg']);
  });
});

describe('a plural possessive inside an organisation’s name (name-runs.ts, run-kind.ts)', () => {
  it('keeps "the National Farmers\' Union" whole, which "the union" then refers to', () => {
    // runs() prints the tokens spaced: the apostrophe is a token of its own inside the one run.
    expect(runs("The National Farmers' Union said it would fight.")).toEqual(["National Farmers ' Union:organisation"]);
    expect(
      speakers(
        'The National Farmers’ Union said the deal would ruin growers.',
        '“This is a betrayal,” the union said.',
      ),
    ).toEqual(['National Farmers’ Union']);
  });

  it('ends the name at a plural possessive before anything but a kind of body ("Harbour Times’ Sean Hale")', () => {
    expect(runs('Harbour Times’ Sean Hale asked the question.')).not.toContain('Harbour Times’ Sean Hale:person');
  });
});

describe('a document and its author named after it with "by" (role-document.ts)', () => {
  it('credits what "it" (the report) concluded to the author, not the body in view', () => {
    expect(
      speakers(
        'Failings at a hospital trust contributed to the deaths of 12 babies, a review has found.',
        'The report, by independent midwife Dana Orwell, found staff had failed to listen to families.',
        '“Mothers were ignored and babies died as a result,” it concluded.',
      ),
    ).toEqual(['Dana Orwell']);
  });
});

describe('a former holder is not the office’s holder now (role-fit.ts)', () => {
  it('does not give "the prime minister’s spokesman" to a former prime minister', () => {
    expect(
      speakers(
        'Former prime minister Sir Ian Adler criticised the cuts. “We are balancing the books on the poorest,” he said.',
        'But the prime minister’s official spokesman said: “Our position has not changed.”',
      ),
    ).toEqual(['Ian Adler', 'the prime minister’s official spokesman']);
  });
});

describe('a person whose surname is a word of firms’ names (run-kind.ts)', () => {
  it('reads "Rachel Power, chief executive of…" and "Dan Gas, 52," as persons', () => {
    expect(runs('Rachel Power, chief executive of the Patients Association, said it was wrong.')).toEqual([
      'Rachel Power:person',
      'Patients Association:organisation',
    ]);
    expect(runs('Dan Gas, 52, said he had waited a year.')).toEqual(['Dan Gas:person']);
    expect(runs('Kestrel Power said bills would rise.')).toEqual(['Kestrel Power:organisation']);
  });
});

describe('"the government" is no other body in view (role-organisation.ts)', () => {
  it('keeps a government spokesperson apart from the charity that spoke of the government', () => {
    expect(
      speakers(
        'Harbour Trust’s chief executive, Polly Neame, said: “This is a national scandal.”',
        'The charity said the government must build more homes. “We cannot go on like this,” it added.',
        'A government spokesperson said: “We are investing £1bn in homelessness services.”',
      ),
    ).toEqual(['Polly Neame', 'Harbour Trust', 'a government spokesperson']);
  });
});

describe('someone unnamed whose noun no role list holds (unlisted-speaker.ts)', () => {
  it('credits "one onlooker shouted" and "A passer-by, who …, said" to them, not to the person quoted before', () => {
    const before = 'Tom Hale said the jury had got it right. “Justice has been done,” Hale said.';
    expect(speakers(before, 'Outside court, one onlooker shouted: “Shame on you!”')).toEqual([
      'Tom Hale',
      'one onlooker',
    ]);
    expect(
      speakers(before, 'A passer-by, who did not want to be named, said: “Everyone round here knew him.”'),
    ).toEqual(['Tom Hale', 'a passer-by']);
  });

  it('reads no speaker in a noun a verb of naming or judging describes', () => {
    expect(
      speakers(
        'Ana Ruiz said the chip was fast. “It is a leap,” she said.',
        'It uses a technology called XDR in what she called the “war on living rooms”.',
      ),
    ).toEqual(['Ana Ruiz', 'Ana Ruiz']);
    expect(
      speakers(
        'The engineer at Harlow Data first said he did not recall the deletions.',
        'But in a later interview said he had an “oh no” moment.',
      ),
    ).toEqual(['the engineer at Harlow Data']);
  });
});

describe('someone named by whom they stand against (lexicon/roles.ts)', () => {
  it('credits "Her Conservative challenger said … he said" to the challenger, not to a place or the candidate', () => {
    expect(
      speakers(
        'Ms Fell, who is standing in Leeds North, told the BBC she was “confident”. Her Conservative challenger said voters wanted change.',
        '“People are tired of broken promises,” he said.',
      ),
    ).toEqual(['Fell', "Fell's challenger"]);
  });

  it('credits "Doyle’s Westbury counterpart Karl Matz … He said" to Matz, not to the man quoted before', () => {
    expect(
      speakers(
        'Harfield manager Sean Doyle said: “We were poor.”',
        'But Doyle’s Westbury counterpart Karl Matz was in no mood to celebrate either. He said: “We should have scored four.”',
      ),
    ).toEqual(['Sean Doyle', 'Karl Matz']);
  });
});

describe('an office "of the" its portfolio (name-runs.ts, run-kind.ts)', () => {
  it('reads "Chancellor of the Exchequer Nadia Orwell" as the office, then the person, who keeps one name', () => {
    expect(
      speakers(
        'Chancellor of the Exchequer Nadia Orwell said: “The duty stays where it is for another year.”',
        '“Drivers have had a hard winter,” Ms Orwell added.',
        'Secretary of the Treasury Paul Dremmen said: “We will watch the markets closely.”',
      ),
    ).toEqual(['Nadia Orwell', 'Nadia Orwell', 'Paul Dremmen']);
  });
});

describe('a post held "of" a place or body is no name (run-kind.ts, cues.ts subjectBefore)', () => {
  it('reads "Chief of Staff Lena Ortiz" as her and "the Bishop of Eastmoor" alone as the post', () => {
    expect(
      runs(
        'Chief of Staff Lena Ortiz spoke first.',
        'The Bishop of Eastmoor spoke next.',
        'Mayor of Hollin Tom Reyes spoke last.',
      ),
    ).toEqual(['Chief of Staff Lena Ortiz:person', 'Bishop of Eastmoor:title', 'Mayor of Hollin Tom Reyes:person']);
    expect(speakers('Chief of Staff Lena Ortiz said: "We are ready."')).toEqual(['Lena Ortiz']);
  });

  it('credits "The Bishop of Eastmoor, the Rt Rev Dr Paul Hale," with the words he described the book with', () => {
    expect(
      speakers(
        'A bishop has criticised a best-selling novel.',
        'The Bishop of Eastmoor, the Rt Rev Dr Paul Hale, described the book as a "good read" but "poor history".',
      ),
    ).toEqual(['Paul Hale', 'Paul Hale']);
  });
});

describe('a body named with "of the" or "for the" (name-runs.ts)', () => {
  it('keeps "Society for the Protection of Birds" whole, and a person "of the" a body apart from it', () => {
    expect(
      speakers(
        'The Society for the Protection of Birds said: “We are appalled by the cull.”',
        'Tom Ardley of the Harbour Traders Federation said: “Nobody asked us.”',
      ),
    ).toEqual(['Society for the Protection of Birds', 'Tom Ardley']);
  });
});

describe('roles as sport, arts and street reports name people (lexicon/roles.ts)', () => {
  it('takes "Shopkeeper" and "Songwriter" before a full name as the person\'s role, not part of the name', () => {
    expect(
      speakers(
        'Shopkeeper Raj Pillai said: "It brings a lot of trade to the high street."',
        'Songwriter Mia Callow said: "Young people need practical advice."',
      ),
    ).toEqual(['Raj Pillai', 'Mia Callow']);
  });

  it('takes "Matchwinner" and "Teenager" before a lone surname as the role of the person named', () => {
    expect(
      speakers(
        'Tom Rowley scored twice as Kenton beat Hollis.',
        'Matchwinner Rowley was full of praise for his captain. "It was a great ball from Sam," said the striker.',
        'Teenager Mirza said she was thrilled. "I played well," she said.',
      ),
    ).toEqual(['Tom Rowley', 'Mirza']);
  });

  it('takes the rugby positions "Wing" and "Hooker" before a full name as the player\'s role', () => {
    expect(
      speakers(
        'Wing Luc Moreau says France can still win the title. "We are still in the race," said Moreau.',
        'Hooker Sean Tully added: "The pack was superb."',
      ),
    ).toEqual(['Luc Moreau', 'Sean Tully']);
  });

  it('reads "the Olympic gold medallist" as the person in focus, not a body called "Olympic"', () => {
    expect(
      speakers(
        'Dana Reyes has sued her former coach over his claims.',
        'The Olympic gold medallist says: "These claims are false and I will prove it."',
      ),
    ).toEqual(['Dana Reyes']);
  });
});

describe('a description set before a pronoun introduces no one (fronted-description.ts)', () => {
  it('credits "A former champion here, she added" to the woman speaking, not to a new "a former champion"', () => {
    expect(
      speakers(
        'Ana Petrov won her first title in Canberra.',
        'Petrov said: "I was really nervous." A former champion here, she added: "It means a lot to win again."',
      ),
    ).toEqual(['Ana Petrov', 'Ana Petrov']);
  });
});

describe('a nationality noun is the person the article ties to that country (nationality-ties.ts)', () => {
  it('credits "The Serb, who…, said" to "Serbia\'s Nikola Vuk", not to the player quoted last', () => {
    expect(
      speakers(
        "Serbia's Nikola Vuk beat Tomas Berg in four sets on Tuesday.",
        '"I played badly today," Berg said.',
        'The Serb, who has won the title three times, said: "My serve was not good enough."',
      ),
    ).toEqual(['Tomas Berg', 'Nikola Vuk']);
  });

  it('reads "Ana Ruiz of Spain" and "Spanish star Ana Ruiz" as ties to "the Spaniard"', () => {
    for (const intro of ['Ana Ruiz of Spain', 'Spanish star Ana Ruiz'])
      expect(
        speakers(
          `${intro} beat Lena Holt in the final.`,
          '"I was tired," Holt said.',
          'The Spaniard said: "It was my best match."',
        ),
      ).toEqual(['Lena Holt', 'Ana Ruiz']);
  });
});

describe('a role whose "of" names works is the subject, not the works (of-complement.ts)', () => {
  it('credits "The star of Moon River and Lost Summer said" and "the singer of Because the Night told" to the person', () => {
    expect(
      speakers(
        'Actor Dan Hollis has attacked modern cinema.',
        'The star of Moon River and Lost Summer said the film culture was "in the gutter" at a press conference.',
        'Singer Ruth Vance is to curate a festival. The 58-year-old singer of Because the Night told a newspaper that it was her reply to "greedy times".',
      ),
    ).toEqual(['Dan Hollis', 'Ruth Vance']);
  });
});

describe('a nationality noun in the plural before names describes them (nationality-plurals.ts)', () => {
  it('reads "Americans Dan Reyes and Tom Field" and "Frenchmen Luc Moreau and Guy Ferrand" as the people named', () => {
    expect(
      speakers(
        'Top-seeded Americans Dan Reyes and Tom Field reached the last eight.',
        'Reyes broke a racket. "I am not playing great," he said.',
        'Frenchmen Luc Moreau and Guy Ferrand also won. "We played well," said Moreau.',
      ),
    ).toEqual(['Dan Reyes', 'Luc Moreau']);
  });
});

describe('a name after "the" or "a" that qualifies a role noun names no one (role-phrase.ts modifiesRole)', () => {
  it('credits "the two-time Academy Award winner said" to the actress, and "an All Saints club spokesman" to the club\'s spokesman', () => {
    expect(
      speakers(
        'Actress Dana Holt is to star in the play. "It is a dream role," the two-time Academy Award winner said.',
        'Coach Ray Dunn was at the meeting. An All Saints club spokesman denied Dunn made the remark, insisting: "He did not say it."',
      ),
    ).toEqual(['Dana Holt', 'an All Saints club spokesman']);
  });
});

describe('a name that "its" refers back to is a body (its-owner.ts)', () => {
  it('does not let "Kestrel Telenet", shown a firm by "Kestrel is running its hardware", take the engineer\'s "he said"', () => {
    expect(
      speakers(
        'Kestrel Telenet is using lasers to link offices. "Digging is difficult," said Raj Mehta, head of networks at Kestrel.',
        'The lasers can carry data fast, but Kestrel is running its hardware at modest speeds. The lasers suit the climate.',
        '"It hardly ever rains," he said.',
      ),
    ).toEqual(['Raj Mehta', 'Raj Mehta']);
  });

  it('leaves a name inside another clause a person: "As far as Raj Mehta is concerned its future is bright"', () => {
    const { speakers: found } = findQuotes(
      layoutBody(['As far as Raj Mehta is concerned its future is bright. "We will grow," said Raj Mehta.']),
    );
    expect(found.map((s) => `${s.name}:${s.kind}`)).toEqual(['Raj Mehta:person']);
  });
});

describe('"the assistant" is a person named by a role (lexicon/roles.ts)', () => {
  it('credits "The legal assistant said Channel Nine was “…”" to the person the role stands for, not to the channel', () => {
    expect(
      speakers(
        'Marta Quist is suing the network Channel Nine over its game show.',
        'The legal assistant said Channel Nine was “sending the wrong message to viewers”.',
      ),
    ).toEqual(['Marta Quist']);
  });
});
