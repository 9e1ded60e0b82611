import { PASSIVE_MARKERS } from './lexicon/cue-verbs';
import { DETERMINERS } from './lexicon/function-words';
import { DESCRIBING_VERBS, NAMING_VERBS, SPAN_PREPOSITIONS } from './lexicon/term-markers';
import type { QuoteContext } from './quote-context';
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

/** How many words after the quote a "by" may still name the agent of the passive ("… as "a gem" by critics"). */
const AGENT_REACH = 4;

/**
 * "Veltra has been described as “radio on steroids”", "The kettle is being billed as “the first clever
 * kettle”", "what is called an “A” item": a partial quote right after a passive verb of naming or
 * describing is what something is called, and the sentence names no one who called it. The subject of the
 * passive is the thing named, not a speaker, so the quote is credited to nobody (credited-to-nobody.ts).
 * With an agent ("… as “a gem” by critics") or a cue of its own with a subject, it is left to the scorer.
 */
export function isPassiveDescription(context: QuoteContext | undefined, tokens: readonly Token[]): boolean {
  if (!context?.partial || context.cue?.subject || context.introducer) return false;
  let k = context.token - 1;
  if (DETERMINERS.has(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower === 'as') k--;
  const verb = tokens[k];
  if (!verb || verb.sentence !== context.sentence || !PASSIVE_NAMING.has(verb.lower)) return false;
  // "is being billed", "has been widely described": a form of "be" before the participle, an adverb between.
  let aux = k - 1;
  if (/ly$/.test(tokens[aux]?.lower ?? '')) aux--;
  if (!PASSIVE_MARKERS.has(tokens[aux]?.lower ?? '') || tokens[aux]!.sentence !== context.sentence) return false;
  // "Leyva opened up about being described as a “real woman”": a passive gerund after a preposition has no
  // subject of its own; the clause's subject is talking about the words, and may be quoting them.
  if (tokens[aux]!.lower === 'being' && SPAN_PREPOSITIONS.has(tokens[aux - 1]?.lower ?? '')) return false;
  return !agentAfter(tokens, context.token);
}

/** "… as “a gem” by critics": a "by" soon after the quote, in its sentence, names who chose the words. */
export function agentAfter(tokens: readonly Token[], p: number): boolean {
  for (let k = p + 1; k <= p + AGENT_REACH && tokens[k]?.sentence === tokens[p]!.sentence; k++) {
    if (tokens[k]!.quote >= 0) return false;
    if (tokens[k]!.lower === 'by') return true;
  }
  return false;
}
