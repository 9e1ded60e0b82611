import type { Antecedents } from './antecedents';
import type { Entity } from './entities';
import { CUE_GAP_WORDS, CUE_VERBS } from './lexicon/cue-verbs';
import type { Mention } from './mention';
import type { Token } from './tokens';

/**
 * "Safin said he was trying to keep calm": a "he" or "she" that opens the clause a speech verb reports, when the
 * verb's subject is a lone capitalised word read as an organisation for want of evidence, is that word: the
 * pronoun shows it is a person speaking of himself or herself. The ranker (pronoun-ranker.ts) weighs such a word
 * down as a likely firm and took the person named before ("Mario Ancic lost. Safin said he…" went to Ancic).
 * For a subject known as a person the ranker keeps the choice: "Esther Rantzen said he was “so lovely”" is about
 * the man who died. Undefined when the pronoun does not stand right after a cue verb (or its "that"), or the
 * verb's subject is no such word read before it in the sentence.
 */
export function speakerReportingOwnWords(
  m: Mention,
  antecedents: Antecedents,
  tokens: readonly Token[],
  ok: (e: Entity) => boolean,
): Entity | undefined {
  let k = m.first - 1;
  if (tokens[k]?.lower === 'that') k--;
  const verb = tokens[k];
  if (!verb || verb.sentence !== m.sentence || !CUE_VERBS.has(verb.lower)) return undefined;
  for (const s of antecedents.inReach()) {
    if (s.sentence !== m.sentence) return undefined;
    if (!s.cueSubject || s.last >= k) continue;
    // The verb's own subject: nothing but words such as "also" or "later" between it and the verb.
    for (let j = s.extentEnd + 1; j < k; j++) if (!CUE_GAP_WORDS.has(tokens[j]!.lower)) return undefined;
    return s.entity?.kind === 'organisation' && s.entity.weak && ok(s.entity) ? s.entity : undefined;
  }
  return undefined;
}
