/**
 * What may never be a summary sentence, whatever its score: page chrome
 * (bylines, "Click here", share and sign-up lines), photo captions,
 * headings and other lines without a sentence ending, and fragments too
 * short to stand alone. Judged on the sentence's own text; quotations are
 * judged with their paragraph in `quoting.ts`.
 */

/** Fewer words than this is a fragment, a label or a caption, not a story sentence. */
export const MIN_WORDS = 6;

/** A sentence ends with . ! ? or … (or their full-width forms), maybe followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…。！？]["'”’»)\]」』]*$/;

/** Chrome lines that scraped news carries between the story's sentences. */
const CHROME = [
  /\bclick here\b/i,
  /\b(?:scroll down for|all rights reserved)\b/i,
  // Calls to action open the line; inside a story sentence the same words are news ("thousands sign up").
  /^(?:read more|read the full|sign up|subscribe|follow us|share this|download the|get the latest)\b/i,
  // Labels: "Video: ...", "Pictured: ...", "Related: ..."; "Copyright 2014 ...".
  /^(?:advertisement|related|watch|video|listen|image|photo|picture|pictured|graphic|caption|more|see also)\s*:/i,
  /^copyright\b/i,
  // Time stamps: "Updated 10:40 GMT", "Last updated at 4:15 PM on 3rd March".
  /^(?:updated|published|posted|last (?:updated|modified))\b.{0,20}\d/i,
  /\b(?:image|photo|picture) (?:caption|copyright|credit)\b/i,
  /\bfollow (?:him|her|them|us|me)? ?on (?:twitter|x|facebook|instagram)\b/i,
  /(?:^|\s)@\w+\b.*\bfollow\b|\bfollow\b.*(?:^|\s)@\w+\b/i,
  /\bhttps?:\/\/|\bwww\.\w/i,
  /\b(?:published|updated):?\s*\.?\s*\d{1,2}:\d{2}\b/i,
  // A timestamp standing as a sentence: "10:21 EST, 3 March 2014 . | ."
  /^\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}T\b|EST\b|GMT\b|UTC\b)?/i,
  // Navigation and metadata strips separated by bars.
  /\s\|\s/,
  // Credit lines at the foot of wire copy.
  /\b(?:contributed to (?:this|the) (?:report|story|article)|(?:additional )?reporting by|editing by|writing by)\b/i,
];

/** Photo credits and caption tails: "(AP Photo/Jane Doe)", "Photo: Reuters", "Getty Images". */
const CAPTION = [
  /\((?:[A-Z]{2,}\s+)?photo\b[^)]*\)/i,
  /\bphoto(?:graph)?s?\s*(?::|by)\s/i,
  /\b(?:getty images|shutterstock|afp\/getty|reuters\/|ap photo)\b/i,
  // Wire captions: "In this Dec. 12, 2006, file photo, made available by NASA, ..."
  /^in this\b.{0,60}\b(?:photo|image|picture|handout)\b/i,
  /\bfile (?:photo|image)\b/i,
];

/** A byline standing alone: "By Jane Doe and John Roe, Reuters." */
const BYLINE =
  /^(?:By|BY)\s+\p{Lu}[\p{L}.'’-]*(?:(?:\s+|,\s*|\s*&\s*)(?:\p{Lu}[\p{L}.'’-]*|and|in|for|of|the|staff|reporter|correspondent|writer|editor))*\s*[.,|]?$/u;

export type RejectReason = 'short' | 'unfinished' | 'chrome' | 'caption' | 'byline';

/** Why a sentence can't be in a summary, or null when it can. */
export function rejectReason(text: string, words: number): RejectReason | null {
  if (BYLINE.test(text)) return 'byline';
  if (words < MIN_WORDS) return 'short';
  if (!SENTENCE_END.test(text)) return 'unfinished';
  if (CHROME.some((re) => re.test(text))) return 'chrome';
  if (CAPTION.some((re) => re.test(text))) return 'caption';
  // A sentence opening in lower case is the tail of one the splitter cut
  // (scripts without case, such as Hangul or Han, can't tell).
  if (/^["'“‘([]?\p{Ll}/u.test(text)) return 'unfinished';
  return null;
}
