import { GROUP_SUBJECTS, PUBLIC_BODY_ROLE_NOUNS } from './organisations';
import type { Gender } from './pronouns';

/** Members of the public that news quotes without naming ("another resident said", "one passenger"). */
const MEMBERS_OF_THE_PUBLIC: readonly string[] = [
  'resident',
  'neighbour',
  'neighbor',
  'passenger',
  'customer',
  'shopper',
  'voter',
  'fan',
  'parent',
  'eyewitness',
  'bystander',
  'survivor',
  'pensioner',
  'tenant',
  'commuter',
  'motorist',
  'pupil',
  'villager',
  'supporter',
  'patient',
  'citizen',
  'taxpayer',
  'consumer',
];

/**
 * People named by whom they stand against or follow: someone else than the person in focus, as a relative is ("the
 * challenger said" is not the incumbent quoted before; "Wenger's Bayern counterpart Felix Magath" is Magath).
 * Not "rival" or "opponent": news writes them of the person in focus ("her chief political rival, Donald Trump")
 * and, as roles, they moved pronoun quotes on PolNeAR train and dev away from their silver speakers.
 */
const RIVAL_NOUNS: readonly string[] = ['challenger', 'counterpart', 'successor'];

/**
 * Nouns of kinship, with the gender they tell: relatives speak in news ("the woman's sister said", "his
 * family said in a statement"), for themselves, not for the person in focus.
 */
const KIN_NOUNS: readonly [string, Gender | undefined][] = [
  ['wife', 'female'],
  ['husband', 'male'],
  ['son', 'male'],
  ['daughter', 'female'],
  ['brother', 'male'],
  ['sister', 'female'],
  ['mother', 'female'],
  ['father', 'male'],
  ['partner', undefined],
  ['widow', 'female'],
  ['widower', 'male'],
  ['girlfriend', 'female'],
  ['boyfriend', 'male'],
  ['fiancee', 'female'],
  ['fiancée', 'female'],
  ['fiance', 'male'],
  ['fiancé', 'male'],
  ['grandson', 'male'],
  ['granddaughter', 'female'],
  ['niece', 'female'],
  ['nephew', 'male'],
  ['cousin', undefined],
  ['mum', 'female'],
  ['dad', 'male'],
  ['uncle', 'male'],
  ['aunt', 'female'],
  ['family', undefined],
];

/**
 * Nouns that describe a person by what they do ("the singer said", "a
 * spokesman for the ballet", "keyboard player Nick Rhodes"). A role mention
 * is resolved to the person introduced with the same noun; the gendered ones
 * also tell "he" from "she".
 */
export const PERSON_ROLE_NOUNS: ReadonlyMap<string, Gender | undefined> = new Map<string, Gender | undefined>([
  ['spokesman', 'male'],
  ['spokeswoman', 'female'],
  ['spokesperson', undefined],
  ['lawyer', undefined],
  ['attorney', undefined],
  ['solicitor', undefined],
  ['director', undefined],
  ['singer', undefined],
  ['actor', 'male'],
  ['actress', 'female'],
  ['star', undefined],
  ['rapper', undefined],
  ['writer', undefined],
  ['broadcaster', undefined],
  ['author', undefined],
  ['presenter', undefined],
  ['dj', undefined],
  ['teacher', undefined],
  ['manager', undefined],
  ['official', undefined],
  ['minister', undefined],
  ['secretary', undefined],
  ['chancellor', undefined],
  ['president', undefined],
  ['chairman', 'male'],
  ['chairwoman', 'female'],
  ['chair', undefined],
  ['chief', undefined],
  ['executive', undefined],
  ['founder', undefined],
  ['boss', undefined],
  ['analyst', undefined],
  ['expert', undefined],
  ['economist', undefined],
  ['professor', undefined],
  ['researcher', undefined],
  ['scientist', undefined],
  ['leader', undefined],
  ['politician', undefined],
  ['senator', undefined],
  ['governor', undefined],
  ['mayor', undefined],
  ['ambassador', undefined],
  ['diplomat', undefined],
  ['envoy', undefined],
  ['judge', undefined],
  ['prosecutor', undefined],
  ['detective', undefined],
  ['officer', undefined],
  ['inspector', undefined],
  ['commander', undefined],
  ['coach', undefined],
  ['player', undefined],
  ['musician', undefined],
  ['guitarist', undefined],
  ['drummer', undefined],
  ['bassist', undefined],
  ['frontman', 'male'],
  ['producer', undefined],
  ['composer', undefined],
  ['comedian', undefined],
  ['artist', undefined],
  ['designer', undefined],
  ['campaigner', undefined],
  ['activist', undefined],
  ['organiser', undefined],
  ['organizer', undefined],
  ['promoter', undefined],
  ['owner', undefined],
  ['investor', undefined],
  ['banker', undefined],
  ['source', undefined],
  ['witness', undefined],
  ['man', 'male'],
  ['woman', 'female'],
  ['housemate', undefined],
  ['contestant', undefined],
  ['host', undefined],
  ['moderator', undefined],
  ['anchor', undefined],
  ['interviewer', undefined],
  ['correspondent', undefined],
  ['editor', undefined],
  ['journalist', undefined],
  ['critic', undefined],
  ['commentator', undefined],
  ['adviser', undefined],
  ['assistant', undefined],
  ['advisor', undefined],
  ['aide', undefined],
  ['consultant', undefined],
  ['filmmaker', undefined],
  ['novelist', undefined],
  ['poet', undefined],
  ['dancer', undefined],
  ['chef', undefined],
  ['coordinator', undefined],
  ['strategist', undefined],
  ['head', undefined],
  ['representative', undefined],
  ['negotiator', undefined],
  ['premier', undefined],
  ['lawmaker', undefined],
  ['legislator', undefined],
  ['mp', undefined],
  ['congressman', 'male'],
  ['congresswoman', 'female'],
  ['king', 'male'],
  ['queen', 'female'],
  ['prince', 'male'],
  ['princess', 'female'],
  ['businessman', 'male'],
  ['businesswoman', 'female'],
  ['entrepreneur', undefined],
  ['superstar', undefined],
  ['veteran', undefined],
  ['pioneer', undefined],
  ['creator', undefined],
  ['developer', undefined],
  ['engineer', undefined],
  ['doctor', undefined],
  ['surgeon', undefined],
  ['nurse', undefined],
  ['student', undefined],
  ['victim', undefined],
  ['employee', undefined],
  ['worker', undefined],
  ['trader', undefined],
  ['agent', undefined],
  ['candidate', undefined],
  ['nominee', undefined],
  ['winner', undefined],
  ['deputy', undefined],
  ['commissioner', undefined],
  ['regulator', undefined],
  ['general', undefined],
  ['captain', undefined],
  ['champion', undefined],
  ['skipper', undefined],
  ['striker', undefined],
  ['forward', undefined],
  ['flanker', undefined],
  ['midfielder', undefined],
  ['defender', undefined],
  ['goalkeeper', undefined],
  ['keeper', undefined],
  ['winger', undefined],
  ['wing', undefined],
  ['hooker', undefined],
  ['playmaker', undefined],
  ['full-back', undefined],
  ['centre-back', undefined],
  ['centre-half', undefined],
  ['wing-back', undefined],
  ['fly-half', undefined],
  ['scrum-half', undefined],
  ['batsman', 'male'],
  ['bowler', undefined],
  ['all-rounder', undefined],
  ['cyclist', undefined],
  ['swimmer', undefined],
  ['golfer', undefined],
  ['boxer', undefined],
  ['athlete', undefined],
  ['runner', undefined],
  ['sprinter', undefined],
  ['driver', undefined],
  ['rider', undefined],
  ['chancellor', undefined],
  ['treasurer', undefined],
  ['auditor', undefined],
  ['accountant', undefined],
  ['shareholder', undefined],
  ['chairperson', undefined],
  ['governor', undefined],
  ['campaigner', undefined],
  ['protester', undefined],
  ['backbencher', undefined],
  ['frontbencher', undefined],
  ['councillor', undefined],
  ['councilor', undefined],
  ['peer', undefined],
  ['mep', undefined],
  ['msp', undefined],
  ['bishop', undefined],
  ['archbishop', undefined],
  ['vicar', undefined],
  ['priest', undefined],
  ['headteacher', undefined],
  ['headmaster', 'male'],
  ['headmistress', 'female'],
  ['pilot', undefined],
  ['soldier', undefined],
  ['constable', undefined],
  ['sergeant', undefined],
  ['lieutenant', undefined],
  ['colonel', undefined],
  ['superintendent', undefined],
  ['firefighter', undefined],
  ['paramedic', undefined],
  ['insider', undefined],
  ['staffer', undefined],
  ['pollster', undefined],
  ['farmer', undefined],
  // Courts, health, science, the City and sport, as business, politics and court reports name people by them.
  ['coroner', undefined],
  ['magistrate', undefined],
  ['barrister', undefined],
  ['ombudsman', undefined],
  ['registrar', undefined],
  ['physician', undefined],
  ['psychiatrist', undefined],
  ['psychologist', undefined],
  ['pharmacist', undefined],
  ['dentist', undefined],
  ['midwife', undefined],
  ['academic', undefined],
  ['lecturer', undefined],
  ['historian', undefined],
  ['physicist', undefined],
  ['chemist', undefined],
  ['biologist', undefined],
  ['astronomer', undefined],
  ['geologist', undefined],
  ['epidemiologist', undefined],
  ['statistician', undefined],
  ['architect', undefined],
  ['broker', undefined],
  ['forecaster', undefined],
  ['referee', undefined],
  ['umpire', undefined],
  ['jockey', undefined],
  ['trainer', undefined],
  ['mediator', undefined],
  ['defendant', undefined],
  ['claimant', undefined],
  // Sport, arts and the street as their reports name people: "the Olympic gold medallist said", "the tournament
  // debutant added", "Songwriter Guy Chambers", "Shopkeeper Raj Patel".
  ['medallist', undefined],
  ['medalist', undefined],
  ['finalist', undefined],
  ['semi-finalist', undefined],
  ['runner-up', undefined],
  ['debutant', undefined],
  ['youngster', undefined],
  ['teenager', undefined],
  ['prop', undefined],
  ['olympian', undefined],
  ['goalscorer', undefined],
  ['matchwinner', undefined],
  ['match-winner', undefined],
  ['footballer', undefined],
  ['cricketer', undefined],
  ['gymnast', undefined],
  ['hurdler', undefined],
  ['heptathlete', undefined],
  ['decathlete', undefined],
  ['rower', undefined],
  ['sailor', undefined],
  ['skier', undefined],
  ['skater', undefined],
  ['quarterback', undefined],
  ['songwriter', undefined],
  ['vocalist', undefined],
  ['playwright', undefined],
  ['shopkeeper', undefined],
  // Those who speak for someone without being named: "an ally of the home secretary", "a friend of the singer".
  ['ally', undefined],
  ['friend', undefined],
  ['colleague', undefined],
  ['confidant', undefined],
  // Those a story sets against someone: "her Conservative opponent said", "his predecessor said" (RIVAL_NOUNS).
  ...RIVAL_NOUNS.map((noun): [string, Gender | undefined] => [noun, undefined]),
  // Members of the public that news quotes without naming (MEMBERS_OF_THE_PUBLIC, above).
  ...MEMBERS_OF_THE_PUBLIC.map((noun): [string, Gender | undefined] => [noun, undefined]),
  ...KIN_NOUNS,
]);

/** The person role a plural of people stands for: "residents" → "resident"; undefined for any other word. */
export function personRoleOfPlural(word: string): string | undefined {
  if (!word.endsWith('s')) return undefined;
  const singular = word.slice(0, -1);
  return PERSON_ROLE_NOUNS.has(singular) ? singular : undefined;
}

/** A plural of people ("residents", "officials", "judges"): a person's role noun with -s, or a group. */
export function isPluralOfPeople(noun: string): boolean {
  return GROUP_SUBJECTS.has(noun) || personRoleOfPlural(noun) !== undefined;
}

/** The singulars a plural noun may have: "bosses" → "boss", "charities" → "charity", "firms" → "firm". */
export function singularsOf(word: string): string[] {
  if (word.endsWith('ies')) return [`${word.slice(0, -3)}y`];
  if (word.endsWith('es')) return [word.slice(0, -2), word.slice(0, -1)];
  return word.endsWith('s') ? [word.slice(0, -1)] : [];
}

/**
 * A plural that speaks as a group when it opens a clause with no determiner: people by role ("Union leaders
 * said", "Opposition councillors said") or bodies by kind ("Civil rights groups said", "Games firms warned").
 */
export function isGroupPlural(word: string): boolean {
  return singularsOf(word).some((s) => PERSON_ROLE_NOUNS.has(s) || ORGANISATION_ROLE_NOUNS.has(s));
}

/**
 * People who speak for the body they lead or work at: "Bosses at Corvane Foods said", "Union leaders
 * said", "Analysts at Corbel Securities said" are the body's words (not "workers" or "members", who
 * speak for themselves).
 */
export const BODY_AGENT_PLURALS: ReadonlySet<string> = new Set([
  'officials',
  'leaders',
  'bosses',
  'executives',
  'chiefs',
  'managers',
  'directors',
  'spokesmen',
  'spokeswomen',
  'spokespeople',
  'representatives',
  'analysts',
  'economists',
]);

/**
 * Bodies set up for one task ("the inquiry", "the tribunal"): only one named with the noun is the one meant; any
 * other organisation in view is what they judge, not who they are.
 */
export const TASK_BODY_NOUNS: ReadonlySet<string> = new Set(['inquiry', 'tribunal']);

/**
 * Nouns that refer back to an organisation or group ("the company said",
 * "the band said", "the council's ruling"). Resolved to the most recent
 * organisation, preferring one whose name holds the noun.
 */
export const ORGANISATION_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'group',
  'organisation',
  'organization',
  'band',
  'bank',
  'network',
  'broadcaster',
  'channel',
  'studio',
  'label',
  'club',
  // "Mexican outfit Red Sharks Veracruz, who…": sport's words for a club or team.
  'outfit',
  'franchise',
  'team',
  'inquiry',
  'board',
  'body',
  'publisher',
  'newspaper',
  'service',
  'corporation',
  'maker',
  'retailer',
  'airline',
  'carrier',
  'festival',
  'dictionary',
  'paper',
  'daily',
  'magazine',
  'tabloid',
  'station',
  'programme',
  'show',
  // The business words news calls a firm by after naming it ("the tech giant said", "the lender added").
  'giant',
  'chain',
  'lender',
  'insurer',
  'supermarket',
  'carmaker',
  'manufacturer',
  'operator',
  'provider',
  'supplier',
  'developer',
  'producer',
  'platform',
  'startup',
  'tank',
  'consortium',
  'syndicate',
  'cooperative',
  'partnership',
  'forum',
  'academy',
  // The public bodies among them, listed with the other public bodies (lexicon/organisations.ts).
  ...PUBLIC_BODY_ROLE_NOUNS,
]);

/** Nouns for written words that stand for their author ("the council's ruling said", "the report said"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'ruling',
  'statement',
  'report',
  'letter',
  'judgment',
  'judgement',
  'verdict',
  'announcement',
  'release',
  'website',
  'memo',
  'filing',
  'lawsuit',
  'suit',
  'complaint',
  'document',
  'study',
  'survey',
  'decision',
  'headline',
  'editorial',
  'column',
  'article',
  'blog',
  'post',
  'tweet',
  'notice',
  'message',
  'email',
  'e-mail',
  'draft',
  'transcript',
  'indictment',
  'affidavit',
]);

/**
 * Nationalities as sports and world news use them for a person: "Spaniard
 * Rafael Nadal", "Belgian Clijsters" (a title before a name), then "the
 * Spaniard said", "the 27-year-old Austrian said" (a role phrase for the
 * person in focus). Lower-case.
 */
export const NATIONALITY_NOUNS: ReadonlySet<string> = new Set([
  'briton',
  'scot',
  'kiwi',
  'aussie',
  'frenchman',
  'frenchwoman',
  'englishman',
  'englishwoman',
  'welshman',
  'welshwoman',
  'irishman',
  'irishwoman',
  'dutchman',
  'dutchwoman',
  'spaniard',
  'swede',
  'dane',
  'pole',
  'finn',
  'serb',
  'croat',
  'swiss',
  'american',
  'australian',
  'austrian',
  'belgian',
  'italian',
  'german',
  'russian',
  'canadian',
  'brazilian',
  'argentine',
  'argentinian',
  'norwegian',
  'czech',
  'portuguese',
  'greek',
  'turk',
  'japanese',
  'chinese',
  'indian',
  'kenyan',
  'ethiopian',
  'nigerian',
  'jamaican',
  'israeli',
  'palestinian',
  'iraqi',
  'iranian',
  'afghan',
  'pakistani',
  'mexican',
  'colombian',
  'chilean',
  'croatian',
  'serbian',
  'romanian',
  'bulgarian',
  'ukrainian',
  'georgian',
  'slovak',
  'slovenian',
  'hungarian',
  'latvian',
  'lithuanian',
  'estonian',
  'moroccan',
  'egyptian',
  'cameroonian',
  'ghanaian',
  'zimbabwean',
  'korean',
  'thai',
  'filipino',
  'indonesian',
  'malaysian',
  'uruguayan',
  'paraguayan',
  'peruvian',
  'venezuelan',
  'ecuadorian',
  'senegalese',
  'ivorian',
  'algerian',
  'tunisian',
  'scottish',
  'welsh',
  'irish',
  'french',
  'dutch',
  'spanish',
  'swedish',
  'danish',
  'polish',
]);

/**
 * Roles that tie a person to an event or to someone else, not to a job the article's subject holds: "the
 * victim said" in a report about an attacker is the victim, not the person in focus. With no one
 * introduced in that role, such a phrase is an unnamed source of its own.
 */
export const RELATIONAL_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'victim',
  'witness',
  'protester',
  ...MEMBERS_OF_THE_PUBLIC,
  ...RIVAL_NOUNS,
]);

/** Nouns of kinship: the capitalised word after one is a personal name ("his wife Sheila"), not a firm. */
export const FAMILY_NOUNS: ReadonlySet<string> = new Set(KIN_NOUNS.map(([noun]) => noun));
/**
 * Words before a role noun that make it another office than the bare noun: the shadow chancellor is
 * not the chancellor, the deputy leader not the leader. ("Former" is no rank: the former home
 * secretary is often introduced as one "who resigned as home secretary".)
 */
export const RANK_MODIFIERS: ReadonlySet<string> = new Set([
  'shadow',
  'deputy',
  'vice',
  'assistant',
  'junior',
  'under',
]);

/**
 * Words before a role noun that name the office's portfolio: "the prime minister", "the home
 * secretary", "the health minister" is only someone given that portfolio.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'prime',
  'home',
  'foreign',
  'finance',
  'health',
  'defence',
  'defense',
  'interior',
  'justice',
  'education',
  'transport',
  'environment',
  'trade',
  'culture',
  'energy',
  'treasury',
  'economy',
  'agriculture',
  'pensions',
  'industry',
]);

/**
 * Public offices one person holds one of at a time in a story: a person the article gave one of
 * them ("Opposition leader Karl Brenner") is not "the minister" it speaks of next.
 */
export const OFFICES: ReadonlySet<string> = new Set([
  'minister',
  'secretary',
  'chancellor',
  'president',
  'premier',
  'senator',
  'governor',
  'mayor',
  'ambassador',
  'commissioner',
  'judge',
  'prosecutor',
  'leader',
]);

/**
 * Roles that are no public office and never the same person as one: the defendant's lawyer is not "the
 * judge", the firm's spokesman not "the minister", an analyst not "the governor".
 */
export const NON_OFFICE_ROLES: ReadonlySet<string> = new Set([
  'lawyer',
  'attorney',
  'solicitor',
  'barrister',
  'defendant',
  'claimant',
  'victim',
  'witness',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'analyst',
  'economist',
]);

/**
 * People who speak about someone close to them, not for them: "Mr Hale's friends said", "allies of the minister
 * said". Unnamed, they are their own source, never the person they are close to.
 */
export const CONFIDANT_PLURALS: ReadonlySet<string> = new Set(['friends', 'allies', 'colleagues', 'confidants']);

/** People who speak for someone else: "his attorneys said", "her aides said" (not "her peers", "his supporters"). */
export const AGENT_PLURALS: ReadonlySet<string> = new Set([
  'lawyers',
  'attorneys',
  'solicitors',
  'barristers',
  'aides',
  'advisers',
  'advisors',
  'representatives',
  'agents',
  'publicists',
]);

/** Words before a role noun that make it another post: a deputy leader is not the leader. */
export const ROLE_QUALIFIERS: ReadonlySet<string> = new Set([
  'shadow',
  'deputy',
  'former',
  'acting',
  'interim',
  'vice',
  'assistant',
]);
