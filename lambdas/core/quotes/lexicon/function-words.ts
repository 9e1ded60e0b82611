/**
 * Closed classes of function words that bound a noun phrase in the
 * reporter's text: where a role phrase or a title starts, and what cannot
 * belong to a name or a role on its left.
 */

/** Words that open a noun phrase ("the spokesman", "her lawyer", "one official"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'one',
  'another',
  'his',
  'her',
  'its',
  'their',
  'our',
  'this',
  'that',
]);

/** Possessive determiners: "his wife", "her lawyers". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/** Prepositions of place and direction ("outside court", "across the country"). */
export const PLACE_PREPOSITIONS: readonly string[] = [
  'outside',
  'inside',
  'near',
  'across',
  'behind',
  'beside',
  'into',
  'through',
  'around',
  'against',
  'along',
  'above',
  'below',
];

/**
 * Prepositions after which a lone name is where something is ("its site in Derby", "near Eastport"), not who
 * speaks; unlike "against" or "across" (PLACE_PREPOSITIONS), which take a side or a region as often.
 */
export const LOCATIVES: ReadonlySet<string> = new Set(['in', 'near', 'outside']);

/** Prepositions before a place's name ("in Ames, Iowa", "from Sumter", "at Leicester"). */
export const BEFORE_PLACE_NAMES: ReadonlySet<string> = new Set(['in', 'from', 'at', 'near', 'outside']);

/** Nouns and verbs of owning part of a firm, which take "in" before the firm: "shares in Fenwade", "invested in". */
export const HOLDING_WORDS: ReadonlySet<string> = new Set([
  'shares',
  'stake',
  'stakes',
  'holding',
  'holdings',
  'invest',
  'invested',
  'investment',
  'interest',
]);

/** Prepositions, conjunctions and auxiliaries: a role phrase read leftwards stops at one of these. */
export const STOP_LEFT: ReadonlySet<string> = new Set([
  'for',
  'of',
  'in',
  'at',
  'by',
  'with',
  'to',
  'from',
  'on',
  'that',
  'who',
  'which',
  'and',
  'or',
  'but',
  'as',
  'said',
  'says',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'not',
  'than',
  'when',
  'while',
  'if',
  // Prepositions of place: "a statement read outside court" is no court's statement.
  ...PLACE_PREPOSITIONS,
]);

/** Connectives that may open a clause before its subject ("But Ms Adeyemi said"). */
export const CLAUSE_LEAD_WORDS: ReadonlySet<string> = new Set([
  'but',
  'and',
  'so',
  'yet',
  'then',
  'also',
  'however',
  'meanwhile',
  'now',
  'currently',
  'still',
  'instead',
  'later',
  'earlier',
  'separately',
]);

/**
 * Words that open a clause or a phrase of time or cause, which no description of a person runs across: in "it
 * came after campaign spokesman Brian Fallon praised…" the role words are "campaign spokesman".
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'since',
  'until',
  'because',
  'although',
  'though',
  'whereas',
  'unless',
  'whether',
  'once',
  'during',
  'despite',
  'amid',
  'among',
  'against',
  'about',
]);

/** Words that open a subordinate clause of time, cause or condition ("as" is left out: "as she said" attributes). */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'because',
  'since',
  'when',
  'while',
  'until',
  'although',
  'though',
  'if',
  'unless',
  'whereas',
  'once',
]);

/**
 * Copulas: after "who" they make the noun after them the person's own role ("who is a director", "who became
 * its chairman"); before a role phrase they make it the subject ("Hewitt was the first Australian man…").
 */
export const COPULAS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  'became',
  'becomes',
  'remains',
  'remained',
  'serves',
  'served',
]);

/**
 * Dashes as the tokenizer gives them: they open a dateline's story, an item of a round-up or a quote's source.
 * The horizontal bar (―, U+2015) is typography's own quotation dash, set before an epigraph's source.
 */
export const DASHES: ReadonlySet<string> = new Set(['—', '–', '―', '-', '--']);

/** Modal verbs, and "do" as an auxiliary: a verb follows them ("will show", "did say"). */
export const MODALS: ReadonlySet<string> = new Set([
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'did',
  'does',
  'do',
]);

/** Adverbs of time and frequency that stand between an auxiliary and its participle ("were later described"). */
export const TIME_ADVERBS: ReadonlySet<string> = new Set([
  'also',
  'later',
  'once',
  'since',
  'often',
  'then',
  'again',
  'even',
]);
