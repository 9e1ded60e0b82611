import type { ExtractedArticle } from './extracted';

/**
 * Pasted or scraped text to story paragraphs.
 * Paragraphs are separated by blank lines; the first short line without a
 * final period is taken as the title.
 */
export function extractText(text: string, meta: { url?: string } = {}): ExtractedArticle {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  let title: string | undefined;
  if (blocks.length > 1 && blocks[0]!.length < 200 && !/[.!?]["”']?$/.test(blocks[0]!)) title = blocks.shift();
  return { title, url: meta.url, paragraphs: blocks };
}
