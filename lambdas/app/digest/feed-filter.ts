import type { ArticleListing, FeedFilter } from '../../store/index';
import { foldText, stem } from '../../store/terms';

/**
 * Per-feed keyword filters (`/news filter`), applied to a channel's digest.
 * Words meet the way search meets them (folded, lightly stemmed), but no word
 * is dropped as too common or too short: a channel that filters on "AI" or
 * "EU" means it. A filter word of several parts ("covid-19", "New York")
 * matches when all its parts are in the item, in any order.
 */

/**
 * Letters that Unicode does not decompose into a base letter and a mark, as
 * people type them without the keyboard for them ("Straße" as "strasse").
 * Only here: a filter folds both sides every time it matches, while search
 * terms are stored folded and would need re-indexing.
 */
const SPELLED_OUT: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Folded, stemmed words of a text. */
function wordsOf(text: string): string[] {
  return foldText(text)
    .replace(/[ßæœøłđðþı]/g, (letter) => SPELLED_OUT[letter]!)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map(stem);
}

/** What a filter is matched against: the title and the summary (for a feed-only item, the feed's own title and description). */
function filterText(article: Pick<ArticleListing, 'title' | 'summary'>): string {
  const { headline, tldr, sentences } = article.summary;
  return [article.title ?? '', headline, tldr, ...sentences.map((s) => s.text)].join('\n');
}

function holdsAny(words: ReadonlySet<string>, filterWords: readonly string[]): boolean {
  return filterWords.some((phrase) => {
    const parts = wordsOf(phrase);
    return parts.length > 0 && parts.every((part) => words.has(part));
  });
}

/** True when the channel's filter on this feed keeps the article (no filter keeps everything). */
export function passesFilter(
  article: Pick<ArticleListing, 'title' | 'summary'>,
  filter: FeedFilter | undefined,
): boolean {
  if (!filter || (!filter.include?.length && !filter.exclude?.length)) return true;
  const words = new Set(wordsOf(filterText(article)));
  if (filter.include?.length && !holdsAny(words, filter.include)) return false;
  return !(filter.exclude?.length && holdsAny(words, filter.exclude));
}
