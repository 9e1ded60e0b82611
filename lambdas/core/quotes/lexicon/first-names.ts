import type { Gender } from './pronouns';

/**
 * A few common given names and their usual gender, so "she said" can pass
 * over "John Kerry" without having seen "Mr Kerry". Only a tie-breaker: an
 * honorific, a gendered role or an earlier pronoun decides first.
 */
const MALE = [
  'john', 'james', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles', 'christopher',
  'daniel', 'matthew', 'anthony', 'mark', 'donald', 'steven', 'paul', 'andrew', 'joshua', 'kenneth', 'kevin',
  'brian', 'george', 'edward', 'ronald', 'timothy', 'jason', 'jeffrey', 'ryan', 'jacob', 'gary', 'nicholas',
  'eric', 'jonathan', 'stephen', 'larry', 'justin', 'scott', 'brandon', 'benjamin', 'samuel', 'gregory', 'frank',
  'alexander', 'raymond', 'patrick', 'jack', 'dennis', 'jerry', 'tyler', 'aaron', 'jose', 'adam', 'henry',
  'nathan', 'douglas', 'zachary', 'peter', 'kyle', 'walter', 'ethan', 'jeremy', 'harold', 'keith', 'christian',
  'roger', 'noah', 'gerald', 'carl', 'terry', 'sean', 'austin', 'arthur', 'lawrence', 'jesse', 'dylan', 'bryan',
  'joe', 'jordan', 'billy', 'bruce', 'albert', 'willie', 'gabriel', 'logan', 'alan', 'juan', 'wayne', 'roy',
  'ralph', 'randy', 'eugene', 'vincent', 'russell', 'elijah', 'louis', 'bobby', 'philip', 'johnny', 'barack',
  'vladimir', 'sergei', 'chuck', 'jay', 'bashar', 'gordon', 'tony', 'boris', 'nick', 'simon', 'mike', 'rick',
  'craig', 'clive', 'todd', 'dominic', 'fred', 'jamie', 'pete', 'mitchell',
  'alex', 'dan', 'cory', 'brent', 'warren', 'anton', 'liam', 'noel', 'rob', 'bob', 'edward', 'nicolas',
  'francois', 'emmanuel', 'angelo', 'xi', 'recep', 'benjamin', 'hassan', 'mohammed', 'muhammad', 'ali', 'ahmed',
];
const FEMALE = [
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen', 'nancy',
  'lisa', 'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily', 'donna', 'michelle', 'dorothy', 'carol',
  'amanda', 'melissa', 'deborah', 'stephanie', 'rebecca', 'sharon', 'laura', 'cynthia', 'kathleen', 'amy',
  'shirley', 'angela', 'helen', 'anna', 'brenda', 'pamela', 'nicole', 'emma', 'samantha', 'katherine',
  'christine', 'debra', 'rachel', 'catherine', 'carolyn', 'janet', 'ruth', 'maria', 'heather', 'diane', 'virginia',
  'julie', 'joyce', 'victoria', 'olivia', 'kelly', 'christina', 'lauren', 'joan', 'evelyn', 'judith', 'megan',
  'cheryl', 'andrea', 'hannah', 'martha', 'jacqueline', 'frances', 'gloria', 'ann', 'teresa', 'kathryn', 'sara',
  'janice', 'jean', 'alice', 'madison', 'doris', 'abigail', 'julia', 'judy', 'grace', 'denise', 'amber',
  'marilyn', 'beverly', 'danielle', 'theresa', 'sophia', 'marie', 'diana', 'brittany', 'natalie', 'isabella',
  'charlotte', 'rose', 'alexis', 'kayla', 'hillary', 'theresa', 'nancy', 'condoleezza', 'madeleine', 'jane',
  'eve', 'hazel', 'fiona', 'jill', 'cate', 'kate', 'katharine',
  'christine', 'sheryl', 'marissa', 'ursula', 'christine', 'kamala', 'nicola', 'yvette',
  'harriet', 'tessa', 'margaret', 'ruth', 'liz', 'penny', 'priti', 'suella',
];

export const GIVEN_NAME_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...MALE.map((n) => [n, 'male'] as [string, Gender]),
  ...FEMALE.map((n) => [n, 'female'] as [string, Gender]),
]);
