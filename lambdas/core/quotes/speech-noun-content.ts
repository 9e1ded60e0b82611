import type { ArticleView } from './candidates';
import { CUE_VERBS, SPEECH_NOUNS } from './lexicon/cue-verbs';
import { DETERMINERS } from './lexicon/function-words';
import { WEEKDAYS } from './lexicon/not-names';
import type { Mention } from './mention';
import { ownerOfPossessivePronoun } from './pronoun-owner';
import type { Token } from './tokens';

/**
 * "making an issue of Mayor Reyes's claim that the council “wasted every cent,” saying …", "called the
 * senator's assertion of a “duty to act” absurd", "the governor's “no new taxes” pledge": the quote is what
 * a named owner's claim, promise or remark says, so the owner said it, whichever verb governs the
 * sentence (the verb's subject talks about the claim). Only inside the noun's own content: "that" or
 * "of" right after the noun, then the reporter's words up to the mark with no speech verb of their own
 * ("Ryan said Trump's comments were “…”" is Ryan's: "were" opens no content).
 */

/** The most tokens between the noun's "that" or "of" and the quote ("that President Ana Ruiz of Chile had"). */
const CONTENT_REACH = 12;
/** The most lower-case words between the possessive and its noun ("Obama's lyrical rejection"). */
const NOUN_REACH = 3;

export interface SpeechNounContent {
  /** The speech noun's token. */
  noun: number;
  /** Its possessive owner, who said the words. */
  owner: Mention;
}

/**
 * The speech noun whose content holds the quote at placeholder `p`, with its owner; undefined when the quote
 * stands anywhere else. `mentionEndingAt` gives the named mention ending at a token (no pronouns).
 */
export function speechNounContent(
  tokens: readonly Token[],
  p: number,
  mentionEndingAt: (token: number) => Mention | undefined,
): SpeechNounContent | undefined {
  // "the governor's “no new taxes” pledge": the quote names the promise between owner and noun.
  const after = tokens[p + 1];
  if (after?.word && SPEECH_NOUNS.has(after.lower) && inSentenceOf(tokens, p + 1, p)) {
    const owner = possessiveOwner(tokens, p - 1, mentionEndingAt);
    if (owner) return { noun: p + 1, owner };
  }
  let finiteVerbs = 0;
  for (let k = p - 1; k >= 0 && p - k <= CONTENT_REACH && inSentenceOf(tokens, k, p); k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.quote >= 0 || (t.word && CUE_VERBS.has(t.lower))) return undefined;
    if (FINITE_VERBS.has(t.lower)) finiteVerbs++;
    // "the claim of a “duty to act”": "of" takes the quote itself, a determiner at most between.
    const ofTheQuote = t.lower === 'of' && p - k <= 2 && (p - k === 1 || DETERMINERS.has(tokens[k + 1]!.lower));
    // "the claim that Ruiz is in favour of it is “simply not true”": a second verb past the clause of "that"
    // makes the quote what the claim is called, not what it says.
    const thatClause = t.lower === 'that' && finiteVerbs <= 1;
    if (!ofTheQuote && !thatClause) continue;
    // "his comment Monday that": a day may stand between the noun and its "that".
    const at = WEEKDAYS.has(tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1;
    const noun = tokens[at];
    if (!noun?.word || !SPEECH_NOUNS.has(noun.lower)) continue;
    const owner = ownerOfNoun(tokens, at, mentionEndingAt);
    return owner ? { noun: at, owner } : undefined;
  }
  return undefined;
}

/** Finite forms of "be", "have" and the modals: each opens a clause's verb. */
const FINITE_VERBS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
]);

/** The possessive mention a few lower-case words before the noun at `noun` ("Obama's lyrical rejection"). */
function ownerOfNoun(
  tokens: readonly Token[],
  noun: number,
  mentionEndingAt: (token: number) => Mention | undefined,
): Mention | undefined {
  for (let k = noun - 1; k >= 0 && noun - k <= NOUN_REACH + 1; k--) {
    const owner = possessiveOwner(tokens, k, mentionEndingAt) ?? ownerOfPossessivePronoun(tokens, k, mentionEndingAt);
    if (owner) return owner;
    const t = tokens[k]!;
    if (!t.word || t.cap) return undefined;
  }
  return undefined;
}

/** The named mention whose possessive ("Reyes's", "Reyes’") is token `k`. */
function possessiveOwner(
  tokens: readonly Token[],
  k: number,
  mentionEndingAt: (token: number) => Mention | undefined,
): Mention | undefined {
  const t = tokens[k];
  if (!t || !/['’]s$/.test(t.text)) return undefined;
  const owner = mentionEndingAt(k);
  return owner && owner.type !== 'pronoun' ? owner : undefined;
}

/** Token `i` stands in the sentence of the quote placeholder `p`. */
function inSentenceOf(tokens: readonly Token[], i: number, p: number): boolean {
  return tokens[i]!.sentence === tokens[p]!.sentence;
}

/**
 * The article as the scorer reads one quote inside `owner`'s claim: the owner speaks there, as the subject of a
 * cue does. Only for that quote: the quotes after it are still read with the owner as no one who spoke, since
 * the claim was quoted inside another's sentence ("Ortega criticised Park's claim that …, saying …").
 */
export function viewWithSpeakingOwner(view: ArticleView, owner: Mention): ArticleView {
  const speaking: Mention = { ...owner, subject: true, cueSubject: true };
  const mentions = view.mentions.map((m) => (m === owner ? speaking : m));
  return { ...view, mentions, cueSubjects: mentions.filter((m) => m.cueSubject) };
}
