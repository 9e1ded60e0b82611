/**
 * Words that describe a person without being their name: honorifics, office
 * titles and the qualifiers that precede them ("U.S.", "Deputy", "former").
 * Stripping them leaves the personal name, which is what both the canonical
 * speaker name and the lookup key are built from.
 *
 * All entries lower-case, without the final period ("mr" covers "Mr." too).
 */

/** Honorifics: say nothing about the job, sometimes about gender. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'madam', 'madame', 'mme', 'mlle',
  'monsieur', 'herr', 'frau', 'signor', 'señor', 'senor', 'rev', 'reverend', 'fr', 'father', 'sister', 'brother',
  'rabbi', 'imam', 'sheikh', 'hon', 'honourable', 'honorable', 'messrs',
]);

/**
 * Titles of office and rank that can stand in front of a name ("Chancellor
 * Gordon Brown", "Defense Secretary Chuck Hagel"). Lower-case single words; a
 * multi-word title is a run of these plus the connectors below.
 */
export const OFFICE_TITLES: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'senator', 'sen', 'governor', 'gov',
  'representative', 'rep', 'congressman', 'congresswoman', 'mayor', 'premier', 'ambassador', 'envoy', 'king',
  'queen', 'prince', 'princess', 'emperor', 'pope', 'cardinal', 'archbishop', 'bishop', 'judge', 'justice',
  'attorney', 'general', 'gen', 'colonel', 'col', 'lieutenant', 'lt', 'major', 'maj', 'captain', 'capt',
  'commander', 'cmdr', 'admiral', 'adm', 'sergeant', 'sgt', 'corporal', 'private', 'marshal', 'chief',
  'detective', 'det', 'inspector', 'insp', 'superintendent', 'supt', 'constable', 'officer', 'commissioner',
  'chairman', 'chairwoman', 'chair', 'director', 'executive', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'head',
  'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'deputy', 'assistant', 'acting', 'former', 'ex',
  'shadow', 'foreign', 'defense', 'defence', 'home', 'state', 'treasury', 'finance', 'health', 'interior',
  'justice', 'trade', 'culture', 'education', 'energy', 'environment', 'labor', 'labour', 'transport',
  'house', 'white', 'press', 'mp', 'mep', 'msp', 'lawmaker', 'legislator', 'councillor', 'councilor',
  'economist', 'analyst', 'professor', 'manager', 'coach', 'boss', 'dean', 'principal', 'lord', 'lady', 'baroness',
  'baron', 'earl', 'duke', 'duchess', 'count', 'countess', 'viscount', 'speaker', 'sheriff', 'prosecutor',
  'ombudsman', 'regulator', 'cabinet', 'senior', 'junior', 'top', 'chief', 'managing', 'general', 'national',
  'security', 'adviser', 'advisor', 'counsel', 'solicitor', 'barrister', 'advocate', 'lawyer', 'attorney',
  'u.s', 'us', 'uk', 'u.k', 'eu', 'un', 'u.n', 'nato', 'american', 'british', 'russian', 'french', 'german',
  'chinese', 'japanese', 'indian', 'iranian', 'israeli', 'palestinian', 'syrian', 'iraqi', 'afghan', 'pakistani',
  'ukrainian', 'italian', 'spanish', 'canadian', 'australian', 'irish', 'scottish', 'welsh', 'english', 'european',
  'turkish', 'egyptian', 'saudi', 'korean', 'north', 'south', 'mexican', 'brazilian', 'dutch', 'swedish', 'polish',
]);

/** Small words inside a multi-word title ("Secretary of State", "Minister for the Arts"). */
export const TITLE_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', '&', 'to']);

/** Trailing name suffixes that are not the surname ("Martin Luther King Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'jr', 'jnr', 'sr', 'snr', 'ii', 'iii', 'iv', 'v', 'phd', 'md', 'qc', 'kc', 'mp', 'mep', 'obe', 'mbe', 'cbe', 'esq',
]);

/**
 * Particles that belong to a surname ("de la Rosa", "van Gogh", "al-Assad").
 * The lookup key leaves them out so "Assad" and "Bashar al-Assad" agree.
 */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'der', 'den', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'van', 'von', 'ter', 'ten',
  'al', 'el', 'bin', 'ibn', 'ben', 'abu', 'st', 'saint', 'mac', 'y',
]);

/** Prefixes joined to a surname by a hyphen that the key drops ("al-Assad" → "assad"). */
export const HYPHENATED_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ash', 'as', 'an', 'bin', 'ibn', 'abu']);

/** Honorifics that tell a person's gender, used to resolve "he" and "she". */
export const MALE_HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'sir', 'lord', 'king', 'prince', 'monsieur', 'herr', 'signor', 'señor', 'senor', 'father', 'brother', 'baron',
  'earl', 'duke', 'count', 'viscount', 'congressman', 'chairman', 'spokesman', 'emperor', 'pope',
]);
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set([
  'mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'madam', 'madame', 'mme', 'mlle', 'frau', 'sister',
  'baroness', 'duchess', 'countess', 'congresswoman', 'chairwoman', 'spokeswoman',
]);
