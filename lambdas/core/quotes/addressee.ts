import type { Antecedents } from './antecedents';
import type { Entity } from './entities';
import { REPLY_CUES } from './lexicon/cue-verbs';
import { inflectedForms } from './lexicon/verb-forms';
import type { Gender } from './lexicon/pronouns';
import type { Mention } from './mention';
import type { Token } from './tokens';

/** The object pronoun of each gender: whom a subject "put it to" or "asked". */
const OBJECT_PRONOUN: Readonly<Record<Gender, string>> = { female: 'her', male: 'him' };

/**
 * Words after an object "her": "put it to her that", "asked her whether", "pressed her on". Any other word
 * after "her" makes it a possessive ("asked her colleagues"), which says nothing of who was spoken to.
 */
const AFTER_OBJECT_HER: ReadonlySet<string> = new Set([
  'that',
  'whether',
  'if',
  'about',
  'why',
  'how',
  'what',
  'when',
  'to',
  'on',
  'over',
  'again',
]);

/**
 * Who, in the sentence before a reply, spoke to the replier: "Kuenssberg put it to her that… “…,” she
 * replied". The one answering was spoken to, so the subject who put the question is not the "she" who
 * replies. Only for verbs of answering: after "said", the one who acted often speaks next ("Jones,
 * who described him as…, he said"), so binding "him" away from the subject there goes wrong.
 */
export function questionerBeforeReply(
  pronoun: Mention,
  antecedents: Antecedents,
  tokens: readonly Token[],
  gender: Gender | undefined,
): Entity | undefined {
  if (!gender) return undefined;
  const reply = REPLY_CUES.has(tokens[pronoun.last + 1]?.lower ?? '');
  const before = antecedents.seen.filter((s) => s.subject && s.entity && s.sentence === pronoun.sentence - 1).at(-1);
  if (!before) return undefined;
  for (let k = before.last + 1; k < tokens.length && tokens[k]!.sentence === before.sentence; k++) {
    if (tokens[k]!.lower !== OBJECT_PRONOUN[gender] || !objectUse(tokens, k)) continue;
    if (reply || askedOf(tokens, k)) return before.entity!;
  }
  return undefined;
}

function objectUse(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.lower === 'him') return true;
  const next = tokens[k + 1];
  return next === undefined || !next.word || next.sentence !== tokens[k]!.sentence || AFTER_OBJECT_HER.has(next.lower);
}

/** Verbs whose object is asked to answer: "asked him", "pressed her", "put it to her". */
const ASKING_VERBS: ReadonlySet<string> = new Set(
  [
    { base: 'ask' },
    { base: 'press' },
    { base: 'quiz', doubles: true },
    { base: 'question' },
    { base: 'challenge' },
  ].flatMap((lemma) => inflectedForms(lemma)),
);

/** The object pronoun at `k` is the one asked: right after a verb of asking, or "put it to her". */
function askedOf(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k - 1]?.lower ?? '';
  if (ASKING_VERBS.has(verb)) return true;
  return (
    verb === 'to' && tokens[k - 2]?.lower === 'it' && ['put', 'puts', 'putting'].includes(tokens[k - 3]?.lower ?? '')
  );
}
