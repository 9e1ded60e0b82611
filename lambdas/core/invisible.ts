/**
 * Characters that change how text looks without being seen: bidi controls
 * (an article title with U+202E shows "moc.knab" as "bank.com"), zero-width
 * spaces and joiners (split a word so a filter or a reader misses it), soft
 * hyphens, invisible operators, Hangul fillers, interlinear annotations,
 * Unicode tag characters (hidden "ASCII smuggling") and C0/C1 controls.
 *
 * Kept where they carry meaning: U+200D inside emoji sequences (👩‍💻) and
 * between letters of scripts that need it (Devanagari, Malayalam, Sinhala…),
 * U+200C between letters of those scripts and Persian/Arabic, tag characters
 * after the black flag that starts a subdivision flag (🏴󠁧󠁢󠁳󠁣󠁴󠁿).
 */
const ALWAYS_INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]/g;

/** Scripts in which ZWJ/ZWNJ change how letters join (Unicode's "joining" and Indic scripts). */
const JOINING_LETTER =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]\p{M}*$/u;
const JOINING_NEXT =
  /^[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
/** An emoji, possibly with its variation selector or skin-tone modifier, just before a ZWJ. */
const EMOJI_BEFORE = /\p{Extended_Pictographic}[\uFE0E\uFE0F]?[\u{1F3FB}-\u{1F3FF}]?$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
const JOINERS = /[\u200C\u200D]/g;
const TAGS = /[\u{E0000}-\u{E007F}]+/gu;
/** A subdivision flag: black flag, tag letters, cancel tag. */
const FLAG_TAGS = /^[\u{E0061}-\u{E007A}\u{E0030}-\u{E0039}]{2,7}\u{E007F}$/u;

/** The text without invisible and direction-changing characters (see above for the ones kept). */
export function stripInvisible(text: string): string {
  if (
    !/[\u0000-\u001F\u007F-\u00AD\u034F\u061C\u115F\u1160\u17B4-\u180F\u200B-\u206F\u3164\uFEFF-\uFFFB]|[\uDB40]/.test(
      text,
    )
  )
    return text;
  // Line and paragraph separators break a line in some clients only: a space everywhere.
  let out = text.replace(ALWAYS_INVISIBLE, '').replace(/[\u2028\u2029]/g, ' ');
  out = out.replace(TAGS, (tags, offset: number) =>
    out.codePointAt(offset - 2) === 0x1f3f4 && FLAG_TAGS.test(tags) ? tags : '',
  );
  return out.replace(JOINERS, (joiner, offset: number, whole: string) =>
    joinerMatters(joiner, whole.slice(Math.max(0, offset - 8), offset), whole.slice(offset + 1, offset + 3))
      ? joiner
      : '',
  );
}

function joinerMatters(joiner: string, before: string, after: string): boolean {
  if (JOINING_LETTER.test(before) && JOINING_NEXT.test(after)) return true;
  return joiner === '\u200D' && EMOJI_BEFORE.test(before) && EMOJI_AFTER.test(after);
}
