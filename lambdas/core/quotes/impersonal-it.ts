import type { Token } from './tokens';

/** Verbs of an impersonal frame whose clause says what its own subject does ("it appears Pearce is keen"). */
const IMPERSONAL_FRAME_VERBS = new Set(['appears', 'appeared', 'seems', 'seemed']);
/** Adverbs that may stand between "it" and the frame's verb ("it now appears"). */
const FRAME_ADVERBS = new Set(['now', 'also', 'still', 'therefore', 'thus']);

/**
 * "But it now appears Pearce is keen to wait": the "it" at `i` stands for nothing the article names, and the
 * clause after the verb (and "that") holds the sentence's subject. Returns the index of that clause's first
 * token, or -1 when the "it" is no such frame.
 */
export function impersonalFrameEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.lower !== 'it') return -1;
  let k = i + 1;
  if (FRAME_ADVERBS.has(tokens[k]?.lower ?? '')) k++;
  if (!IMPERSONAL_FRAME_VERBS.has(tokens[k]?.lower ?? '')) return -1;
  k++;
  return tokens[k]?.lower === 'that' ? k + 1 : k;
}
