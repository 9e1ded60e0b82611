import * as z from 'zod/mini';
import { type CommandContext, ephemeral, type NewsCommand } from '../command-context';
import { unwrapSlackLinks } from '../command-text';
import { type NewsStore, queryRequirements } from '../../store/index';
import { escapeText } from '../escape';
import { ARTICLES_PER_PAGE, articleList } from '../views/article-list';

const SearchWords = z.string().check(z.trim(), z.minLength(2), z.maxLength(200));

export const searchCommand: NewsCommand = {
  name: 'search',
  aliases: ['find', 'lookup'],
  usage: 'search <words>',
  description: 'Articles whose title or text holds all these words.',
  async run(ctx) {
    const parsed = SearchWords.safeParse(unwrapSlackLinks(ctx.args).replace(/["“”]/g, ' ').replace(/\s+/g, ' '));
    if (!parsed.success) return ephemeral('Search for what? `/news search harbour bridge` (2 to 200 characters).');
    const words = parsed.data;
    const ignored = words.split(' ').filter((word) => queryRequirements(word).length === 0);
    if (ignored.length === words.split(' ').length) return ephemeral(tooCommon(ignored));
    const page = await ctx.deps.store.searchArticles(ctx.teamId, words, { limit: ARTICLES_PER_PAGE });
    // Said whether or not anything matched: a list headed "the gear" must not pass for articles holding "the".
    if (page.items.length === 0 && !page.cursor) {
      const fallback = await withoutNumbers(ctx, words, ignored);
      if (fallback) return fallback;
      return ephemeral(
        `No article has all of “${escapeText(words)}” in its title or text${leftOut(ignored, escapeText)}. Try fewer words, or \`/news latest\`.`,
      );
    }
    return matching(`Articles matching “${words}”${leftOut(ignored, (w) => w)}`, words, page);
  },
};

/** The list of a page of results; the list escapes its heading itself. */
function matching(heading: string, words: string, page: Awaited<ReturnType<NewsStore['searchArticles']>>) {
  const more = page.cursor ? { l: 'search' as const, q: words, c: page.cursor } : undefined;
  return { response_type: 'ephemeral' as const, ...articleList(heading, page.items, more) };
}

/**
 * Nothing holds every word, and some were numbers: the articles holding the
 * other words, said to be without the numbers. Articles indexed before
 * numbers were (until `npm run reindex:search`) are found as they were then,
 * and a mistyped year still leaves the user something to look at.
 */
async function withoutNumbers(ctx: CommandContext, words: string, ignored: string[]) {
  const numbers = words.split(' ').filter((w) => NUMBER.test(w) && !ignored.includes(w));
  const rest = words
    .split(' ')
    .filter((w) => !numbers.includes(w))
    .join(' ');
  if (numbers.length === 0 || queryRequirements(rest).length === 0) return undefined;
  const page = await ctx.deps.store.searchArticles(ctx.teamId, rest, { limit: ARTICLES_PER_PAGE });
  if (page.items.length === 0 && !page.cursor) return undefined;
  return matching(
    `No article has all of “${words}”. Articles matching “${rest}”, without ${quoted(numbers, (w) => w)}`,
    rest,
    page,
  );
}

/** A number as people write one: 1912, 18.4, 10:00, 3,000, 2026-11. */
const NUMBER = /^[\p{N}.,:/-]*\p{N}[\p{N}.,:/-]*%?$/u;

function quoted(words: string[], asShown = escapeText): string {
  return words.map((w) => `“${asShown(w)}”`).join(', ');
}

/** " (I left out “the”: …)", or nothing when every word was looked up. */
function leftOut(ignored: string[], asShown: (text: string) => string): string {
  return ignored.length > 0 ? ` (I left out ${quoted(ignored, asShown)}: too common or too short to search for)` : '';
}

/** Every word is a stop word, a lone digit or under three letters: nothing to look up, and the user is told why. */
function tooCommon(words: string[]): string {
  const advice = 'Add a more specific word, such as a name, a place or a year: `/news search harbour bridge 1932`.';
  const what = words.length === 1 ? `${quoted(words)} is` : `${quoted(words)} are all`;
  return `${what} too common or too short to search for: nearly every article has ${words.length === 1 ? 'it' : 'them'}. ${advice}`;
}
