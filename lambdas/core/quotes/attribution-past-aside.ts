import { CUE_VERBS } from './lexicon/cue-verbs';

/**
 * "“How do we win it?” Will Porter, the county chairman, said.": a name, a description of its holder set
 * off by commas, then a speech verb. After a quote that closes on a question mark or full stop this is
 * still the quote's attribution, however long the description; tokens.ts looks for the verb among the
 * first five words only, and so began a sentence at the name.
 */
const NAME_THEN_ASIDE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s+([^,.!?;:"“”\n]{3,80}?),\s+(\p{Ll}+)\b/u;

/** Words after the verb that still close an attribution ("said of the meeting."), not news of its own. */
const CLOSING_WORDS = 3;

/**
 * From `from`, a name, a description set off by commas and a speech verb. After a quote that closed on a full
 * stop (`afterFullStop`), only a clause that ends soon after its verb is the attribution, as in tokens.ts.
 */
export function attributionPastAside(body: string, from: number, afterFullStop: boolean): boolean {
  const text = body.slice(from, from + 200);
  const found = NAME_THEN_ASIDE.exec(text);
  if (!found || !CUE_VERBS.has(found[2]!)) return false;
  // The description is lower-case words after an article or a role ("the county chairman", "a lawyer for X").
  if (!/^\p{Ll}/u.test(found[1]!)) return false;
  const rest = text.slice(found.index + found[0].length);
  const end = /[.!?;:"“”\n]/.exec(rest);
  const words = (end ? rest.slice(0, end.index) : rest).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  // "Gere, who is presenting the award, said: “…”", "…, said the plan was “…”": a clause that leads into the
  // next quote is that quote's.
  if (end?.[0] === ':' || (end && /["“]/.test(end[0]) && words.length > 0)) return false;
  return !afterFullStop || words.length <= CLOSING_WORDS;
}
