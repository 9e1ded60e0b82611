import { PASSIVE_MARKERS } from './lexicon/cue-verbs';
import { DETERMINERS, TIME_ADVERBS } from './lexicon/function-words';
import { DESCRIBING_VERBS, NAMING_VERBS, SPAN_PREPOSITIONS } from './lexicon/term-markers';
import type { Mention } from './mention';
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
 * "is being billed", "has been widely described", "were later described": the form of "be" before a participle
 * (an adverb between), in its sentence; -1 when there is none, and the participle is no passive.
 */
export function auxiliaryOf(tokens: readonly Token[], participle: number): number {
  let aux = participle - 1;
  if (/ly$/.test(tokens[aux]?.lower ?? '') || TIME_ADVERBS.has(tokens[aux]?.lower ?? '')) aux--;
  const be = tokens[aux];
  return be && PASSIVE_MARKERS.has(be.lower) && be.sentence === tokens[participle]!.sentence ? aux : -1;
}

/**
 * "Originally dubbed “Jerry's Guide” the firm adopted…", "Billed as “the first clever kettle”, the Brew…": a
 * participle opening its sentence (an adverb before it) is a passive without "be"; its subject comes after.
 */
function frontedParticiple(tokens: readonly Token[], participle: number): boolean {
  const before = tokens[participle - 1];
  const opens = (t: Token | undefined) => t === undefined || t.sentence !== tokens[participle]!.sentence;
  return opens(before) || (/ly$/.test(before!.lower) && opens(tokens[participle - 2]));
}

/** Words that join quotes in a list: "“joke” or “price”", "“loud”, “rude” and “late”". */
const LIST_JOINERS = new Set(['and', 'or', 'nor', ',']);
/** "either “joke” or “price”", "both “A” and “B”": the first word of a pair of joined quotes. */
const CORRELATIVES = new Set(['either', 'both', 'neither']);

/**
 * "is labelled as either “joke” or “price”": the first quote of a list of quotes joined by "and", "or" or
 * commas, with no other word between them; each of them is what the words before the first one call it.
 */
function firstOfCoordination(tokens: readonly Token[], p: number): number {
  let first = p;
  while (LIST_JOINERS.has(tokens[first - 1]?.lower ?? '') && (tokens[first - 2]?.quote ?? -1) >= 0) first -= 2;
  return first;
}

/** The last quote of the list of joined quotes `p` stands in ("“smart”, “quick” and “cheap” by its makers"). */
export function lastOfCoordination(tokens: readonly Token[], p: number): number {
  let last = p;
  while (LIST_JOINERS.has(tokens[last + 1]?.lower ?? '') && (tokens[last + 2]?.quote ?? -1) >= 0) last += 2;
  return last;
}

/**
 * "… as “a gem” by critics", "… by the league": a "by" soon after the quote, in its sentence, and a mention the
 * article knows right after it (a determiner between) name who chose the words; the scorer weighs them. An agent
 * it knows nothing of ("by scouts who saw them") is still no one in the article.
 */
export function namedAgentAfter(tokens: readonly Token[], p: number, mentions: readonly Mention[]): boolean {
  for (let k = p + 1; k <= p + AGENT_REACH && tokens[k]?.sentence === tokens[p]!.sentence; k++) {
    if (tokens[k]!.quote >= 0) return false;
    if (tokens[k]!.lower === 'by') return mentions.some((m) => m.entity !== null && m.first > k && m.first <= k + 2);
  }
  return false;
}
