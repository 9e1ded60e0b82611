/**
 * Nouns that make a noun phrase an organisation or a group rather than a
 * person: "the company said", "Ugandan Media Council", "police said".
 * Lower-case; matched against any word of the phrase (usually the head, its
 * last word).
 */
/**
 * Plural nouns that end a firm's name and no personal name ("Kestrel Chemicals", "Harrow Stores", "Dunmore Foods"):
 * the kinds of goods or work a business names itself by. Surnames that are also such words ("Mills", "Steel") are
 * left out.
 */
const CORPORATE_NAME_ENDINGS = [
  'industries',
  'systems',
  'technologies',
  'foods',
  'motors',
  'chemicals',
  'pharmaceuticals',
  'airways',
  'airlines',
  'stores',
  'brands',
  'communications',
  'networks',
  'solutions',
  'enterprises',
  'resources',
  'investments',
  'properties',
  'electronics',
  'pictures',
  'records',
  'securities',
];

/** The legal form a company's name may end with: "Corvane Ltd", "Halden Corp". */
const LEGAL_FORMS = ['corporation', 'corp', 'inc', 'ltd', 'plc', 'llc'];

/**
 * Words that end only a business's name ("Hartwell Stores", "Corvane Group", "Halden Bank"): what follows the
 * firm's own word, so a lone "Hartwell" later in the article is that firm called short.
 */
export const FIRM_NAME_ENDINGS: ReadonlySet<string> = new Set([
  ...CORPORATE_NAME_ENDINGS,
  ...LEGAL_FORMS,
  'group',
  'holdings',
  'bank',
]);

export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  ...CORPORATE_NAME_ENDINGS,
  'company',
  'companies',
  'tower',
  'hotel',
  'plaza',
  'casino',
  'resort',
  'firm',
  ...LEGAL_FORMS,
  'co',
  'group',
  'holdings',
  'council',
  'commission',
  'committee',
  'ministry',
  'department',
  'office',
  'agency',
  'authority',
  'board',
  'bureau',
  'service',
  'services',
  'police',
  'force',
  'army',
  'military',
  'government',
  'administration',
  'parliament',
  'congress',
  'senate',
  'court',
  'tribunal',
  'union',
  'federation',
  'association',
  'society',
  'foundation',
  'institute',
  'trust',
  'charity',
  'organisation',
  'organization',
  'campaign',
  'campaigners',
  'coalition',
  'alliance',
  'party',
  'league',
  'club',
  'team',
  'band',
  'studio',
  'studios',
  'network',
  'broadcaster',
  'channel',
  'radio',
  'newspaper',
  'magazine',
  'paper',
  'bank',
  'fund',
  'university',
  'college',
  'school',
  'academy',
  'hospital',
  'label',
  'publisher',
  'retailer',
  'regulator',
  'watchdog',
  'body',
  'industry',
  'manufacturer',
  'maker',
  'developer',
  'operator',
  'airline',
  'carrier',
  'centre',
  'center',
  'lab',
  'labs',
  'laboratory',
  'embassy',
  'kremlin',
  'pentagon',
  'festival',
  'street',
  'palace',
  'house',
  'organisers',
  'organizers',
  'ministers',
  'officials',
  'spokesmen',
  'researchers',
  'scientists',
  'analysts',
  'critics',
  'experts',
  'group',
  'bbc',
  'cnn',
  'reuters',
  'nasa',
  'fbi',
  'cia',
  'nsa',
  'who',
  'un',
  'eu',
  'nato',
  'opec',
  'imf',
  'microsoft',
  'google',
  'apple',
  'amazon',
  'facebook',
  'ibm',
  'intel',
  'sony',
  'nintendo',
  // Events and competitions, never a person after a nationality ("Australian Open", "Davis Cup").
  'open',
  'cup',
  'championship',
  'championships',
  'games',
  'olympics',
  'trophy',
  'prix',
  'masters',
  'airways',
  'airlines',
  // Kinds of body that end business and public names ("British Retail Consortium", "Chamber of Commerce").
  'consortium',
  'confederation',
  'chamber',
  'guild',
  'institution',
  'exchange',
  'syndicate',
  'cooperative',
  'co-operative',
  'partnership',
  'collective',
  'forum',
  'assembly',
  'directorate',
  'inspectorate',
  'secretariat',
  'clinic',
  // A county speaks through its government ("Harlow County said"), as a council does.
  'county',
]);

/** Bare plural or collective subjects that speak as a group ("police said", "officials said"). */
export const GROUP_SUBJECTS: ReadonlySet<string> = new Set([
  'police',
  'officials',
  'authorities',
  'organisers',
  'organizers',
  'campaigners',
  'critics',
  'analysts',
  'experts',
  'researchers',
  'scientists',
  'prosecutors',
  'investigators',
  'witnesses',
  'residents',
  'sources',
  'protesters',
  'activists',
  'doctors',
  'lawyers',
  'judges',
  'ministers',
  'diplomats',
  'observers',
  // Those sent to an emergency, and a body's staff, who speak as one ("Fire crews said", "Staff said").
  'crews',
  'rescuers',
  'medics',
  'staff',
]);

/**
 * What only a business owns: "Kestrel Engineering's chief executive", "Marlow's shareholders". A
 * name right before one, in the possessive, is an organisation (lower-case, the word after "'s").
 */
export const BUSINESS_POSSESSIONS: ReadonlySet<string> = new Set([
  'ceo',
  'chairman',
  'chairwoman',
  'shareholders',
  'shares',
  'profits',
  'profit',
  'turnover',
  'revenue',
  'revenues',
  'workforce',
  'headquarters',
  'subsidiary',
]);

/** Title words that, alone, name an institution rather than a person ("the Treasury said", "Labour said"). */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'treasury',
  // The party (and a department): a title only before a name ("Labour Secretary Ana Ruiz").
  'labour',
  'labor',
  'pentagon',
  'kremlin',
  'interior',
  'state',
  'home',
  'house',
  'senate',
  'congress',
  'justice',
  'defence',
  'defense',
  'cabinet',
  'un',
  'eu',
  'nato',
]);
/**
 * Nouns that end a body's name ("the Scottish Executive", "the Health and Safety Executive") and, after an office
 * word, a post ("Chief Executive Ann Price"): a body only where no office word stands right before them.
 */
export const BODY_OR_POST_NOUNS: ReadonlySet<string> = new Set(['executive']);

/**
 * Words for a political party or its members: a run of only these ("Liberal Democrat spokesman Steve
 * Webb", "Green MP") names the party the role belongs to, never a person.
 */
export const PARTY_WORDS: ReadonlySet<string> = new Set([
  'democrat',
  'democrats',
  'democratic',
  'republican',
  'republicans',
  'conservative',
  'conservatives',
  'tory',
  'tories',
  'liberal',
  'liberals',
  'labour',
  'labor',
  // "Lib Dem", "the Lib Dems", "Senate Dems": parties written short.
  'lib',
  'dem',
  'dems',
  'green',
  'greens',
  'socialist',
  'socialists',
  'nationalist',
  'nationalists',
  'unionist',
  'unionists',
  'libertarian',
  'communist',
  'communists',
]);

/**
 * The party a party word names, so two names of one party compare equal ("Tory" and "Conservative"); any other
 * party word names its own.
 */
export function partyOfWord(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (!PARTY_WORDS.has(lower)) return undefined;
  return PARTY_SYNONYMS.get(lower) ?? lower.replace(/s$/, '');
}

const PARTY_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['lib', 'liberal'],
  ['dem', 'democrat'],
  ['dems', 'democrat'],
  ['tory', 'conservative'],
  ['tories', 'conservative'],
  ['labor', 'labour'],
  ['democratic', 'democrat'],
]);

/** One member of a party, as US news names a politician by party and state ("the Ohio Republican said"). */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(['democrat', 'republican']);

/**
 * Public bodies that "the X said" also refers back to ("the council said", "the regulator said"): role nouns
 * as well (lexicon/roles.ts ORGANISATION_ROLE_NOUNS holds them all), so a body the role names is a public body.
 */
export const PUBLIC_BODY_ROLE_NOUNS: readonly string[] = [
  'council',
  'government',
  'ministry',
  'department',
  'agency',
  'commission',
  'committee',
  'association',
  'union',
  'charity',
  'foundation',
  'court',
  'tribunal',
  'authority',
  'regulator',
  'watchdog',
  'institute',
  'university',
  // Colleges speak through statements ("the college said"); "school" and "hospital" are no role noun, as they so
  // often describe another noun ("a row over hospital funding") that the phrase would take for a body.
  'college',
  'office',
  'trust',
  'society',
  'coalition',
  'alliance',
  'federation',
  'league',
  'party',
  'campaign',
  'embassy',
  'administration',
  'force',
  'confederation',
  'chamber',
  'guild',
  'assembly',
  'inspectorate',
  'county',
];

/**
 * Nouns for a body a country has only one of: "the government said" with no government named is that body
 * itself, never the firm or broadcaster named last (other public bodies fall back to the organisation in view:
 * "the CSA, the French regulator, said").
 */
export const ONE_PER_COUNTRY_BODY_NOUNS: ReadonlySet<string> = new Set(['government']);

/**
 * Kinds of body that are no firm: "the company said" is never the council, the union or the
 * regulator the article also named (lower-case, as in a name's last word or a role noun).
 */
export const PUBLIC_BODY_NOUNS: ReadonlySet<string> = new Set([
  ...PUBLIC_BODY_ROLE_NOUNS,
  // Public bodies only by name: no role noun refers back to them.
  'school',
  'hospital',
  'police',
  'army',
  'parliament',
  'congress',
  'senate',
  'bureau',
  'directorate',
  'secretariat',
]);

/**
 * Words that describe a business before its name and never begin one: "Carmaker Stellan Motors said",
 * "Retailer Harrow Stores said" (capitalised only as the sentence opens). Lower-case.
 */
export const BUSINESS_DESCRIPTORS: ReadonlySet<string> = new Set([
  'carmaker',
  'automaker',
  'retailer',
  'supermarket',
  'lender',
  'insurer',
  'housebuilder',
  'broadcaster',
  'publisher',
  'manufacturer',
  'supplier',
  'provider',
  'operator',
  'developer',
  'producer',
  'startup',
  'airline',
  'regulator',
  'watchdog',
  'firm',
  'company',
  'chipmaker',
  'drugmaker',
  'conglomerate',
  'promoter',
  'bookmaker',
  'brewer',
]);
