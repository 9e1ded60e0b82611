/**
 * The "quote + nearest NAME said" regex baseline of `npm run eval:quotes`:
 * double-quoted text (straight or curly) inside a paragraph, credited to the
 * capitalised name nearest to it that stands next to "said"/"says"
 * ("Smith said", "said Smith") in the same paragraph. It is the floor the
 * real finder has to beat on the same sets.
 */
import type { CleanArticle } from '../../lambdas/core/article';
import type { Predicted } from './quotes-polnear';

const QUOTED = /"([^"\n]+)"|“([^”\n]+)”/g;
const NAME = String.raw`(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*)`;
const NAME_SAID = new RegExp(String.raw`${NAME}\s+(?:said|says)\b`, 'gu');
const SAID_NAME = new RegExp(String.raw`\b(?:said|says)\s+${NAME}`, 'gu');

export function regexBaseline(article: CleanArticle): Predicted[] {
  const out: Predicted[] = [];
  for (const para of article.paragraphs) {
    const names: { at: number; name: string }[] = [];
    for (const re of [NAME_SAID, SAID_NAME]) {
      re.lastIndex = 0;
      for (let m = re.exec(para.text); m; m = re.exec(para.text)) names.push({ at: m.index, name: m[1]! });
    }
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(para.text); m; m = QUOTED.exec(para.text)) {
      const text = m[1] ?? m[2]!;
      const start = para.start + m.index + 1;
      let best: { at: number; name: string } | undefined;
      for (const n of names) {
        if (!best || Math.abs(n.at - m.index) < Math.abs(best.at - m.index)) best = n;
      }
      out.push({ start, end: start + text.length, text, speaker: best?.name ?? null });
    }
  }
  return out;
}
