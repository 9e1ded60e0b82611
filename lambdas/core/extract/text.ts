import { isBinaryNoise } from './binary-noise';
import { isChromeLine } from './chrome-lines';
import { authorFromBylineLine } from './metadata';
import type { ExtractedArticle } from './extracted';

/**
 * Pasted or scraped text to story paragraphs.
 *
 * Text copied from a news page carries the site's chrome as lines of its
 * own: "Accessibility links", "Breaking News", the XS/SM/MD/LG font-size
 * widget, share/print/related lines, cookie notices. Those lines are
 * dropped; every other paragraph is kept in order with its text unchanged
 * (whitespace normalised within the paragraph only).
 *
 * Paragraphs are separated by blank lines. Inside a block, lines are joined
 * when they look hard-wrapped (a line broken mid-sentence) and kept apart
 * when each line is a paragraph of its own (pasted with single newlines).
 */

/** Hard-wrapped text breaks lines at about this width; longer lines are paragraphs in their own right. */
const WRAP_WIDTH = 100;

/** A title is a short line that does not end like a sentence. */
const TITLE_MAX_CHARS = 200;

function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Whether a block's lines are one paragraph wrapped at a fixed width rather than one paragraph each. */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1);
  if (body.some((l) => l.length > WRAP_WIDTH)) return false;
  // Wrapped lines mostly end mid-sentence; paragraph-per-line text ends each line with punctuation.
  const midSentence = body.filter((l) => !/[.!?:"”’)\]]$/.test(l)).length;
  if (midSentence < body.length / 2) return false;
  // And a wrap lands mid-sentence, so some line goes on in lower case, or every line is filled to
  // the width. A headline over its first sentence ("Pier Vote\nThe council…") is neither.
  const continuesLower = lines.slice(1).some((l) => /^[\p{Ll}\d(,;–—-]/u.test(l));
  return continuesLower || body.every((l) => l.length >= WRAP_WIDTH * 0.6);
}

interface Paragraphs {
  paragraphs: string[];
  /** From a "By …" line above the story, which is itself dropped as chrome. */
  byline?: string;
}

function paragraphsOf(text: string): Paragraphs {
  const out: string[] = [];
  let byline: string | undefined;
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n[ \t\u00a0]*\n/)) {
    const lines = block
      .split('\n')
      .map(normalizeSpace)
      .filter((l) => {
        if (!l || isBinaryNoise(l)) return false;
        if (!isChromeLine(l)) return true;
        if (byline === undefined && out.length <= 1) byline = authorFromBylineLine(l);
        return false;
      });
    if (lines.length === 0) continue;
    if (isHardWrapped(lines)) out.push(lines.join(' '));
    else out.push(...lines);
  }
  return byline === undefined ? { paragraphs: out } : { paragraphs: out, byline };
}

/** Headlines ending in "?", "!" or "…" are short; a longer line ending so is a sentence. */
const PUNCTUATED_TITLE_MAX_WORDS = 12;

/**
 * A headline: a short line that does not end like a sentence ("Key US,
 * Russian Officials in 'Candid' Talks"), or a short question, exclamation
 * or trailing-off line ("'My memories of Marley...'"), never one ending in a period.
 */
function looksLikeTitle(line: string): boolean {
  if (line.length > TITLE_MAX_CHARS || !/\p{L}/u.test(line)) return false;
  const words = line.split(/\s+/).length;
  const end = line.replace(/["”’'»)\]]+$/, '');
  if (/(?:\.\.\.|…|[?!])$/.test(end)) return words <= PUNCTUATED_TITLE_MAX_WORDS;
  return words >= 2 && !/[.,;:]$/.test(end);
}

export function extractText(text: string, meta: { url?: string } = {}): ExtractedArticle {
  const { paragraphs, byline } = paragraphsOf(text);
  let title: string | undefined;
  if (paragraphs.length > 1 && looksLikeTitle(paragraphs[0]!)) title = paragraphs.shift();
  const article: ExtractedArticle = { paragraphs };
  if (title !== undefined) article.title = title;
  if (byline !== undefined) article.byline = byline;
  if (meta.url !== undefined) article.url = meta.url;
  return article;
}
