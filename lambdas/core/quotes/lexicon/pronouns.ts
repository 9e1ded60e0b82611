/** Personal pronouns that can be the subject of a cue verb, with what they can refer to. */
export type Gender = 'male' | 'female';

export interface PronounInfo {
  /** A person of this gender; undefined for "it"/"they". */
  gender?: Gender;
  /** "it" refers to an organisation; "they" to a group or organisation. */
  refersTo: 'person' | 'organisation' | 'group';
}

export const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map([
  ['he', { gender: 'male', refersTo: 'person' }],
  ['she', { gender: 'female', refersTo: 'person' }],
  ['it', { refersTo: 'organisation' }],
  ['they', { refersTo: 'group' }],
]);

/** The third-person singular pronouns of a person, in every case, with their gender: a "he" or "his" stands for a man. */
export const GENDERED_PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['himself', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['herself', 'female'],
]);

/**
 * Words that stand as a verb's subject right before it: the personal pronouns and the relatives ("which he
 * described as", "what she called"). A verb after one of them is someone's act, not a participle.
 */
export const SUBJECT_WORDS: ReadonlySet<string> = new Set([
  ...SUBJECT_PRONOUNS.keys(),
  'i',
  'we',
  'you',
  'who',
  'whom',
  'which',
  'what',
  'that',
]);

/** Pronouns in the first and second person: a sentence holding them is speech, not reporting. */
export const FIRST_SECOND_PERSON: ReadonlySet<string> = new Set([
  'i',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'me',
  'my',
  'we',
  "we're",
  "we've",
  "we'd",
  "we'll",
  'us',
  'our',
  'you',
  "you're",
  'your',
]);

const FIRST_PERSON_SINGULAR = /(?:^|[^\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|me|my|myself)(?![\p{L}'’])/u;

/** Words that speak as one person ("I", "I've", "my"): a firm says "we". */
export function speaksAsI(text: string): boolean {
  return FIRST_PERSON_SINGULAR.test(text);
}

/**
 * Words that stand for people in general, or for no one in particular, as the subject of a verb of speech:
 * "people would say “…”", "some say", "nobody said". Words said by them are said by no one the article names.
 */
export const INDEFINITE_SUBJECTS: ReadonlySet<string> = new Set([
  'people',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'nobody',
  'no-one',
  'many',
  'some',
  'others',
]);
