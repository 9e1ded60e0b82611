import { describe, expect, it } from 'vitest';
import { EntityRegistry } from '../../../lambdas/core/quotes/entities';
import { findQuotes, readQuotes } from '../../../lambdas/core/quotes/index';
import { analyzeMentions } from '../../../lambdas/core/quotes/mentions';
import { entitiesForNames } from '../../../lambdas/core/quotes/name-entities';
import { findNameRuns } from '../../../lambdas/core/quotes/name-runs';
import { classifyRun } from '../../../lambdas/core/quotes/run-kind';
import { layoutBody } from '../../../lambdas/core/sentences';
import { read, runs, speakers, text } from '../../helpers/quote-readers';

/**
 * Each stage of reading the reporter's text (mentions.ts and the files it
 * calls), on short articles written for these tests with invented names.
 */
describe('stage 1: runs of capitalised words (name-runs.ts)', () => {
  it('keeps particles and "&" inside a name and drops the capital that only opens a sentence', () => {
    expect(runs('Speaking on Monday, Jan van der Berg praised Harrow & Pike.')).toEqual([
      'Jan van der Berg:person',
      'Harrow & Pike:organisation',
    ]);
  });

  it('keeps "Save the Children" one name, but not "Madison the Founding Fathers"', () => {
    expect(runs('She works at Save the Children now.')).toEqual(['Save the Children:organisation']);
    expect(runs('It was Madison the Founding Fathers chose.')).toEqual([
      'Madison:single',
      'Founding Fathers:organisation',
    ]);
  });

  it('drops a preposition that opens the sentence: "Outside court, …"', () => {
    expect(runs('Outside court, the family of Daniel Hale said they would appeal.')).toEqual(['Daniel Hale:person']);
    expect(runs('Others were less sure.')).toEqual([]);
    expect(runs('Soon after the vote, the count began.')).toEqual([]);
  });

  it('drops a speech verb that opens the sentence before a name: "Said Ilan Brook: “…”"', () => {
    expect(runs('Said Ilan Brook: “I am not a politician.”')).toEqual(['Ilan Brook:person']);
    expect(runs('Insisting Ana Lenz was wrong, the mayor left.')).toEqual(['Ana Lenz:person']);
    expect(speakers('Said Ilan Brook: “I am not a politician.”')).toEqual(['Ilan Brook']);
  });

  it('reads an organisation noun before the place it stands in as an organisation: "Imperial College London"', () => {
    expect(runs('Dr Ama Boateng, a virologist at Imperial College London, spoke.')).toEqual([
      'Dr Ama Boateng:person',
      'Imperial College London:organisation',
    ]);
  });

  it('keeps "the Competition and Markets Authority" one body, and "the Treasury and Foreign Office" two', () => {
    expect(runs('A spokeswoman for the Competition and Markets Authority said it would act.')).toEqual([
      'Competition and Markets Authority:organisation',
    ]);
    expect(runs('Officials at the Treasury and Foreign Office said no.')).toEqual([
      'Treasury:organisation',
      'Foreign Office:organisation',
    ]);
  });

  it('reads "in Tarnów, Mazovia," as a town and its region, both places that speak for no one', () => {
    const { tokens } = read('A farmer in Tarnów, Mazovia, said prices fell.');
    const { runs: found } = findNameRuns(tokens);
    expect(found.map((r) => [text(tokens, r.first, r.last), r.kind, r.locative])).toEqual([
      ['Tarnów', 'place', true],
      ['Mazovia', 'place', true],
    ]);
    expect(analyzeMentions(tokens).mentions.map((m) => m.entity?.name)).not.toContain('Mazovia');
  });

  it('takes a full name after "the mayor of Rubkan," for the mayor, not for a region', () => {
    expect(speakers('“We have nothing to hide,” said the mayor of Rubkan, Idris Haddad.')).toEqual(['Idris Haddad']);
    expect(runs('A farmer from Sumter, South Carolina, sold his land.')).toEqual([
      'Sumter:place',
      'South Carolina:place',
    ]);
  });

  it('reads a month between a determiner and the noun it dates as a date, not a body: "The April survey" (name-runs.ts)', () => {
    expect(
      runs('The April survey found Ochoa ahead. Its March report agreed. April Ryan and Theresa May spoke.'),
    ).toEqual(['Ochoa:single', 'April Ryan:person', 'Theresa May:person']);
  });

  it('skips a dateline in capitals or before an agency in brackets', () => {
    expect(runs('KAUNAS — Ruta Valaitis opened the bridge.')).toEqual(['Ruta Valaitis:person']);
    expect(runs('Kaunas (NTA) – Ruta Valaitis opened the bridge.')).toEqual(['Ruta Valaitis:person']);
    // A capitalised name opening a paragraph with no dash after it is no dateline.
    expect(runs('Ruta Valaitis opened the bridge.')).toEqual(['Ruta Valaitis:person']);
  });
});

describe('stage 1b: what a run names (run-kind.ts)', () => {
  const kindOf = (sentence: string, words: string) => {
    const { tokens } = read(sentence);
    const first = tokens.findIndex((t) => t.text === words.split(' ')[0]);
    const run = classifyRun(tokens, first, first + words.split(' ').length - 1);
    return run && { kind: run.kind, name: run.name.join(' '), titles: run.titles.join(' ') };
  };

  it('reads a run that ends on a title written short as a post, not a person: "former Ohio Gov. and party chairman Ana Ruiz"', () => {
    expect(runs('Speaking on Monday, former Ohio Gov. and Democratic Party Chairman Ana Ruiz said it.')).toEqual([
      'Ohio Gov:title',
      'Democratic Party Chairman Ana Ruiz:person',
    ]);
    expect(speakers('“We will win Ohio,” said former Ohio Gov. and Democratic Party Chairman Ana Ruiz.')).toEqual([
      'Ana Ruiz',
    ]);
  });

  it('reads a body noun used as a verb as no sign of a body: "trying to show Ana Lenz is wrong"', () => {
    expect(runs('Tom Reyes is trying to show Ana Lenz is wrong about the harbour.')).toEqual([
      'Tom Reyes:person',
      'Ana Lenz:person',
    ]);
    expect(runs('The harbour show Dock Talk will return in May.')).toEqual(['Dock Talk:organisation']);
  });

  it('splits titles from the name and keeps an honorific suffix out of it', () => {
    expect(kindOf('Harbour Minister Lena Okafor spoke.', 'Harbour Minister Lena Okafor')).toEqual({
      kind: 'person',
      name: 'Lena Okafor',
      titles: 'Harbour Minister',
    });
    expect(kindOf('Amadou Keita QC spoke.', 'Amadou Keita QC')).toEqual({
      kind: 'person',
      name: 'Amadou Keita',
      titles: '',
    });
  });

  it('takes an organisation noun last, an acronym or "&" for an organisation', () => {
    expect(kindOf('Then Northgate Rovers Football Club spoke.', 'Northgate Rovers Football Club')?.kind).toBe(
      'organisation',
    );
    expect(kindOf('Then Quill & Anvil spoke.', 'Quill & Anvil')?.kind).toBe('organisation');
  });

  it('reads a titled person of a body named by its acronym as the person: "Dr Ines Marr of UCL"', () => {
    expect(kindOf('Then Dr Ines Marr of UCL spoke.', 'Dr Ines Marr of UCL')).toMatchObject({
      kind: 'person',
      name: 'Ines Marr',
      titles: 'Dr',
    });
  });

  it('reads "DJ" before a name as the person’s job, not an acronym that makes the run a firm', () => {
    expect(kindOf('Then DJ Sam Pell spoke.', 'DJ Sam Pell')).toMatchObject({ kind: 'person', name: 'Sam Pell' });
  });

  it('keeps a channel’s or station’s number in its name: "Channel 4 said", "Radio 1 said"', () => {
    expect(
      speakers(
        'The late DJ Sam Pell was a legend of the airwaves, and his radio show ran for decades.',
        'Radio 1 said the station would rise to the “challenge” of keeping his legacy alive.',
        'Channel 4 said the tribute was “a huge success”.',
      ),
    ).toEqual(['Radio 1', 'Channel 4']);
  });

  it('reads a title word after Mr or Dr as the surname: "Mr Prince said"', () => {
    expect(kindOf('Then Mr Prince spoke.', 'Mr Prince')).toEqual({ kind: 'person', name: 'Prince', titles: 'Mr' });
  });

  it('reads a party before a full name as a description, not part of the name: "Republican Dana Whitcombe"', () => {
    expect(kindOf('Republican Dana Whitcombe spoke.', 'Republican Dana Whitcombe')).toEqual({
      kind: 'person',
      name: 'Dana Whitcombe',
      titles: 'Republican',
    });
    expect(
      speakers('“We will hold the line,” said Liberal Democrat Owen Farrant.', '“It was close,” said Tory Maddox.'),
    ).toEqual(['Owen Farrant', 'Tory Maddox']);
  });

  it('reads "Republican of North Dakota" after a name as the place the person stands for, not a person "Dakota"', () => {
    expect(
      speakers(
        'Senator Marta Quill, Republican of North Dakota, called over her shoulder, “His plan is not helping.”',
        'Representative Lena Dorsey, Democrat of West Virginia, agreed. “We need more,” Ms. Dorsey said.',
      ),
    ).toEqual(['Marta Quill', 'Lena Dorsey']);
  });

  it('reads a portfolio before a title as the post, not a firm: "Energy Secretary Jo Hart"', () => {
    expect(kindOf('Energy Secretary Jo Hart spoke.', 'Energy Secretary Jo Hart')).toEqual({
      kind: 'person',
      name: 'Jo Hart',
      titles: 'Energy Secretary',
    });
  });

  it('takes an employer of any length before the title as part of the post', () => {
    expect(
      kindOf(
        'Harbour Workers National Committee Chairman Ilse Brandt spoke.',
        'Harbour Workers National Committee Chairman Ilse Brandt',
      ),
    ).toEqual({ kind: 'person', name: 'Ilse Brandt', titles: 'Harbour Workers National Committee Chairman' });
  });

  it('reads the name after "Speaking to the Today programme," as a person, not the programme\'s', () => {
    expect(runs('Speaking to the Today programme, Jo Hart said the plan would work.')).toEqual([
      'Today:organisation',
      'Jo Hart:person',
    ]);
  });
});

describe('stage 2: one entity per person (name-entities.ts)', () => {
  it('reads a lone word after a job noun as a person when the clause goes on: "Eastport manager Okonjo is no fan of excuses"', () => {
    expect(
      speakers(
        'Eastport chairman Dev Patel says the club will not sell its best players. “We have turned down three offers already,” Patel told the club website.',
        'Eastport manager Okonjo is no fan of excuses. “The players know what is expected of them,” he said.',
      ),
    ).toEqual(['Dev Patel', 'Okonjo']);
  });

  it('gives a surname, a titled name and a full name one identity', () => {
    const { tokens } = read('Secretary of State Ilse Brandvold arrived.', 'Brandvold met Ms Brandvold’s staff.');
    const registry = new EntityRegistry();
    const { runs: found } = findNameRuns(tokens);
    const { runEntity } = entitiesForNames(tokens, found, registry);
    const people = new Set([...runEntity.values()].filter((e) => e.kind === 'person'));
    expect([...people].map((e) => e.name)).toEqual(['Ilse Brandvold']);
  });

  it('reads a surname in capitals as the person named with it: "OKAFOR: “…”" in a transcript, not an acronym', () => {
    expect(
      speakers(
        'The debate between Kwame Okafor and Efua Mensah was heated.',
        'OKAFOR: “We will rebuild the port.”',
        'MENSAH: “That is a slogan, not a plan.”',
      ),
    ).toEqual(['Kwame Okafor', 'Efua Mensah']);
  });

  it('reads a lone word named long before a two-word name as no given name of it: "Quillon" and "Quillon Chat"', () => {
    // An analyst speaks as "he"; the firm, named alone many times, must not become a man called "Quillon Chat"
    // whom the pronouns would then follow.
    expect(
      speakers(
        'Quillon has turned 20, a great age for an internet firm.',
        'Quillon was the first web portal to sell shares, and Quillon still draws millions of visitors.',
        'For Corvex analyst Aurelio Brandt, Quillon made an error. “They bet on the portal,” he said.',
        '“That bet has cost them dearly,” he added.',
        'Quillon now wants to put Quillon Chat on every phone.',
      ),
    ).toEqual(['Aurelio Brandt', 'Aurelio Brandt']);
  });

  it('still reads a given name as the person named in full later when it reads as a person: "his brother Tobin"', () => {
    expect(
      speakers(
        'Ines Garver rarely speaks of her brother Tobin, who died in 1990.',
        'Tobin was the charming one, friends recall.',
        '“He could talk his way into anything,” said Ines Garver.',
        'Tobin Garver flew planes for a living. “I love the sky,” Tobin told a friend in 1975.',
      ),
    ).toEqual(['Ines Garver', 'Tobin Garver']);
  });

  it('reads a lone word as the surname of someone named before it is the first word of a building', () => {
    expect(
      speakers(
        'Thandi Nkosi owns Nkosi Meadow in the city centre.',
        'Guests arrived at Nkosi Meadow on Friday.',
        'Nkosi said: “We are full every night.”',
      ),
    ).toEqual(['Thandi Nkosi']);
  });
});

describe('stages 3 and 4: roles and appositives (role-mentions.ts, appositives.ts)', () => {
  /** The entity a role phrase ending in `noun` resolves to. */
  const roleReferent = (sentence: string, noun: string) => {
    const { tokens } = read(sentence);
    const mention = analyzeMentions(tokens).mentions.find((m) => tokens[m.last]!.text === noun);
    return mention?.entity?.name;
  };

  it('reads moderators, anchors and correspondents as people: "asked by Harbour TV moderator Ana Lenz", "Another correspondent wrote"', () => {
    expect(
      speakers('Tom Reyes was asked by Harbour TV moderator Ana Lenz whether the plan would risk “wrecking the port.”'),
    ).toEqual(['Ana Lenz']);
    expect(
      speakers(
        'Mia Holt, who runs the forum, collects the letters. “Some of them are heartbreaking,” she said.',
        'Another correspondent wrote: “My husband has not left his room in a week.”',
      ),
    ).toEqual(['Mia Holt', 'another correspondent']);
  });

  it('keeps a name with role words before it as its own mention after a role phrase: "Her neighbour, retired teacher Brian Sutcliffe, agreed."', () => {
    expect(
      speakers(
        'Among the parents was Claire Dunmore, whose two children attend the village school.',
        '“It is the heart of the village,” she said.',
        'Her neighbour, retired teacher Brian Sutcliffe, agreed. “I taught there for 30 years. It breaks my heart.”',
      ),
    ).toEqual(['Claire Dunmore', 'Brian Sutcliffe']);
  });

  it('reads an epithet that is not its clause’s subject as someone else: "Sutter claimed the Welshman…"', () => {
    expect(
      roleReferent(
        'Westbury boss Graham Sutter has dropped striker Craig Bellard, claiming the Welshman had feigned injury.',
        'Welshman',
      ),
    ).toBe('Craig Bellard');
    // After a copula the epithet is the subject itself.
    expect(
      roleReferent('Tim Hewson, seeded third, is hoping to become the first Australian man to win the title.', 'man'),
    ).toBe('Tim Hewson');
  });

  it('reads "the musical’s director is Matthew Warrick" as naming the role, so "he said" after it is Warrick', () => {
    expect(
      speakers(
        '“Toronto really wanted this premiere,” said producer Kevin Wall.',
        'The musical’s British director is Matthew Warrick, best known for the stage hit Canvas. “The production will be a hybrid of text and music,” he said.',
      ),
    ).toEqual(['Kevin Wall', 'Matthew Warrick']);
  });

  it('makes "a spokeswoman for the regulator" an unnamed source', () => {
    const { quotes, speakers: found } = findQuotes(
      layoutBody(['“We are looking at it closely,” a spokeswoman for the regulator said.']),
    );
    expect(quotes[0]!.speaker).toBe('a spokeswoman for the regulator');
    expect(found[0]!.kind).toBe('unnamed');
  });

  it('leaves a relative clause with a subject of its own to that subject: "Bannon, who Beck on Wednesday called “…”"', () => {
    expect(
      speakers('Much of the anger was aimed at Tomas Varga, who Ilse Brandt on Wednesday called “a dangerous man.”'),
    ).toEqual(['Ilse Brandt']);
  });

  it('reads "the Alabama Republican who heads the committee" as the person\'s appositive, ended by a semicolon', () => {
    expect(
      speakers(
        'Senator Rosa Lind, the Vermont Democrat who heads the Harbour Committee, which oversees the port, said the fees “call into question the whole plan.”',
      ),
    ).toEqual(['Rosa Lind']);
    expect(
      speakers(
        'When Jake Okafor was at journalism school, he studied under Wayne Brandt, the legendary Harbour Voice reporter who uncovered scores of scandals during the Lind and Varga administrations; Brandt’s dictum to his interns (repeated to me over the years) was, “It is not a good story if you do not get a death threat.”',
      ),
    ).toEqual(['Wayne Brandt']);
  });

  it('gives a phrase that sets the scene no appositive: "Appearing on the same programme, Mel Ortiz said"', () => {
    expect(
      speakers(
        'Speaking on the Sunday programme, Rachel Moss said the tax rises were “necessary”.',
        'Appearing on the same programme, shadow chancellor Mel Ortiz said the Budget had “broken promises”.',
      ),
    ).toEqual(['Rachel Moss', 'Mel Ortiz']);
  });

  it('gives the appositive role to the named person and resolves "the minister" to her', () => {
    const { tokens } = read(
      'Ilse Varga, the harbour minister, opened the pier.',
      'The minister said the work was finished.',
    );
    const analysis = analyzeMentions(tokens);
    const varga = analysis.entities.find((e) => e.name === 'Ilse Varga')!;
    expect(varga.roles).toContain('the harbour minister');
    const role = analysis.mentions.find((m) => m.type === 'role')!;
    expect(role.entity).toBe(varga);
  });

  it('reads an indefinite noun phrase after a person as their appositive, whatever its noun', () => {
    expect(
      speakers(
        'Geoff Amadi, a Democratic pollster who works with Priorities Fund, a pro-Varga group, said voters saw her as “strong and resilient” now.',
      ),
    ).toEqual(['Geoff Amadi']);
  });

  it('does not let a name inside the role words before a person speak ("Orbit News presenter")', () => {
    const { tokens } = read('Orbit News presenter Tomasz Wilk asked whether the plan was “fair to anyone.”');
    const subjects = analyzeMentions(tokens)
      .mentions.filter((m) => m.subject)
      .map((m) => m.entity?.name);
    expect(subjects).toEqual(['Tomasz Wilk']);
  });
});

describe('stage 5: cues and their subjects (cues.ts, clause-subjects.ts)', () => {
  it('reads the main clause\'s name as the subject after a fronted clause: "Ever since she…, Ms. Lenz has", "Back at the…, Obi"', () => {
    const subjectsOf = (text: string) =>
      analyzeMentions(read(text).tokens)
        .mentions.filter((m) => m.subject)
        .map((m) => m.entity?.name);
    expect(
      subjectsOf(
        'Tom Reyes leads the search. Ever since she endorsed Dana Hale this month, Ms. Lenz has been her loudest ally.',
      ),
    ).toEqual(['Tom Reyes', 'Lenz']);
    expect(subjectsOf('Grace Obi was on the picket line. Back at the gates, Obi is defiant.')).toEqual([
      'Grace Obi',
      'Grace Obi',
    ]);
  });

  it('credits a quote to the owner of a speech noun: "Lind’s catch phrase was that Ruiz “…”"', () => {
    expect(
      speakers(
        'Senator Tomas Lind faced Ana Ruiz in 2010.',
        'Lind’s catch phrase in that race was that Ruiz “would say anything to win an election.”',
      ),
    ).toEqual(['Tomas Lind']);
  });

  it('lets a speech verb in the sentence win over a speech noun: "Dunn said Lind’s comments were “…”"', () => {
    expect(
      speakers(
        'Senator Tomas Lind and Governor Ruth Dunn met on Monday.',
        'Dunn said Lind’s comments on the budget were “deeply unhelpful.”',
      ),
    ).toEqual(['Ruth Dunn']);
  });

  it('reads past an adverb between the subject and its verb: "with Lind reportedly yelling: “…”"', () => {
    expect(
      speakers(
        'Tomas Lind held a rally in Harbourton on Saturday.',
        'Supporters pushed a protester out, with Lind reportedly yelling: “Get him out of here!”',
      ),
    ).toEqual(['Tomas Lind']);
  });

  it('still reads "Lind claims that" as a verb', () => {
    expect(speakers('Tomas Lind claims that the plan “will never work.”')).toEqual(['Tomas Lind']);
  });

  it('takes the name before the verb over the one after it: "Okafor says Mensah “…”"', () => {
    expect(speakers('Kwame Okafor says Efua Mensah “has a plan for the port.”')).toEqual(['Kwame Okafor']);
  });

  it('takes the subject before an aside over the name after the verb: "Okafor, speaking …, says Mensah, who …, “…”"', () => {
    expect(
      speakers(
        'Kwame Okafor, speaking to reporters, says Efua Mensah, who chairs the board, “has a plan for the port.”',
      ),
    ).toEqual(['Kwame Okafor']);
  });

  it('reads past a name set off inside a "whose" clause: "Ruiz, whose hometown, Miramar, was flooded, argues"', () => {
    expect(
      speakers(
        'Senator Marco Ruiz, whose hometown, Miramar, was flooded last year, argues the bill “does not go far enough.”',
      ),
    ).toEqual(['Marco Ruiz']);
  });

  it('still reads an inverted subject when nothing stands before the verb', () => {
    expect(speakers('“We will rebuild the pier,” said Efua Mensah.')).toEqual(['Efua Mensah']);
  });

  it('keeps "Mr Haddad asked" in the sentence of the question it attributes', () => {
    const { tokens } = read('“Can we win the vote?” Mr Haddad asked. Nobody answered.');
    const question = tokens.find((t) => t.quote === 0)!;
    const asked = tokens.find((t) => t.lower === 'asked')!;
    expect(asked.sentence).toBe(question.sentence);
    expect(speakers('“Can we win the vote?” Mr Haddad asked. Nobody answered.')).toEqual(['Haddad']);
  });

  it('starts a new sentence after a quote a colon leads into, even when the next clause has a speech verb', () => {
    expect(
      speakers(
        'Efua Mensah spoke first. Kofi Adjei added: “We deserve better than this.” Council leader Ines Sauer said the delays were bad. “We will review everything,” she said.',
      ),
    ).toEqual(['Kofi Adjei', 'Ines Sauer']);
  });

  it('starts a new sentence after a quote its own sentence already attributed: "Halden said Okafor “…” Lupo called…"', () => {
    expect(
      speakers(
        'Dana Halden said Marek Okafor “wrecked the harbour plan.” Ines Lupo called Halden a “bad loser.” Tom Reyes said Okafor “should resign.”',
      ),
    ).toEqual(['Dana Halden', 'Ines Lupo', 'Tom Reyes']);
  });

  it('reads a speech verb\'s participle opening a sentence as no name: "Adding, “…”"', () => {
    expect(runs('Okafor said the plan was “not good.” Adding, “We will fight it.”')).toEqual(['Okafor:single']);
  });

  it('starts a new sentence after a quote that closed on a full stop when the clause after it goes on past its verb', () => {
    expect(
      speakers(
        'Rivals criticised the handling of the incident. “It is a very sad development,” Ilse Brandt told reporters in Eastport. “This is the consequence of the culture of the campaign.” Governor Tomas Varga said he would have fired the manager.',
      ),
    ).toEqual(['Ilse Brandt', 'Ilse Brandt']);
  });

  it("reads a clause ending in a colon before an NYT-style ''…'' quote as that quote's attribution", () => {
    expect(
      speakers(
        "The couple fear a backlash. ''We are refugees,'' Ms. Alawee said. ''We are not criminals.'' Mr. Zahed said: ''The attack is the work of criminals.''",
      ),
    ).toEqual(['Alawee', 'Alawee', 'Zahed']);
  });

  it('reads a round-up item "heading - Source: “…” [Outlet.]" as the source\'s quote, not the heading\'s', () => {
    const items = [
      'Turnout models missed young voters - Corbel Research: “All the samples we studied had too few young voters.” [Corbel.]',
      'SMALL STATES STILL MATTER - Dana Whitcombe: “Nobody should read much into one caucus.” [Blog.]',
    ];
    expect(speakers(...items)).toEqual(['Corbel Research', 'Dana Whitcombe']);
    // A heading in capitals inside a paragraph is no organisation either.
    const inParagraph = runs(`Polls closed late. ${items[1]!}`);
    expect(inParagraph).toContain('Dana Whitcombe:person');
    expect(inParagraph.filter((r) => r.includes('SMALL'))).toEqual([]);
  });

  it('reads a source on a line of its own, "— Name, role" after the quote or "Name, role:" before it (attribution-lines.ts)', () => {
    const article = [
      'Leaders reacted to the verdict on Tuesday.',
      '“This is a dark day for the harbour.”',
      '— Ana Lenz, mayor of Eastport',
      '“Justice has been done at last.”',
      '— Tom Reyes, councillor',
      'Ines Lupo, union leader:',
      '“We will keep fighting for our jobs.”',
      'Dev Patel (@devpatel):',
      '“Nobody won today.”',
    ];
    expect(speakers(...article)).toEqual(['Ana Lenz', 'Tom Reyes', 'Ines Lupo', 'Dev Patel']);
    // What follows the dash describes the source: the quote is whole, not part of the reporter's sentence.
    expect(findQuotes(layoutBody(article)).quotes.map((q) => q.partial)).toEqual([false, false, false, false]);
  });

  it('reads the quotation dash (―) before a source as a dash: "“…” ― Laura Benning" is her quote, not a headline', () => {
    expect(
      speakers(
        'Residents packed up as the storm closed in.',
        '“We have never seen water like this in forty years.” ― Maria Ortega, a fisherman’s widow',
        '“The council did nothing to warn us.” ― Paul Dent',
      ),
    ).toEqual(['Maria Ortega', 'Paul Dent']);
  });

  it("starts a sentence at a line that opens with a quote, so one item's source does not introduce the next quote", () => {
    const items = [
      '“This budget takes from the poor and gives to the rich, and the governor knows it.” — Laura Benning',
      '“We kept our word to the voters, and they will remember who stood with them.” — Tom Fairweather',
      '“Nobody in this chamber read the final text before the vote.” — Greg Amato',
    ];
    expect(speakers('Governor Ray Hollis signed the budget. Critics were quick to respond.', items.join('\n'))).toEqual(
      ['Laura Benning', 'Tom Fairweather', 'Greg Amato'],
    );
  });

  it('does not read a line ending in a colon as a source unless it opens with a name: "Wait, it gets better:"', () => {
    expect(
      speakers('Ana Lenz spoke for an hour.', 'Wait, it gets better:', '“The harbour will be sold by May.”'),
    ).not.toContain('Wait');
  });

  it('keeps each speaker with the item a dash opens when list items run together', () => {
    expect(speakers('- Anna Harlow: “The roads are a disgrace.” - Tom Pryce: “I will vote for change.”')).toEqual([
      'Anna Harlow',
      'Tom Pryce',
    ]);
  });

  it('keeps "The Prime Minister added:" with the quote it leads into, not the quote before it', () => {
    expect(
      speakers(
        'Chancellor Amara Okonkwo and Prime Minister Tomas Varga launched the campaign.',
        'The Chancellor said: “We have delivered stability.” The Prime Minister added: “And we will deliver it again.”',
      ),
    ).toEqual(['Amara Okonkwo', 'Tomas Varga']);
  });

  it('reads an interviewer pressing or repeating a question as its speaker', () => {
    expect(
      speakers(
        'Kofi Mensah said the wall was not negotiable. “Would the deadline be negotiable?” Ama Boateng pressed. “No,” Mensah said. “The deadline?” Boateng repeated.',
      ),
    ).toEqual(['Ama Boateng', 'Kofi Mensah', 'Ama Boateng']);
  });

  it('reads other verbs of speaking as cues: thundered, confided, murmured', () => {
    const article = [
      'Board chair Ana Lenz and her deputy Tom Reyes disagreed. Reyes had spoken first. “We will not back down,” Lenz thundered.',
      'Asked about Lenz, Reyes confided that “she has lost the room.”',
      'Ines Lupo, a dock worker, sat beside Reyes. “It is our jobs on the line,” Lupo murmured to Reyes.',
    ];
    expect(speakers(...article)).toEqual(['Ana Lenz', 'Tom Reyes', 'Ines Lupo']);
    // With its cue found, a whole sentence followed by "Lenz thundered" is no partial quote.
    expect(findQuotes(layoutBody(article)).quotes.map((q) => q.partial)).toEqual([false, true, false]);
  });

  it('reads verbs of the manner of speaking as cues, before or after their subject', () => {
    expect(speakers('“This is fantastic!” beamed Kofi Mensah, a delegate from Accra.')).toEqual(['Kofi Mensah']);
    expect(
      speakers(
        'Ms Duarte had warned the board in May.',
        'Tomas Lind chaired the meeting.',
        '“We expected this,” Ms Duarte sighed.',
      ),
    ).toEqual(['Duarte']);
  });

  it('keeps the cue before a quote over one that only comes after other words, unless that one closes the sentence', () => {
    expect(
      speakers(
        'Ilse Brandt accuses Tomas Varga of an “artful smear” over her bank links while Varga suggests she is their captive.',
      ),
    ).toEqual(['Ilse Brandt']);
    expect(
      speakers(
        'Premier Li Wen praised the deal, and his ministers have used “velvet gloves” with the neighbours, said Amara Diallo, an analyst.',
      ),
    ).toEqual(['Amara Diallo']);
  });

  it('lets "and" open another clause after a quote its own cue attributed: "Brandt accuses Varga of “…” and Lind says…"', () => {
    expect(
      speakers('Ilse Brandt accuses Tomas Varga of “hiding the accounts” and Petra Lind says he is “losing the vote.”'),
    ).toEqual(['Ilse Brandt', 'Petra Lind']);
  });

  it('skips an aside and the place in it back to the subject: "Lindqvist, 30, of Raleigh, N.C., who was polled, said"', () => {
    expect(
      speakers(
        'The poll of 900 voters closed on Monday.',
        '“Both of them scare me,” Pia Lindqvist, 30, of Raleigh, N.C., who was among those polled, said in an interview.',
      ),
    ).toEqual(['Pia Lindqvist']);
  });

  it('reads "went after Mensah" as a preposition and its object, not a new clause with Mensah its subject', () => {
    expect(
      speakers(
        'Kofi Mensah is the new target of Ama Boateng.',
        'Speaking at a rally in Kumasi, Ashanti, Boateng went after Mensah, calling him “a total failure.”',
      ),
    ).toEqual(['Ama Boateng']);
    expect(
      speakers(
        'Kofi Mensah is the new target of Ama Boateng.',
        'At a rally in Kumasi on Friday, Boateng went after Mensah. “He has failed every one of us,” he said.',
      ),
    ).toEqual(['Ama Boateng']);
  });

  it('reads a name after a lower-case descriptor as its clause\'s subject: "But fly-half Teo Varga believes…"', () => {
    const subjectsOf = (sentence: string) =>
      analyzeMentions(read(sentence).tokens)
        .mentions.filter((m) => m.subject)
        .map((m) => m.entity?.name);
    expect(subjectsOf('But fly-half Teo Varga believes the side has turned a corner.')).toEqual(['Teo Varga']);
    expect(subjectsOf('Meanwhile centre Ilan Brook was in no doubt.')).toEqual(['Ilan Brook']);
    expect(subjectsOf('Scrum-half Ilan Brook was also glad of the win.')).toEqual(['Ilan Brook']);
    // A verb before the name, or a title word the name did not take in, leaves it an object or a modifier.
    expect(subjectsOf('Fans endorsed Teo Varga for the captaincy.')).not.toContain('Teo Varga');
    expect(subjectsOf('And former Ana Lenz speechwriter Teo Varga wrote a column.')).not.toContain('Ana Lenz');
    // And "he" after it is that person, not the coach who spoke before.
    expect(
      speakers(
        'Coach Ruud Halvorsen said his side can win at Pellston. “We have nothing to fear,” he said.',
        'Ilan Brook was judged offside as he chased a kick from Omar Sadik.',
        'But fly-half Teo Varga believes the side has turned a corner. “We improved against a strong side,” he said.',
      ),
    ).toEqual(['Ruud Halvorsen', 'Teo Varga']);
  });

  it('reads an article and adjectives before an inverted subject as part of it: "“…,” an angry Hollande retaliated"', () => {
    const text =
      'Soon after the attack, Dana Holt claimed the country had lost its way: “It is no longer itself,” she said. “It will always be itself,” an angry Marc Aubert retaliated.';
    expect(speakers(text)).toEqual(['Dana Holt', 'Marc Aubert']);
    const { contexts, tokens } = readQuotes(layoutBody([text]));
    expect(contexts.map((c) => c.cue && [tokens[c.cue.token]!.text, c.cueAfter])).toEqual([
      ['said', true],
      ['retaliated', true],
    ]);
  });

  it('reads phrasal verbs of reply as cues: "shot back", "hit back", "as she put it"', () => {
    expect(speakers('After Tomas Lind criticised the budget, Ines Sauer shot back: “He never read it.”')).toEqual([
      'Ines Sauer',
    ]);
    expect(speakers('Once Tomas Lind spoke, Ines Sauer hit back, “That is simply untrue.”')).toEqual(['Ines Sauer']);
    expect(speakers('Tomas Lind left the room. As Ines Sauer put it, “The committee has run out of road.”')).toEqual([
      'Ines Sauer',
    ]);
  });

  it('reads a described person after a clause-opening "for" as the holder of the view, whom "he said" follows', () => {
    // Two analysts, both "he": each one's view opens with "For <analyst>, …", and the quotes after it are theirs.
    expect(
      speakers(
        'Quillon has turned 20.',
        'For Corvex analyst Aurelio Brandt, Quillon made an error in its early years. “They bet on the portal,” he said. He believes Quillon missed search. “It is interesting,” he said. But for Allen Varga, a research director at analyst firm Montrose, the future is not about technology. “Search is valuable but content matters,” he said. He believes the rivalry is overblown. “Rivals have amazing assets,” he said.',
      ),
    ).toEqual(['Aurelio Brandt', 'Aurelio Brandt', 'Allen Varga', 'Allen Varga']);
  });

  it('credits what two people said together to the first named, and keeps "and" between clauses apart', () => {
    expect(
      speakers(
        '“We can only wonder at the motive,” Senate leader Ian Berwick and House Speaker Tom Morland said in a statement.',
      ),
    ).toEqual(['Ian Berwick']);
    expect(
      speakers('Kestrel drew 0-0 with Milan at Harwood Park and Ancetti said: “We are all very happy to return.”'),
    ).toEqual(['Ancetti']);
  });

  it('reads the name after "in the words of" as the speaker, as after "according to"', () => {
    expect(
      speakers(
        'As Tom Hale put it: “Nobody wins a trade war.”',
        'In the words of Sara Quinn, the union leader, “This is a betrayal.”',
      ),
    ).toEqual(['Tom Hale', 'Sara Quinn']);
  });

  it('keeps a bare "For Dunmore," as who the clause is about, not whose view it is', () => {
    expect(
      speakers(
        'Governor Sam Dunmore and Senator Ada Pike spoke on Monday.',
        'For Dunmore, according to Ronald Pike’s former education secretary Harlan J. Oakes, Monday’s speech represents “a test” of whether he can rise above the infighting.',
      ),
    ).toEqual(['Harlan J Oakes']);
  });

  it('reads "admitted the 28-year-old Moreno" as the inverted subject: an age before a lone name makes it a person', () => {
    expect(
      speakers(
        'Westbury boss Rafael Ortiz is keen to bolster his forward options.',
        '“If there is an attractive proposition I would be interested,” admitted the 28-year-old Moreno. He added: “Unfortunately, I am not in control.”',
      ),
    ).toEqual(['Moreno', 'Moreno']);
    const { speakers: found } = findQuotes(layoutBody(['“I am happy,” said the 28-year-old Moreno.']));
    expect(found.map((s) => [s.name, s.kind])).toEqual([['Moreno', 'person']]);
  });

  it('attributes a short quote framed by a verb of judgement to its subject', () => {
    expect(speakers('Senator Aiko Tanaka decried the bill’s “hidden costs” on Monday.')).toEqual(['Aiko Tanaka']);
  });

  it('credits "X was quoted by the Daily Mirror as saying" to X, not to the paper that printed it', () => {
    expect(
      speakers(
        'The actor Sam Reid posted on Instagram on Sunday.',
        'His co-star, Lena Fox, was quoted by the Daily Mirror as saying: “Sam is the kindest man I know.”',
      ),
    ).toEqual(['Lena Fox']);
    expect(speakers('Mayor Tom Ruiz was cited by the Gazette as saying the plan was “dead”.')).toEqual(['Tom Ruiz']);
  });

  it('credits a partial quote to the agent after it: "was called the “…” by the film’s director Ana Lenz"', () => {
    expect(
      speakers(
        'Tom Reyes starred in the film, and he was called the “heart of the whole cast” by its director Ana Lenz.',
      ),
    ).toEqual(['Ana Lenz']);
  });

  it('takes an agent named by a role for someone the story names, never the subject of the passive', () => {
    expect(
      speakers(
        'Ravi Dhillon, who sold fake films for years, was called “a menace to the industry” by the sentencing judge.',
        'The judge in the case said that “a long term was called for.”',
      ),
    ).toEqual([expect.anything(), 'the sentencing judge']);
  });

  it('credits a quote "as described by" someone to them, the agent of the passive', () => {
    expect(
      speakers(
        'Ana Ruiz has been under fire over her handling of the files.',
        'Officials were “extremely careless” with classified material - as described by FBI Director Tom Hale - and the review found gaps.',
      ),
    ).toEqual(['Tom Hale']);
  });

  it('credits "The father of one of the victims said" to the father, not to the victims', () => {
    const before = 'Ana Ruiz said the plan was flawed. “It cannot work,” Ruiz said.';
    expect(speakers(before, 'The grieving father of one of the victims said: “We want answers.”')).toEqual([
      'Ana Ruiz',
      'the grieving father',
    ]);
    expect(speakers('A spokesman for the family of one of the victims said they were “devastated”.')).toEqual([
      'a spokesman for the family',
    ]);
  });
});

describe('stage 3: one of many (one-of-many.ts)', () => {
  it('reads "said one" and "another added" as unnamed people of the plural just before', () => {
    expect(
      speakers(
        'Fans queued outside the ground for hours.',
        '“It is a disgrace,” said one. Another added: “We deserve better.”',
      ),
    ).toEqual(['one fan', 'another fan']);
  });

  it('reads "another said" after "a neighbour said" as another neighbour, not the same one', () => {
    expect(
      speakers(
        'A woman was attacked in Eastport.',
        'A neighbour, who did not want to be named, said: “We heard screaming.”',
        'Another said the area had become “a no-go zone” after dark.',
      ),
    ).toEqual(['a neighbour', 'another neighbour']);
  });

  it('leaves "one" nobody\'s without a plural of people before it, and "one of them" alone', () => {
    expect(speakers('The storm hit at dawn.', '“It is a disgrace,” said one.')).toEqual([null]);
    expect(speakers('Fans queued outside the ground.', 'One of them, Nia Okoro, said: “We deserve better.”')).toEqual([
      'Nia Okoro',
    ]);
  });
});

describe('stage 6: coreference (coreference.ts, resolve-pronoun.ts)', () => {
  it('reads "it" as one body, never a plural group: "Analysts at Halden Bank had expected a rise. “…,” it said"', () => {
    expect(
      speakers(
        'Shares in Marlow Foods fell after the firm warned on profits. Analysts at Halden Bank had expected a rise.',
        '“Trading in December was weaker than we expected,” it said in a statement.',
      ),
    ).toEqual(['Marlow Foods']);
  });
  it('takes no gender from a role noun that is not the person\'s: "Reyes, who presented the best actress award," is still "he"', () => {
    expect(
      speakers(
        'Marta Velez was cheered by the crowd. Tomas Reyes, who presented the best actress award, said the night was special. “It is always surreal,” he said.',
      ),
    ).toEqual(['Tomas Reyes']);
  });
  it('resolves "she" to the woman who spoke in the sentence before', () => {
    expect(speakers('Priya Raman told the board the plan was sound.', '“It will pay for itself,” she said.')).toEqual([
      'Priya Raman',
    ]);
  });
});

describe('"who" before a cue stands for the person named just before it (cues.ts subjectBefore)', () => {
  it('credits "one from his friend, the producer Ray Doyle, who described him as “…”" to the friend, not the man described', () => {
    expect(
      speakers(
        'Singer Sam Kellett died in June. "I will keep singing," Kellett had said last year.',
        'Among the tributes that poured in from all sections of the music world when Kellett died was one from his friend, the producer Ray Doyle, who described him as a "brother in every sense".',
      ),
    ).toEqual(['Sam Kellett', 'Ray Doyle']);
  });

  it('leaves an unnamed role before "who" to the rules of asides: "coming from a candidate who promised" is no speaker', () => {
    expect(
      speakers(
        'Senator Tom Drake said the border must close. Radio reporter Ian Saul tweeted back at Drake pointing out how ironic the statement was coming from a candidate who promised mass deportation: "Your plan is unrealistic."',
      ),
    ).toEqual(['Ian Saul']);
  });
});
