import type { Gender } from './pronouns';

/**
 * Nouns that describe a person by what they do ("the singer said", "a
 * spokesman for the ballet", "keyboard player Nick Rhodes"). A role mention
 * is resolved to the person introduced with the same noun; the gendered ones
 * also tell "he" from "she".
 */
export const PERSON_ROLE_NOUNS: ReadonlyMap<string, Gender | undefined> = new Map<string, Gender | undefined>([
  ['spokesman', 'male'], ['spokeswoman', 'female'], ['spokesperson', undefined], ['lawyer', undefined],
  ['attorney', undefined], ['solicitor', undefined], ['director', undefined], ['singer', undefined],
  ['actor', 'male'], ['actress', 'female'], ['star', undefined], ['rapper', undefined], ['writer', undefined],
  ['broadcaster', undefined], ['author', undefined], ['presenter', undefined], ['teacher', undefined],
  ['manager', undefined], ['official', undefined], ['minister', undefined], ['secretary', undefined],
  ['chancellor', undefined], ['president', undefined], ['chairman', 'male'], ['chairwoman', 'female'],
  ['chair', undefined], ['chief', undefined], ['executive', undefined], ['founder', undefined], ['boss', undefined],
  ['analyst', undefined], ['expert', undefined], ['economist', undefined], ['professor', undefined],
  ['researcher', undefined], ['scientist', undefined], ['leader', undefined], ['politician', undefined],
  ['senator', undefined], ['governor', undefined], ['mayor', undefined], ['ambassador', undefined],
  ['diplomat', undefined], ['envoy', undefined], ['judge', undefined], ['prosecutor', undefined],
  ['detective', undefined], ['officer', undefined], ['inspector', undefined], ['commander', undefined],
  ['coach', undefined], ['player', undefined], ['musician', undefined], ['guitarist', undefined],
  ['drummer', undefined], ['bassist', undefined], ['frontman', 'male'], ['producer', undefined],
  ['composer', undefined], ['comedian', undefined], ['artist', undefined], ['designer', undefined],
  ['campaigner', undefined], ['activist', undefined], ['organiser', undefined], ['organizer', undefined],
  ['owner', undefined], ['investor', undefined], ['banker', undefined], ['source', undefined],
  ['witness', undefined], ['mother', 'female'], ['father', 'male'], ['wife', 'female'], ['husband', 'male'],
  ['son', 'male'], ['daughter', 'female'], ['man', 'male'], ['woman', 'female'], ['housemate', undefined],
  ['contestant', undefined], ['host', undefined], ['editor', undefined], ['journalist', undefined],
  ['critic', undefined], ['commentator', undefined], ['adviser', undefined], ['advisor', undefined],
  ['aide', undefined], ['consultant', undefined], ['filmmaker', undefined], ['novelist', undefined],
  ['poet', undefined], ['dancer', undefined], ['chef', undefined], ['coordinator', undefined],
  ['strategist', undefined], ['head', undefined], ['representative', undefined], ['negotiator', undefined],
  ['premier', undefined], ['lawmaker', undefined], ['legislator', undefined], ['mp', undefined],
  ['congressman', 'male'], ['congresswoman', 'female'], ['king', 'male'], ['queen', 'female'],
  ['prince', 'male'], ['princess', 'female'], ['businessman', 'male'], ['businesswoman', 'female'],
  ['entrepreneur', undefined], ['superstar', undefined], ['veteran', undefined], ['pioneer', undefined],
  ['creator', undefined], ['developer', undefined], ['engineer', undefined], ['doctor', undefined],
  ['surgeon', undefined], ['nurse', undefined], ['student', undefined], ['victim', undefined],
  ['employee', undefined], ['worker', undefined], ['trader', undefined], ['agent', undefined],
  ['candidate', undefined], ['nominee', undefined], ['winner', undefined], ['deputy', undefined],
  ['commissioner', undefined], ['regulator', undefined], ['general', undefined], ['captain', undefined],
  ['champion', undefined], ['skipper', undefined], ['striker', undefined], ['midfielder', undefined],
  ['defender', undefined], ['goalkeeper', undefined], ['athlete', undefined], ['runner', undefined],
  ['sprinter', undefined], ['driver', undefined], ['rider', undefined], ['chancellor', undefined],
  ['treasurer', undefined], ['auditor', undefined], ['accountant', undefined], ['shareholder', undefined],
  ['chairperson', undefined], ['governor', undefined], ['campaigner', undefined], ['protester', undefined],
]);

/**
 * Nouns that refer back to an organisation or group ("the company said",
 * "the band said", "the council's ruling"). Resolved to the most recent
 * organisation, preferring one whose name holds the noun.
 */
export const ORGANISATION_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'organisation', 'organization', 'council', 'band', 'government', 'ministry',
  'department', 'agency', 'commission', 'committee', 'association', 'union', 'charity', 'foundation', 'bank',
  'network', 'broadcaster', 'channel', 'studio', 'label', 'club', 'team', 'party', 'campaign', 'court', 'board',
  'authority', 'regulator', 'watchdog', 'body', 'institute', 'university', 'publisher', 'newspaper', 'service',
  'corporation', 'maker', 'retailer', 'airline', 'carrier', 'embassy', 'office', 'trust', 'society', 'coalition',
  'alliance', 'federation', 'league', 'festival', 'dictionary', 'force', 'paper', 'daily', 'magazine', 'tabloid',
  'station', 'programme', 'show',
]);

/** Nouns for written words that stand for their author ("the council's ruling said", "the report said"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'ruling', 'statement', 'report', 'letter', 'judgment', 'judgement', 'verdict', 'announcement', 'release',
  'website', 'memo', 'filing', 'lawsuit', 'suit', 'complaint', 'document', 'study', 'survey', 'decision', 'headline',
  'editorial', 'column', 'article', 'blog', 'post', 'tweet', 'notice', 'message', 'email', 'e-mail',
]);

/**
 * Nationalities as sports and world news use them for a person: "Spaniard
 * Rafael Nadal", "Belgian Clijsters" (a title before a name), then "the
 * Spaniard said", "the 27-year-old Austrian said" (a role phrase for the
 * person in focus). Lower-case.
 */
export const NATIONALITY_NOUNS: ReadonlySet<string> = new Set([
  'briton', 'scot', 'kiwi', 'aussie', 'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'welshman', 'welshwoman',
  'irishman', 'irishwoman', 'dutchman', 'dutchwoman', 'spaniard', 'swede', 'dane', 'pole', 'finn', 'serb', 'croat', 'swiss',
  'american', 'australian', 'austrian', 'belgian', 'italian', 'german', 'russian', 'canadian', 'brazilian', 'argentine',
  'argentinian', 'norwegian', 'czech', 'portuguese', 'greek', 'turk', 'japanese', 'chinese', 'indian', 'kenyan', 'ethiopian',
  'nigerian', 'jamaican', 'israeli', 'palestinian', 'iraqi', 'iranian', 'afghan', 'pakistani', 'mexican', 'colombian',
  'chilean', 'croatian', 'serbian', 'romanian', 'bulgarian', 'ukrainian', 'georgian', 'slovak', 'slovenian', 'hungarian',
  'latvian', 'lithuanian', 'estonian', 'moroccan', 'egyptian', 'cameroonian', 'ghanaian', 'zimbabwean', 'korean', 'thai',
  'filipino', 'indonesian', 'malaysian', 'uruguayan', 'paraguayan', 'peruvian', 'venezuelan', 'ecuadorian', 'senegalese',
  'ivorian', 'algerian', 'tunisian', 'scottish', 'welsh', 'irish', 'french', 'dutch', 'spanish', 'swedish', 'danish', 'polish',
]);

/** Nouns of kinship: the capitalised word after one is a personal name ("his wife Sheila"), not a firm. */
export const FAMILY_NOUNS: ReadonlySet<string> = new Set([
  'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'partner', 'widow', 'widower',
  'girlfriend', 'boyfriend', 'fiancee', 'fiancée', 'fiance', 'fiancé', 'grandson', 'granddaughter', 'niece', 'nephew',
  'cousin', 'mum', 'dad', 'uncle', 'aunt',
]);
