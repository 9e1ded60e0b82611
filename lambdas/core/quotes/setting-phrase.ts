import type { Cue } from './mention';
import type { Token } from './tokens';

/**
 * "Sanders told MSNBC's Rachel Maddow in an interview", "Ruiz said in a statement": a cue phrase of the
 * setting ("in an interview", "in a statement") right after a speech verb of its clause belongs to that
 * verb, whose subject spoke. Read as a cue of its own, its "subject" was the name before it, the one spoken
 * to. `previous` is the cue before it; `c` the phrase's first token.
 */
export function settingOfCueBefore(
  tokens: readonly Token[],
  phrase: readonly string[],
  c: number,
  previous: Cue | undefined,
): boolean {
  if (phrase[0] !== 'in' || !previous || previous.sentence !== tokens[c]!.sentence) return false;
  for (let k = previous.token + 1; k < c; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || /^[,;:—–―()]$/.test(t.text)) return false;
  }
  return true;
}
