import { describe, expect, it } from 'vitest';
import { readQuotes } from '../../../lambdas/core/quotes/index';
import { layoutBody } from '../../../lambdas/core/sentences';
import { runs, speakers } from '../../helpers/quote-readers';

/**
 * Bodies and groups as speakers in business and economics news (issue 14): a body a country or firm
 * owns, a firm whose name is two words joined by "and", "it said" after a sentence naming several
 * firms, a body named with a nationality. Short articles written for these tests, with invented names.
 */
describe('a body that a place or firm owns speaks for itself, not for its owner (resolve-role.ts)', () => {
  it('credits "Valdoria’s central bank" and then "the central bank", not the country', () => {
    expect(
      speakers(
        'Valdoria’s central bank has raised interest rates for the fifth time this year.',
        '“Inflation remains far too high,” the central bank said in a statement.',
      ),
    ).toEqual(["Valdoria's central bank"]);
  });

  it('credits "the country’s finance ministry" to a ministry, not to the bank or the country named before', () => {
    const found = speakers(
      'Valdoria’s central bank has raised interest rates again.',
      'The country’s finance ministry backed the move. “Price stability comes first,” the ministry said.',
    );
    expect(found).toEqual(['the country’s finance ministry']);
  });
});

describe('two words joined by "and" that are one firm’s name (name-pairs.ts, name-runs.ts)', () => {
  it('reads "Harker and Lowe" as one firm where it takes "has" or "said its", but not two people', () => {
    expect(
      runs(
        'Harker and Lowe said its food sales had risen 4% in the quarter.',
        '“It has been a strong quarter for us,” Harker and Lowe said.',
      ),
    ).toEqual(['Harker and Lowe:organisation', 'Harker and Lowe:organisation']);
    expect(
      speakers(
        'Harker and Lowe has reported a rise in food sales.',
        '“It has been a strong quarter for us,” Harker and Lowe said.',
      ),
    ).toEqual(['Harker and Lowe']);
    // Two people stay two: named apart elsewhere, or with a plural verb and "they".
    expect(runs('The gap between Okoro and Lindqvist is narrow. Alan Okoro and Petra Lindqvist both want it.')).toEqual(
      ['Okoro:single', 'Lindqvist:single', 'Alan Okoro:person', 'Petra Lindqvist:person'],
    );
    expect(runs('Hartley and Moss said they would appeal.')).toEqual(['Hartley:single', 'Moss:single']);
  });
});

describe('"it said" is the firm the sentence was about, not one of two joined by "and" (resolve-pronoun.ts)', () => {
  it('credits the firm that opened the sentence, not "Tesley and Brook" in the clause after "while"', () => {
    expect(
      speakers(
        'Rival Dunmore Group cut the price of 300 products on Monday, while Tesley and Brook held theirs.',
        '“We want to give shoppers a fair deal,” it said.',
      ),
    ).toEqual(['Dunmore Group']);
  });
});

describe('words of a club’s or firm’s name that no personal name holds (run-kind.ts)', () => {
  it('reads "Harlow City", "Kelso Rovers" and "Korvex Semiconductor" as bodies', () => {
    expect(runs('Harlow City beat Kelso Rovers, and Korvex Semiconductor sponsored the game.')).toEqual([
      'Harlow City:organisation',
      'Kelso Rovers:organisation',
      'Korvex Semiconductor:organisation',
    ]);
  });
});

describe('a team or firm shown by a lone word of its name taking a plural verb (plural-subject.ts)', () => {
  /** The kind of the entity each mention of `name` stands for. */
  const kindsOf = (name: string, ...paragraphs: string[]) => [
    ...new Set(
      readQuotes(layoutBody(paragraphs))
        .analysis.mentions.filter((m) => m.entity?.name === name)
        .map((m) => m.entity!.kind),
    ),
  ];

  const article = [
    'Harbour City manager Graeme Tulloch wanted to bring back Ivo Renner. The Danish international was sold to Kelso Marlow a year ago, but Marlow were not interested in selling.',
    'The former Portside boss is also looking for new players. “We have lots of targets,” he said.',
  ];

  it('reads the name as the team, not a person the next "he" can be', () => {
    expect(speakers(...article)).toEqual(['Graeme Tulloch']);
    expect(kindsOf('Kelso Marlow', ...article)).toEqual(['organisation']);
  });

  it('keeps two people joined by "and", or a person after "if", people', () => {
    expect(
      kindsOf(
        'Lena Hale',
        'Lena Hale met Tom Ruiz. Later Hale and Ruiz were seen together. “We are old friends,” she said.',
      ),
    ).toEqual(['person']);
    expect(
      kindsOf(
        'Lena Hale',
        'Lena Hale may resign. It would be a shock if Hale were to go, a colleague said: “She is the heart of the party.”',
      ),
    ).toEqual(['person']);
  });
});

describe('a body named with a nationality after "the" (run-kind.ts, lexicon/organisations.ts)', () => {
  it('reads "the British Retail Consortium" and "the Scottish Passenger Trust" as bodies, not people', () => {
    expect(runs('The British Retail Consortium said prices were rising.')).toEqual([
      'British Retail Consortium:organisation',
    ]);
    expect(runs('Prices are too high, the Scottish Passenger Trust said.')).toEqual([
      'Scottish Passenger Trust:organisation',
    ]);
    expect(runs('The Welsh Ramblers Forum said paths were neglected.')).toEqual(['Welsh Ramblers Forum:organisation']);
  });

  it('reads a name ending in a kind of body ("Consortium", "Forum", "Inspectorate") as that body', () => {
    expect(runs('Prices rose again, Kestrel Consortium said.')).toEqual(['Kestrel Consortium:organisation']);
    expect(runs('A report by Harbury Forum found delays.')).toEqual(['Harbury Forum:organisation']);
    expect(runs('Wardle Inspectorate said the home was unsafe.')).toEqual(['Wardle Inspectorate:organisation']);
  });
});

describe('unnamed sources of a body, named after it (resolve-role.ts, role-phrase.ts)', () => {
  it('writes "a force spokesman" and "a department spokesperson" with the body the article named', () => {
    expect(
      speakers(
        'Harland Police said the inquiry had taken two years.',
        '“This was a complex case,” a force spokesman said.',
      ),
    ).toEqual(['a Harland Police spokesman']);
    expect(
      speakers(
        'The Department of Fisheries said it was investing record sums.',
        '“We are cutting waiting times,” a department spokesperson said.',
      ),
    ).toEqual(['a Department of Fisheries spokesperson']);
  });

  it('writes "a spokeswoman for the college" with the body whose name the noun heads ("Royal College of Midwives")', () => {
    expect(
      speakers(
        'The Royal College of Harpists said staff shortages were to blame.',
        '“Harpists are exhausted,” a spokeswoman for the college said.',
      ),
    ).toEqual(['a spokeswoman for the Royal College of Harpists']);
  });

  it('keeps "a spokesman" for a body apart from a party’s spokesman for that portfolio, named later (coreference.ts)', () => {
    expect(
      speakers(
        'The Admiralty dismissed the claims. A spokesman said: “The minister has made no such decision.”',
        'The Green Party said the row showed the government was “out of touch”. Their Admiralty spokesman, Ada Brisk, said: “Dockers deserve better.”',
      ),
    ).toEqual(['a spokesman for the Admiralty', 'Green Party', 'Ada Brisk']);
  });

  it('still takes "a spokeswoman for the college" to be the college spokeswoman named later (coreference.ts)', () => {
    expect(
      speakers(
        'A spokeswoman for Harlow College said the course would go on. “We are proud of it,” she said.',
        'Harlow College spokeswoman Jo Kedge said: “Nothing has changed.”',
      ),
    ).toEqual(['Jo Kedge', 'Jo Kedge']);
  });

  it('credits "said its chief executive" to the chief executive of the body in view', () => {
    expect(
      speakers(
        'Cycling charity Wheels Together said the junction was dangerous.',
        '“We have raised concerns about this road many times,” said its chief executive.',
      ),
    ).toEqual(["Wheels Together's chief executive"]);
  });

  it('credits "his family" to the family of the man named since, not to "the family of a cyclist who…"', () => {
    expect(
      speakers(
        'The family of a cyclist who died after a crash have paid tribute to him.',
        'Daniel Fairbrook, 34, died at the scene on Saturday.',
        'In a statement, his family said: “Dan was the heart of our family.”',
      ),
    ).toEqual(["Daniel Fairbrook's family"]);
    // A lower-case "who" is no acronym of a body: the phrase ends before it ("cyclist" is a person role noun).
    expect(speakers('The family of a cyclist who died said: “He was loved by everyone.”')).toEqual([
      'the family of a cyclist',
    ]);
  });
});

describe('a word describing the business before its name (run-kind.ts, lexicon/organisations.ts)', () => {
  it('leaves "Carmaker" out of the firm’s name and reads "Retailer Harrow Stores" as a firm', () => {
    expect(runs('Carmaker Stellan Motors is recalling 40,000 vehicles.')).toEqual(['Stellan Motors:organisation']);
    expect(
      speakers(
        'Regulator Ofwatt fined three firms. Retailer Harrow Stores said it would appeal.',
        '“We will fight this,” the retailer said.',
      ),
    ).toEqual(['Harrow Stores']);
  });

  it('reads a bookmaker named like a person as the firm "the firm" then refers to', () => {
    expect(
      speakers(
        'Bookmaker Fred Lane has stopped taking bets on who will captain the side next season.',
        'The firm closed the book on Friday, saying “insider knowledge” might be behind a run of large bets.',
      ),
    ).toEqual(['Fred Lane']);
  });
});

describe('a portfolio word opening a body’s name (run-kind.ts)', () => {
  it('reads "Energy UK" and "Health Arland" as bodies, and "Energy Minister Tom Hale" as a minister', () => {
    expect(runs('Energy UK said bills would rise.')).toEqual(['Energy UK:organisation']);
    expect(runs('Health Arland said the drug was safe.')).toEqual(['Health Arland:organisation']);
    expect(runs('Energy Minister Tom Hale said bills would rise.')).toEqual(['Energy Minister Tom Hale:person']);
    expect(
      speakers(
        'Ofgem chief executive Dana Hurst said the cap would fall.',
        'Energy UK, which represents suppliers, said firms were “doing all they can” to help.',
      ),
    ).toEqual(['Energy UK']);
  });
});

describe('a plural of people opening a body’s name (run-kind.ts)', () => {
  it('reads "Citizens Advice" and "Parents Voice" as bodies, not persons', () => {
    expect(runs('Citizens Advice warned that families were in debt.')).toEqual(['Citizens Advice:organisation']);
    expect(runs('Parents Voice said the plan was unfair.')).toEqual(['Parents Voice:organisation']);
    expect(
      speakers(
        'Citizens Advice warned that many families were still in debt.',
        '“Record numbers cannot afford to top up their meters,” it said.',
      ),
    ).toEqual(['Citizens Advice']);
  });
});

describe('names of bodies and posts in court and regulator news (name-runs.ts, run-kind.ts)', () => {
  it('keeps "the Information Commissioner’s Office" whole, so "the firm said" is the firm, not the regulator', () => {
    expect(runs('The Data Commissioner’s Office said the firm had failed.')).toEqual([
      'Data Commissioner’s Office:organisation',
    ]);
    expect(
      speakers(
        'Brightwell Telecom has been fined £12m after a data breach.',
        'The Data Commissioner’s Office said the firm had failed to protect its systems.',
        '“We are deeply sorry,” the firm said.',
      ),
    ).toEqual(['Brightwell Telecom']);
  });

  it('reads "U.S. District Judge Harriet Colborne" as the judge’s name with her post before it', () => {
    expect(speakers('U.S. District Judge Harriet Colborne wrote that the law was “a severe burden.”')).toEqual([
      'Harriet Colborne',
    ]);
  });

  it('leaves out a word that opens the sentence before a plural of people ("Federal prosecutors")', () => {
    expect(runs('Federal prosecutors charged Dale Ostrander on Thursday.')).toEqual(['Dale Ostrander:person']);
    // A name the article capitalises inside a sentence stays one before a plural ("Zentrix engineers").
    expect(runs('Zentrix engineers said so. They work for Zentrix.')).toEqual(['Zentrix:single', 'Zentrix:single']);
  });
});

describe('lawyers and aides speak for whoever they act for (run-kind.ts, role-phrase.ts, resolve-role.ts)', () => {
  it('credits "Lawyers for Ostrander said" and then "his attorneys said" to Dale Ostrander’s lawyers', () => {
    expect(
      speakers(
        'Prosecutors charged former mayor Dale Ostrander with taking bribes.',
        'Lawyers for Ostrander said: “He will plead not guilty.”',
        'Prosecutors said the case against him was strong.',
        '“Mr. Ostrander looks forward to clearing his name,” his attorneys said in a statement.',
      ),
    ).toEqual(["Dale Ostrander's lawyers", "Dale Ostrander's lawyers"]);
  });
});

describe('a club named like a person (name-entities.ts)', () => {
  it('reads "Kendal, who signed Hale," as the club the article writes "at Kendal" and "The Kendal tight-head" of', () => {
    expect(
      speakers(
        'Tough-scrummaging prop Dan Hale is in the form of his life. The Kendal tight-head knows the scrum will be tested.',
        'Kendal, who signed Hale from Ashby in 2003, have been aided by Hale’s presence. The Reds are top of the table. “I am pleased with my form,” he said. “The people I play with at Kendal help me.”',
      ),
    ).toEqual(['Dan Hale', 'Dan Hale']);
  });
});

describe('a firm called by the first word of its name (name-entities.ts, lexicon/organisations.ts)', () => {
  it('reads "Kestrel said" as Kestrel Foods, and "the company" after "Shares in Hartwell" as Hartwell Stores', () => {
    expect(
      speakers(
        'Hartwell Stores has reported a fall in profits. Hartwell said it would close 12 shops.',
        'Kestrel Foods, its main rival, said sales were up. “We have had a strong season,” Kestrel said.',
        'Shares in Hartwell fell 8%. The company said it expected “a difficult first half”.',
      ),
    ).toEqual(['Kestrel Foods', 'Hartwell Stores']);
  });
});

describe('a document owned by "its" is the subject body’s (role-document.ts)', () => {
  it('reads "Its quarterly survey" as the Chambers’ survey, so their "it said" is not the Bank they urged', () => {
    expect(
      speakers(
        'The Northern Chambers of Commerce (NCC) has urged the Bank of Arland to cut interest rates.',
        'Its quarterly survey found orders fell for the third month. The NCC called for “urgent action”.',
        '“The economy is clearly slowing,” it said.',
      ),
      // "called for “urgent action”" quotes the caller's words (cues.ts), so the NCC speaks twice.
    ).toEqual(['Northern Chambers of Commerce', 'Northern Chambers of Commerce']);
  });
});

describe('a body named after the "the" that opens a sentence is its subject (clause-subjects.ts)', () => {
  it('reads "It said" after "The Bank of Arland has forecast…" as the Bank, not the office that spoke before', () => {
    expect(
      speakers(
        'The Office for National Statistics said all three main sectors had contracted.',
        'The Bank of Arland has forecast that the economy will stagnate next year. It said in November that “risks are skewed to the downside”.',
      ),
    ).toEqual(['Bank of Arland']);
  });
});

describe('friends and allies speak about someone, never as them (role-mentions.ts, unnamed-source.ts)', () => {
  it('credits "Mr Hale\'s friends said", "Friends of Mr Hale said", "His friends said" to his friends, not to him', () => {
    expect(
      speakers(
        'The home secretary, Owen Hale, told MPs: “I have done nothing wrong.”',
        'Mr Hale’s friends said he was “angry and hurt”. Friends of Mr Hale said he would “fight on”.',
        'His friends said he was “calm”.',
      ),
    ).toEqual(['Owen Hale', "Owen Hale's friends", "Owen Hale's friends", "Owen Hale's friends"]);
  });

  it('leaves "he" after "his lawyers said" to the man, not to his lawyers (resolve-pronoun.ts)', () => {
    expect(
      speakers(
        'The home secretary, Owen Hale, told MPs: “I have done nothing wrong.”',
        'His lawyers said he was calm. “I will be cleared,” he added.',
      ),
    ).toEqual(['Owen Hale', 'Owen Hale']);
  });
});

describe('statements, parties and spokesmen already named (resolve-role.ts, role-fit.ts, lexicon/titles.ts)', () => {
  it('credits "the report said" to the author of the report named before, not the latest body', () => {
    expect(
      speakers(
        'Mobile use is growing fast in poorer nations, according to a Harlow Institute report.',
        'Officials at the United Nations welcomed the findings.',
        '“People in the developing world are getting access at an amazing rate,” said the report.',
      ),
    ).toEqual(['Harlow Institute']);
  });

  it('writes "a party spokesman" with the party that just spoke', () => {
    expect(
      speakers(
        'Labour said the sums did not add up.',
        '“They would have to cut schools and hospitals,” a party spokesman said.',
      ),
    ).toEqual(['a Labour spokesman']);
  });

  it('writes "a party spokesman" with the party that spoke, not one named later in what it said', () => {
    expect(
      speakers(
        'But Labour said the Conservatives’ sums did not add up.',
        'A party spokesman said: “The Tories would cut public services.”',
      ),
    ).toEqual(['a Labour spokesman']);
  });

  it('keeps whose sources spoke: "Treasury sources", "Senior Labour sources", not bare "sources"', () => {
    expect(
      speakers(
        'Treasury sources said the chancellor would “not be bounced” into action.',
        'Senior Labour sources told reporters the plan was “dead”.',
      ),
    ).toEqual(['Treasury sources', 'Senior Labour sources']);
  });

  it('reads "the BPI spokesman" as the spokesman for the body introduced before, not a new one', () => {
    expect(
      speakers(
        'The chart is to include albums, the Recorded Music Industry (RMI) has announced.',
        'A spokesman for the RMI said: “This is a big step.”',
        'The RMI spokesman described the chart as having been “a great success” since its launch.',
      ),
    ).toEqual(['a spokesman for the Recorded Music Industry', 'a spokesman for the Recorded Music Industry']);
  });

  it('reads "Harbour Radio DJ Pete Mitchell" as a person with his station and post before his name', () => {
    expect(speakers('Harbour Radio DJ Pete Mitchell said: “Fans will love it.”')).toEqual(['Pete Mitchell']);
  });
});

describe('politicians described by a past office or by party and state (resolve-role.ts, run-kind.ts)', () => {
  it('credits "the former minister added" to the shadow chancellor in focus, a past office being no clash', () => {
    expect(
      speakers(
        'Shadow chancellor Oliver Letwood said his plans were fully costed. The former minister added: “Every penny is accounted for.”',
      ),
    ).toEqual(['Oliver Letwood']);
  });

  it('reads "the Ohio Republican said" as the politician in focus, not a body named "Ohio Republican"', () => {
    expect(runs('“I can’t support it,” the Ohio Republican said.')).toEqual([]);
    expect(
      speakers(
        'House Speaker Tom Brandt backed the deal, while Rep. Wes Carver of Ohio said it would hurt manufacturers.',
        '“I can’t support something that sends jobs overseas,” the Ohio Republican said.',
      ),
    ).toEqual(['Wes Carver']);
  });

  it('reads "the Health and Safety Executive" and "the Foreign and Commonwealth Office" as one body each (name-runs.ts, run-kind.ts)', () => {
    expect(
      runs(
        'The Health and Safety Executive said the firm was reckless. The Foreign and Commonwealth Office agreed. Chief Executive Ann Price met the Treasury and Foreign Office.',
      ),
    ).toEqual([
      'Health and Safety Executive:organisation',
      'Foreign and Commonwealth Office:organisation',
      'Chief Executive Ann Price:person',
      'Treasury:organisation',
      'Foreign Office:organisation',
    ]);
  });

  it('reads "the U.S. Chamber of Commerce" as a body, not a person titled "U.S."', () => {
    expect(runs('The U.S. Chamber of Commerce urged Congress to act.')).toContain(
      'U.S. Chamber of Commerce:organisation',
    );
  });

  it('keeps the possessive inside a body\'s name, "the King\'s Fund", and reads "Marlowe\'s said" as its speaker', () => {
    expect(speakers('The Queen’s Trust said the plans were “entirely predictable”.')).toEqual(['Queen’s Trust']);
    expect(speakers('Marlowe’s said sales had risen. “We had a strong Christmas,” a spokesman said.')).toEqual([
      'a spokesman for Marlowe',
    ]);
  });

  it('reads a kind of body in the plural before "of" as a body: "the British Chambers of Commerce", not Mr Chambers', () => {
    expect(
      runs('The British Chambers of Commerce said the rise was a mistake. Senator Tom Chambers of Ohio agreed.'),
    ).toEqual(['British Chambers of Commerce:organisation', 'Senator Tom Chambers:person']);
    expect(
      speakers(
        'The Bank of Arden kept rates on hold.',
        'The Arden Chambers of Commerce said the decision was “a missed opportunity”.',
      ),
    ).toEqual(['Arden Chambers of Commerce']);
  });
});

describe('a group named by a plural that opens its clause (role-mentions.ts, resolve-role.ts)', () => {
  it('credits "In Ardmore, lawmakers said" to the lawmakers: a phrase that sets the scene comes first', () => {
    expect(
      speakers('The governor signed the order.', 'In Ardmore, lawmakers said the order went “far beyond” his powers.'),
    ).toEqual(['lawmakers']);
  });

  it('credits "the inquiry said" to the inquiry, not the council it judged', () => {
    expect(
      speakers(
        'The inquiry said Eastport Council had been “negligent”.',
        '“Staff failed to act,” the inquiry said.',
        'The Harbour Inquiry was set up in 2020. “We found many failings,” the inquiry said.',
      ),
    ).toEqual(['inquiry', 'inquiry', 'Harbour Inquiry']);
  });

  it('reads a name followed by ", which" as a body, so "the company said" is that body, not the town named after it', () => {
    expect(runs('Caldwell Steel, which employs 3,000 people, will cut jobs. Tom Ellery, who runs it, agreed.')).toEqual(
      ['Caldwell Steel:organisation', 'Tom Ellery:person'],
    );
    expect(
      speakers(
        'Caldwell Steel, which employs 3,000 people, will cut 200 jobs at its site in Derby.',
        'The company said: “This was a very difficult decision.”',
      ),
    ).toEqual(['Caldwell Steel']);
  });

  it('reads a lone name after "in" as a place, so "the company said" is never the town the firm works in', () => {
    const found = speakers(
      'Caldwell Steel said it would cut 200 jobs at its site in Derby.',
      'The company said: “This was a very difficult decision.”',
    );
    expect(found).toHaveLength(1);
    expect(found).not.toContain('Derby');
  });

  it('credits "The government said" to the government, not to the broadcaster or firm named before', () => {
    expect(
      speakers(
        'Caldwell Steel will close its Teesside plant. Its chief executive, Priya Desai, told Harbour News the plant had been losing money.',
        'The government said it was “working closely” with the company.',
      ),
    ).toEqual(['government']);
  });

  it('reads a name ending in what a firm names itself by ("Kestrel Chemicals", "Harrow Stores") as a firm (lexicon/organisations.ts)', () => {
    expect(runs('Kestrel Chemicals said no one was hurt. Harrow Stores and Tom Mills agreed.')).toEqual([
      'Kestrel Chemicals:organisation',
      'Harrow Stores:organisation',
      'Tom Mills:person',
    ]);
    expect(
      speakers(
        'A spokeswoman for the factory’s owner, Kestrel Chemicals, said no one had been injured.',
        '“We are working closely with the fire service,” she added.',
      ),
    ).not.toContain('Kestrel Chemicals');
  });

  it('reads "Lenders said", "Insurers warned" opening a sentence as those businesses, not names (name-runs.ts)', () => {
    expect(runs('Lenders said the squeeze was severe. Insurers warned of losses. Harrow Bank agreed.')).toEqual([
      'Harrow Bank:organisation',
    ]);
  });

  it('credits "Teachers\' unions said" opening a sentence to the unions, not to the board named before', () => {
    expect(
      speakers(
        'The school board voted to close Eastside Primary on Monday.',
        "Parents’ groups said the decision was “a betrayal”. Teachers' unions called it “reckless”.",
      ),
    ).toEqual(['parents’ groups', "teachers' unions"]);
  });

  it('credits "The victims\' families said" to those families, not the body that spoke before', () => {
    expect(
      speakers(
        'The Constables’ Guild said cuts were to blame.',
        'The victims’ families said they felt “vindicated” by the report.',
      ),
    ).toEqual(['the victims’ families']);
  });

  it('credits "Union leaders said" to the union named before, not the firm nor nobody', () => {
    expect(
      speakers(
        'Members of the Harbour Rail Union will walk out next week, the union said.',
        'Talks with the operator, Northway Trains, broke down on Friday.',
        'Union leaders said the offer was “an insult to every worker on the network”.',
      ),
    ).toEqual(['Harbour Rail Union']);
  });

  it('credits "Analysts at Corbel Securities said" to the firm they speak for, not to "analysts"', () => {
    expect(
      speakers(
        'Shares in Halvern Mining fell 8% on Tuesday.',
        'Analysts at Corbel Securities said the cut was “deeper than anyone expected”.',
      ),
    ).toEqual(['Corbel Securities']);
  });

  it('credits "Republican leaders said" to the group, not to the senator in focus', () => {
    expect(
      speakers(
        '“This is a sad day for the country,” said Senator Maria Delgado, a Democrat from Nevada.',
        'Republican leaders said the bill was “an attack on law-abiding citizens”.',
      ),
    ).toEqual(['Maria Delgado', 'Republican leaders']);
  });

  it('names "Civil rights groups" and "opposition councillors" as written, and "the council" stays the council', () => {
    expect(speakers('Civil rights groups said the ruling was “a victory for democracy”.')).toEqual([
      'civil rights groups',
    ]);
    expect(
      speakers(
        'The leader of Brinkley Borough Council, Sue Parnell, said: “Nobody wants to do this.”',
        'Opposition councillors said the rise was “a tax on families”.',
        'The council said it had “protected frontline services”.',
      ),
    ).toEqual(['Sue Parnell', 'opposition councillors', 'Brinkley Borough Council']);
  });
});

describe('what names a firm: where its people work, its kind of business, an appositive (run-kind.ts, name-runs.ts)', () => {
  it('reads the name after "Bosses at" as a firm, so "the company said" is that firm', () => {
    expect(runs('Bosses at Kestrel Interactive said they would move staff abroad.')).toEqual([
      'Kestrel Interactive:organisation',
    ]);
    expect(
      speakers(
        'Games firms have warned that a new tax will cost jobs, said Tom Hill, head of the trade body UK Play.',
        'Bosses at Kestrel Interactive said they would move staff abroad. “We cannot stay,” the company said.',
      ),
    ).toEqual(['Kestrel Interactive']);
  });

  it('leaves a capital that only opens the sentence out of a name before a plural of bodies ("Games firms")', () => {
    expect(runs('Games firms have warned that a new tax will cost jobs.')).toEqual([]);
  });

  it('reads "The regulator, Ofwatt," as the body and "Harbridge Water" as a firm, so "the company said" is the firm', () => {
    expect(runs('The regulator, Ofwatt, said so.')).toEqual(['Ofwatt:organisation']);
    expect(
      speakers(
        'Harbridge Water has been fined £30m for failing to stop sewage leaks.',
        'The regulator, Ofwatt, said the firm had “let customers down”.',
        '“We accept the findings in full,” the company said.',
      ),
    ).toEqual(['Ofwatt', 'Harbridge Water']);
  });
});

describe('an office is not a lawyer’s, a body short-named is named in full (resolve-role.ts, role-mentions.ts)', () => {
  it('credits "The judge said" to an unnamed judge, not to the defendant’s lawyer in focus', () => {
    expect(
      speakers(
        'Prosecutors say former mayor Dale Ostrander took $2m in bribes.',
        'Ostrander’s lawyer, Ann Brooks, said the case was “built on lies”.',
        'The judge said the trial would last “at least six weeks”.',
      ),
    ).toEqual(['Ann Brooks', 'the judge']);
  });

  it('writes "a Commission spokeswoman" with the full name of the body named before', () => {
    expect(
      speakers(
        'The European Commission has proposed new limits on cod fishing.',
        '“Stocks are at a dangerously low level,” a Commission spokeswoman said.',
      ),
    ).toEqual(['a European Commission spokeswoman']);
  });
});

describe('families, boards, crews and counties (resolve-role.ts, lexicon/organisations.ts)', () => {
  it('credits "his family said" to the family of the man named, though his name was no subject', () => {
    expect(
      speakers(
        'A man who died in a house fire in Derwick has been named as Alan Pike, 67.',
        'In a statement, his family said: “Alan was a devoted husband and grandfather.”',
        'Fire crews said the blaze was “not suspicious”.',
      ),
    ).toEqual(["Alan Pike's family", 'crews']);
  });

  it('credits "the board said" to the firm whose board it is', () => {
    expect(
      speakers(
        'The board of Ashby Motors has rejected a takeover bid from a US rival.',
        '“The offer undervalues the company,” the board said.',
      ),
    ).toEqual(['Ashby Motors']);
  });

  it('reads "Harlow County" as a body, and "the county said" as that body', () => {
    expect(
      speakers(
        'Harlow County has raised property taxes by 4% to close a budget gap.',
        '“We had no other option,” the county said in a statement.',
      ),
    ).toEqual(['Harlow County']);
  });
});

describe('a college speaks as a body (lexicon/roles.ts)', () => {
  it('credits "the college said" to the Royal College named before, not to its general secretary', () => {
    expect(
      speakers(
        'The Royal College of Harpists said its members had voted to strike.',
        'Its general secretary, Pat Cullen, said harpists were “at breaking point”.',
        '“We will not stand by,” the college said.',
      ),
    ).toEqual(['Pat Cullen', 'Royal College of Harpists']);
  });
});

describe('a place word before a noun for a body (run-kind.ts)', () => {
  it('reads "the Californian tech giant" as the firm in view, and "the GMB union" as GMB', () => {
    expect(runs('The Californian tech giant said it would appeal.')).toEqual([]);
    expect(runs('The GMB union said it would appeal.')).toEqual(['GMB:organisation']);
    expect(
      speakers(
        'The European Commission has fined Orbitel, the search giant, €2.4bn for abusing its dominance.',
        'The Californian tech giant said it would appeal. “We disagree with the conclusions,” the company said.',
      ),
    ).toEqual(['Orbitel']);
  });
});

describe('a name before experts only a body employs (run-kind.ts)', () => {
  it('reads "Harwell Sachs analysts" as the firm’s analysts, and "Tom Hale aides" as a person’s', () => {
    expect(runs('Harwell Sachs analysts said they expected a rise.')).toEqual(['Harwell Sachs:organisation']);
    expect(runs('Morley Stanton economists said growth would slow.')).toEqual(['Morley Stanton:organisation']);
    expect(runs('Tom Hale aides said he would run.')).toEqual(['Tom Hale:person']);
    expect(
      speakers(
        'Oil prices rose on Monday.',
        'Harwell Sachs analysts said they expected a rise. “Risks are skewed to the upside,” they wrote.',
      ),
    ).toEqual(['Harwell Sachs']);
  });
});

describe('"the authors", "the fans": a plural after "the" before a speech verb (role-mentions.ts, role-groups.ts)', () => {
  it('credits the group, not the one person quoted before', () => {
    expect(
      speakers(
        'Researchers at Eastbridge University followed 40,000 adults for ten years.',
        '“The benefits were clear,” said the study’s lead author, Dr Priya Nair.',
        'The authors wrote in the journal Heart that the findings “should encourage doctors to prescribe exercise”.',
      ),
    ).toEqual(['Priya Nair', 'authors']);
  });

  it('credits the group named before by that plural', () => {
    expect(
      speakers(
        'Fans have protested outside the ground every Saturday.',
        'Club captain Tom Hale said: “We owe them everything.”',
        'The fans said they would return “every week until the owners go”.',
      ),
    ).toEqual(['Tom Hale', 'fans']);
  });
});

describe('"they" after people of a body named in the plural (resolve-pronoun.ts)', () => {
  it('credits the body whose analysts spoke, not a plural named further back', () => {
    const memo = 'Tech firm Corvex said it would cut 2,000 jobs, according to a memo sent to staff.';
    expect(
      speakers(memo, 'Analysts at Brightline Capital said the cuts were overdue. “It grew too fast,” they wrote.'),
    ).toEqual(['Brightline Capital']);
    expect(
      speakers(memo, 'Brightline Capital analysts said the cuts were overdue. “It grew too fast,” they wrote.'),
    ).toEqual(['Brightline Capital']);
  });

  it('keeps an unnamed staff out of "they": its people are not named with a body', () => {
    expect(
      speakers(
        'The campaign has a staff of dozens producing videos.',
        'People have more choice, Teddy Hale said. They have “higher expectations for how they are served,” he said. “It is a difficult task.”',
      ),
    ).toEqual(['Teddy Hale', 'Teddy Hale']);
  });
});

describe('a name that ends in a question or exclamation mark (marked-names.ts)', () => {
  it('reads "Which?" and "Yahoo!" as bodies when the sentence goes on after the mark', () => {
    expect(runs('Consumer group Which? said it had found faults.')).toEqual(['Which ?:organisation']);
    expect(runs('Yahoo! has bought the photo site.')).toEqual(['Yahoo !:organisation']);
    expect(runs('Is this Kosovo? asked one delegate.')).toEqual(['Is:single', 'Kosovo:single']);
    expect(
      speakers(
        'Tom Hale, who runs a ticket agency, said prices had doubled.',
        'Consumer group Which? said buyers should be wary of resale sites. “Only buy from official sellers,” it said.',
        '“It is the biggest show of the year,” said Hale.',
      ),
    ).toEqual(['Which?', 'Tom Hale']);
  });
});

describe('one body serving two places, "Avon and Somerset Police" (name-pairs.ts, name-runs.ts)', () => {
  it('reads the whole name as one body, but not two bodies where the first is also written alone', () => {
    expect(runs('Avon and Somerset Police said two men had been arrested.')).toEqual([
      'Avon and Somerset Police:organisation',
    ]);
    expect(
      runs('Harlow and Lytham Bank both raised their rates.', 'Harlow said its customers were protected.'),
    ).toEqual(['Harlow:single', 'Lytham Bank:organisation', 'Harlow:single']);
    expect(
      speakers(
        'Avon and Somerset Police said two men had been arrested. “Inquiries are continuing,” a spokeswoman said.',
      ),
    ).toEqual(['a spokeswoman for Avon and Somerset Police']);
  });
});

describe('a noun for a person’s role and a kind of business before a run (descriptor-before-body.ts)', () => {
  it('drops "Developer" and "Broadcaster" from a body’s name, and keeps "Promoter" a person’s title', () => {
    expect(runs('Developer Harbour Homes said the scheme would create 300 jobs.')).toEqual([
      'Harbour Homes:organisation',
    ]);
    expect(
      speakers(
        'Broadcaster Channel Nine said it would not air the interview.',
        '“We took advice,” a spokeswoman said.',
      ),
    ).toEqual(['a spokeswoman for Channel Nine']);
    expect(speakers('Promoter Dave Kiernan said the fight would go ahead. “Both boxers are fit,” he said.')).toEqual([
      'Dave Kiernan',
    ]);
  });
});

describe('a body described before any is named keeps its description (role-organisation.ts)', () => {
  it('names "The search giant said" with no body in view "the search giant", not "giant"', () => {
    expect(
      speakers(
        'The search giant said: "We will appeal against this decision."',
        'The fine was the largest the regulator has ever set.',
      ),
    ).toEqual(['the search giant']);
  });
});

describe("sport's words for a club describe the body named after them (lexicon/roles.ts)", () => {
  it('reads "Mexican outfit Red Sharks Veracruz, who…" as a club, not a person, though "who" follows', () => {
    expect(runs('He could join Mexican outfit Red Sharks Veracruz, who also expressed an interest.')).toEqual([
      'Mexican:title',
      'Red Sharks Veracruz:organisation',
    ]);
  });
});
