import { DETERMINERS } from './lexicon/function-words';
import { DESCRIBING_VERBS, NAMING_VERBS, SPAN_PREPOSITIONS } from './lexicon/term-markers';
import type { Mention } from './mention';
import { auxiliaryOf, CORRELATIVES, firstOfCoordination, lastOfCoordination, namedAgentAfter } from './passive-voice';
import type { QuoteContext } from './quote-context';
import { sentenceInitial } from './reporter-text';
import type { Token } from './tokens';

/**
 * Participles that put words to something in the passive without saying whose words they are: the naming
 * verbs ("billed", "branded", "dubbed") and the describing ones ("portrayed"), with the verbs of judgement
 * news uses the same way ("described", "hailed", "touted", "seen", "regarded", "known").
 */
const PASSIVE_NAMING: ReadonlySet<string> = new Set([
  ...NAMING_VERBS,
  ...DESCRIBING_VERBS,
  'described',
  'hailed',
  'touted',
  'seen',
  'regarded',
  'known',
]);

/**
 * "Veltra has been described as “radio on steroids”", "The kettle is being billed as “the first clever
 * kettle”", "what is called an “A” item": a partial quote right after a passive verb of naming or
 * describing is what something is called, and the sentence names no one who called it. The subject of the
 * passive is the thing named, not a speaker, so the quote is credited to nobody (credited-to-nobody.ts).
 * With an agent the article names ("… as “a gem” by critics") or a cue of its own with a subject, it is left to the scorer.
 */
export function isPassiveDescription(
  context: QuoteContext | undefined,
  tokens: readonly Token[],
  mentions: readonly Mention[],
): boolean {
  if (!context?.partial || context.cue?.subject || context.introducer) return false;
  const first = firstOfCoordination(tokens, context.token);
  let k = first - 1;
  if (CORRELATIVES.has(tokens[k]?.lower ?? '')) k--;
  if (DETERMINERS.has(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower === 'as') k--;
  const verb = tokens[k];
  if (!verb || verb.sentence !== context.sentence || !PASSIVE_NAMING.has(verb.lower)) return false;
  if (!frontedParticiple(tokens, k)) {
    const aux = auxiliaryOf(tokens, k);
    if (aux < 0) return false;
    // "Leyva opened up about being described as a “real woman”": a passive gerund after a preposition has no
    // subject of its own; the clause's subject is talking about the words, and may be quoting them.
    if (tokens[aux]!.lower === 'being' && SPAN_PREPOSITIONS.has(tokens[aux - 1]?.lower ?? '')) return false;
  }
  return !namedAgentAfter(tokens, lastOfCoordination(tokens, context.token), mentions);
}

/**
 * "Originally dubbed “Jerry's Guide” the firm adopted…", "Billed as “the first clever kettle”, the Brew…": a
 * participle opening its sentence (an adverb before it) is a passive without "be"; its subject comes after.
 */
function frontedParticiple(tokens: readonly Token[], participle: number): boolean {
  return (
    sentenceInitial(tokens, participle) ||
    (/ly$/.test(tokens[participle - 1]?.lower ?? '') && sentenceInitial(tokens, participle - 1))
  );
}
