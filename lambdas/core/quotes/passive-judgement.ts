import { speechNounAfter } from './cues';
import { CUE_VERBS } from './lexicon/cue-verbs';
import { SUBORDINATORS } from './lexicon/function-words';
import { JUDGEMENT_PARTICIPLES } from './lexicon/judgement-verbs';
import { NAMING_VERBS } from './lexicon/term-markers';
import type { Mention } from './mention';
import { auxiliaryOf, lastOfCoordination, namedAgentAfter } from './passive-voice';
import type { QuoteContext } from './quote-context';
import type { Token } from './tokens';

/** Punctuation that ends the clause a partial quote stands in. */
const CLAUSE_ENDS = new Set([',', ';', ':', '—', '–', '(', ')']);

/** "for calling a referee “a disgrace”": the judged one's own act of naming or saying quotes their words. */
const OWN_WORDS_BEFORE = new Set([...CUE_VERBS, ...[...NAMING_VERBS].map((v) => v.replace(/ed$/, 'ing'))]);

/**
 * "Five has been criticised for sending “offensive” and “threatening” letters", "France have been criticised
 * for the absence of “French flair”": a partial quote in the clause of a passive verb of judgement or sanction
 * gives the judges' words, and the sentence names no judge; its subject is the one judged, not a speaker, so
 * the quote is credited to nobody (credited-to-nobody.ts). Left to the scorer: an agent the article names ("… by the FA"), the
 * subject's own speech ("fined for calling a referee “a disgrace”", "for her “lazy voters” remark"), a cue or
 * a new clause between the verb and the quote.
 */
export function isPassiveJudgement(
  context: QuoteContext | undefined,
  tokens: readonly Token[],
  mentions: readonly Mention[],
): boolean {
  // "her “lazy voters” remark": a speech noun right after the quote makes the words its owner's.
  if (!context?.partial || context.introducer || speechNounAfter(tokens, context.token - 1) !== undefined) return false;
  for (let k = context.token - 1; k > 0 && tokens[k]!.sentence === context.sentence; k--) {
    const t = tokens[k]!;
    if (t.quote >= 0) continue;
    if (JUDGEMENT_PARTICIPLES.has(t.lower))
      return (
        (auxiliaryOf(tokens, k) >= 0 || reducedPassive(tokens, k)) &&
        !namedAgentAfter(tokens, k, mentions) &&
        !namedAgentAfter(tokens, lastOfCoordination(tokens, context.token), mentions) &&
        !cueBefore(context, k)
      );
    if (CLAUSE_ENDS.has(t.text) || SUBORDINATORS.has(t.lower) || OWN_WORDS_BEFORE.has(t.lower)) return false;
  }
  return false;
}

/**
 * "DiPietro suggested that the troubles could be blamed on their focus on “the business of selling houses”":
 * the passive stands in what a cue before it reports, and the cue's subject chose the words.
 */
function cueBefore(context: QuoteContext, participle: number): boolean {
  return context.cue?.subject != null && context.cue.token < participle;
}

/** Prepositions that give the reason for a judgement: "criticised for", "suspended over". */
const REASON_PREPOSITIONS = new Set(['for', 'over']);

/**
 * "A US airline attendant suspended over “inappropriate images” says…": a participle of judgement with no object,
 * its reason right after it, is a passive without "be" (the active needs someone judged: "Acme suspended her over").
 */
function reducedPassive(tokens: readonly Token[], participle: number): boolean {
  return REASON_PREPOSITIONS.has(tokens[participle + 1]?.lower ?? '');
}
