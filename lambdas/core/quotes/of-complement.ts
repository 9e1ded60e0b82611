import type { Mention } from './mention';
import type { Token } from './tokens';

/** Small words a title or a list of names after "of" may hold ("of Because the Night", "of Rain Man and Tootsie"). */
const TITLE_JOINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'and', '&']);

/** How many words back from a name an "of" may stand and still govern it. */
const OF_REACH = 6;

/**
 * "The star of Rain Man and Tootsie said", "the singer of Because the Night told": the name right before the
 * cue ends a title or a list after "of", which completes a person's role; the role is the subject, not the work
 * it names. The role mention that holds or ends right before that "of"; undefined when the words back to it are
 * not all capitalised or small joining words, or no role stands before it.
 */
export function roleOwningName(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  m: Mention,
  start: number,
): Mention | undefined {
  let k = m.first - 1;
  for (let steps = 0; k > start && steps < OF_REACH && tokens[k]!.lower !== 'of'; k--, steps++) {
    const t = tokens[k]!;
    if (!t.word || t.quote >= 0 || !(t.cap || TITLE_JOINERS.has(t.lower))) return undefined;
  }
  if (tokens[k]?.lower !== 'of' || k === m.first - 1) return undefined;
  // The role either stops before "of" ("The 58-year-old US singer") or took in the first work ("The star of Rain Man").
  return mentions.find(
    (r) => r.type === 'role' && r.first >= start && r.first < k && r.last >= k - 1 && r.last < m.first,
  );
}
