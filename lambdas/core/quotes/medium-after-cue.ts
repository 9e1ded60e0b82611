import { CUE_VERBS } from './lexicon/cue-verbs';
import type { Token } from './tokens';

/** Verbs of publishing that are no cue of a quote by themselves ("posted on", "shared on"). */
const PUBLISHING_VERBS: ReadonlySet<string> = new Set(['posted', 'shared', 'published', 'appeared', 'spoke']);

/**
 * "Trump wrote on Truth Social", "she posted on Threads", "said on Good Morning Britain": a name right after
 * a verb of speaking or publishing and "on" is where the words went out (a platform, a programme), not a
 * person, though its two capitalised words look like a first name and a surname. People stand after "on"
 * as the object of other verbs ("called on Tom Reed to resign"); a date ("said on Monday") is no name.
 */
export function namesAMedium(tokens: readonly Token[], first: number): boolean {
  const on = tokens[first - 1];
  const verb = tokens[first - 2];
  if (on?.lower !== 'on' || !verb?.word) return false;
  return CUE_VERBS.has(verb.lower) || PUBLISHING_VERBS.has(verb.lower);
}
