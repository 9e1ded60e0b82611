import { stripInvisible } from './invisible';
import { textPrefix } from './text-prefix';

const MAX_FALLBACK_TITLE = 80;

/**
 * The title to show for an article: its own, else the summary's headline,
 * else the start of its first sentence, else "Untitled article". A title
 * that is empty or only invisible characters counts as none, so no reply
 * reads "Added ** as `id`".
 */
export function displayTitle(article: {
  title?: string;
  summary?: { headline?: string; tldr?: string; sentences?: Array<{ text: string }> };
}): string {
  const candidates = [
    article.title,
    article.summary?.headline,
    article.summary?.sentences?.[0]?.text,
    article.summary?.tldr,
  ];
  for (const candidate of candidates) {
    const text = stripInvisible(candidate ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) return text.length > MAX_FALLBACK_TITLE ? `${textPrefix(text, MAX_FALLBACK_TITLE - 1).trimEnd()}…` : text;
  }
  return 'Untitled article';
}
