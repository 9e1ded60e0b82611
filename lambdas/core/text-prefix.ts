/**
 * Cutting text to a length counted in UTF-16 units (JavaScript's `length`,
 * and how Slack counts its limits) without cutting a character in two. A
 * plain `slice` can end between the two halves of an emoji or any character
 * beyond the first 65,536, leaving a lone surrogate that shows as "�" (and
 * that a strict JSON or UTF-8 reader refuses); it can also keep the woman of
 * "👩‍💻" without her laptop, or a letter without its accent.
 */

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Two neighbours that Unicode's cluster rules (UAX #29) always part: the first
 * is no mark, control, format character, surrogate half, Hangul or prepended
 * sign (U+0D4E); the second is none of those, no emoji and no spacing vowel
 * that joins the letter before it (Thai and Lao "am"). Ordinary text has such
 * a pair every few characters, so the segmenter, slow on long text, only
 * reads a few characters before the cut.
 */
const JOINS_NEXT = /[\p{M}\p{C}\p{Script=Hangul}\u0D4E]/u;
const JOINS_PREVIOUS = /[\p{M}\p{C}\p{Script=Hangul}\p{Extended_Pictographic}\p{Grapheme_Extend}\u0E33\u0EB3]/u;
/** How far back from the cut to look for such a pair before reading the text from its start. */
const LOOK_BACK = 64;
/** Characters past the cut the segmenter sees, so a cluster running over the cut is known to. */
const LOOK_AHEAD = 64;

/**
 * The longest start of `text` within `max` UTF-16 units that ends between two
 * user-perceived characters. When not even the first fits (one letter carrying
 * hundreds of combining marks), it ends between two code points instead.
 */
export function textPrefix(text: string, max: number): string {
  if (text.length <= max) return text;
  const from = sureBoundaryBefore(text, max);
  if (from === max) return text.slice(0, max);
  let end = from;
  for (const { index, segment } of GRAPHEMES.segment(text.slice(from, max + LOOK_AHEAD))) {
    if (from + index + segment.length > max) break;
    end = from + index + segment.length;
  }
  return end > 0 ? text.slice(0, end) : codePointPrefix(text, max);
}

/** The last position at or before `max` (and not far before) that is surely between two clusters; 0 if none. */
function sureBoundaryBefore(text: string, max: number): number {
  for (let i = max; i > Math.max(0, max - LOOK_BACK); i--) {
    if (!JOINS_NEXT.test(text.charAt(i - 1)) && !JOINS_PREVIOUS.test(text.charAt(i))) return i;
  }
  return 0;
}

/**
 * The first `max` UTF-16 units of `text`, one fewer when the cut would fall between the two halves of a
 * character: for keys and search terms, where a cut counted in units is the rule and clusters do not matter.
 */
export function codePointPrefix(text: string, max: number): string {
  if (text.length <= max) return text;
  const high = text.charCodeAt(max - 1);
  // A high surrogate as the last unit: its low half was cut off.
  return high >= 0xd800 && high <= 0xdbff ? text.slice(0, max - 1) : text.slice(0, max);
}
